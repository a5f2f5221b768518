"""A page rendered in the browser from a store its framework assigns to a
global (``window.__INITIAL_STATE__ = {...};`` in Vue or Redux apps,
``JSON.parse("...")`` in others) showed only its shell: bundle9's Chinese
page lost its article, events and advert. Such an assignment is read as
page data, as a ``__NEXT_DATA__`` script is: the article's paragraphs follow
the shell and its time dates the page. A JavaScript object literal (not
JSON) or a config without an article adds nothing, and nothing raises.
Invented pages in other languages and data shapes than the bundle's."""

from __future__ import annotations

import json

from newsline.readers.html import parse_html

FR = [
    (
        "Le conseil régional a voté mardi une aide de "
        "douze millions d'euros pour les éleveurs touchés par la sécheresse."
    ),
    (
        "Les exploitations de moins de cinquante hectares recevront "
        "une avance avant la fin du mois de novembre."
    ),
    (
        "Les syndicats agricoles jugent la somme insuffisante "
        "et demandent un report des cotisations sociales."
    ),
]
ID = [
    (
        "Pemerintah kota meresmikan jalur bus listrik baru yang "
        "menghubungkan terminal utama dengan bandara pada Senin pagi."
    ),
    (
        "Sebanyak 30 bus listrik akan melayani rute tersebut setiap "
        "15 menit mulai pukul lima pagi hingga tengah malam."
    ),
    (
        "Tarif perjalanan ditetapkan sama dengan bus biasa "
        "selama tiga bulan pertama untuk menarik minat penumpang."
    ),
]


SHELL = ["Le Courrier du Sud", "Accueil Économie", "© Le Courrier du Sud"]


def _shell(script: str, title: str) -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{title} - Le Courrier</title></head>
<body><div class="logo">Le Courrier du Sud</div>
<nav><a href="/">Accueil</a> <a href="/eco">Économie</a></nav>
<div id="app"></div><footer><p>© Le Courrier du Sud</p></footer>
<script>{script}</script><script src="/js/app.js"></script></body></html>"""


def test_window_state_assignment_article_follows_the_shell():
    state = {
        "route": {"name": "article"},
        "article": {
            "title": "Sécheresse : douze millions pour les éleveurs",
            "publishDate": "2025-10-07T18:20:00+02:00",
            "content": "".join(f"<p>{p}</p>" for p in FR),
        },
        "related": [{"title": "Une autre nouvelle", "url": "/x"}],
    }
    blob = json.dumps(state, ensure_ascii=False).replace("</", "<\\/")
    script = f"window.__INITIAL_STATE__={blob};(function(){{init()}}());"
    page = parse_html(_shell(script, "Sécheresse : douze millions pour les éleveurs"))
    sb = page.meta["structured_body"]
    assert page.text[: sb["start"]].rstrip("\n").endswith("© Le Courrier du Sud")
    assert page.text[sb["start"] :].split("\n") == FR
    assert sb["source"] == "the page's __INITIAL_STATE__ JSON"
    assert page.published and page.published.startswith("2025-10-07")
    assert "Une autre nouvelle" not in page.text


def test_json_parse_of_a_string_is_read_too():
    state = {"post": {"headline": "Jalur bus listrik ke bandara", "body": "\n".join(ID)}}
    literal = json.dumps(json.dumps(state))  # a JS string holding the JSON
    script = f"var __PRELOADED_STATE__ = JSON.parse({literal});"
    page = parse_html(_shell(script, "Jalur bus listrik ke bandara"))
    assert page.text.split("\n")[-3:] == ID
    assert page.meta["structured_body"]["source"] == "the page's __PRELOADED_STATE__ JSON"


def test_object_literals_and_configs_add_nothing():
    literal = "window.__APP__ = {user: null, items: [" + ", ".join(f"'{p}'" for p in FR) + "]};"
    config = (
        "window.__CONFIG__ = "
        + json.dumps({"apiBase": "https://api.example", "flags": {"x": FR[0]}, "pad": FR[1]})
        + ";"
    )
    for script in (literal, config, "window.__STATE__ = {" + FR[0], "var a = 1; " + FR[2] * 3):
        page = parse_html(_shell(script, "Sécheresse"))
        assert page.text.split("\n") == SHELL
        assert "structured_body" not in page.meta
