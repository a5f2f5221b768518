"""A page built by a JavaScript framework that renders in the browser shows
only its shell (logo, menu, footer); the article sits in the page data the
framework ships as a JSON script (Next.js ``__NEXT_DATA__``, others under
their own id). The reader adds that article's paragraphs after the visible
text, as it does for a JSON-LD ``articleBody``, and takes its publication
time where no meta tag gives one. Invented pages, in other languages and
data shapes than the bundles'."""

from __future__ import annotations

import json

from newsline.readers.html import parse_html

ES = [
    "El ayuntamiento aprobó el martes un plan para ampliar la red de carriles bici en 42 kilómetros antes de 2028.",
    "La obra se financiará con fondos europeos y con el presupuesto municipal, según explicó la concejala de Movilidad.",
    "Las asociaciones de comerciantes temen perder plazas de aparcamiento en las calles del centro histórico.",
    "El plan prevé además doscientos nuevos aparcamientos para bicicletas junto a las estaciones de tren.",
]
ID = [
    "Pemerintah kota meresmikan jalur bus listrik baru yang menghubungkan terminal utama dengan bandara pada Senin pagi.",
    "Sebanyak 30 bus listrik akan melayani rute tersebut setiap 15 menit mulai pukul lima pagi hingga tengah malam.",
    "Tarif perjalanan ditetapkan sama dengan bus biasa selama tiga bulan pertama untuk menarik minat penumpang.",
]


def _shell(
    data: dict, ident: str = "__NEXT_DATA__", meta: str = "", shown: str = "", title: str = ""
) -> str:
    # the framework sets the <title> to the headline, as it does for sharing
    blob = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} | Gaceta</title>{meta}</head>
<body><div id="__next"><header><div class="logo">La Gaceta del Valle</div>
<nav><a href="/">Portada</a> <a href="/local">Local</a></nav></header><main>{shown}</main>
<footer><p>© La Gaceta del Valle</p></footer></div>
<script id="{ident}" type="application/json">{blob}</script></body></html>"""


def _next(article: dict, **more) -> dict:
    return {
        "props": {"pageProps": {"article": article, **more}},
        "page": "/[slug]",
        "buildId": "x1",
    }


def test_next_data_article_as_markup_follows_the_shell():
    art = {
        "title": "Más carriles bici",
        "publishedAt": "2025-03-11T08:00:00+01:00",
        "content": "".join(f"<p>{p}</p>" for p in ES),
    }
    related = [{"title": "Otra noticia", "slug": "otra"}]
    page = parse_html(_shell(_next(art, related=related), title="Más carriles bici"))
    sb = page.meta["structured_body"]
    assert page.text[: sb["start"]].rstrip("\n").endswith("© La Gaceta del Valle")
    assert page.text[sb["start"] :].split("\n") == ES
    assert sb["source"] == "the page's __NEXT_DATA__ JSON"
    assert "Otra noticia" not in page.text  # the related list is no text of this page
    assert page.published.startswith("2025-03-11")
    assert page.meta["published_from"] == "the page's __NEXT_DATA__ JSON"


def test_body_as_a_list_of_blocks_under_another_id():
    art = {
        "headline": "Bus listrik ke bandara",
        "published_at": "2025-09-01T07:30:00+07:00",
        "content_elements": [{"type": "text", "content": p} for p in ID]
        + [{"type": "image", "url": "/x.jpg"}],
    }
    page = parse_html(
        _shell({"globalContent": art}, ident="fusion-metadata", title="Bus listrik ke bandara")
    )
    assert page.text[page.meta["structured_body"]["start"] :].split("\n") == ID
    assert page.published.startswith("2025-09-01")


def test_a_meta_stamp_outranks_the_page_data():
    art = {
        "title": "Más carriles bici",
        "publishedAt": "2025-03-11T08:00:00Z",
        "body": "\n".join(ES),
    }
    meta = '<meta property="article:published_time" content="2025-03-12T09:00:00+01:00">'
    page = parse_html(_shell(_next(art), meta=meta, title="Más carriles bici"))
    assert page.published.startswith("2025-03-12")
    assert "structured_body" in page.meta


def test_page_showing_its_article_adds_nothing():
    art = {"title": "Más carriles bici", "body": "\n".join(ES)}
    shown = "".join(f"<p>{p}</p>" for p in ES)
    page = parse_html(_shell(_next(art), shown=shown, title="Más carriles bici"))
    assert "structured_body" not in page.meta
    assert page.text.count(ES[0]) == 1


def test_section_front_of_several_articles_adds_nothing():
    arts = [
        {"title": "Más carriles bici", "body": "\n".join(ES)},
        {"title": "Bus listrik", "body": "\n".join(ID)},
    ]
    page = parse_html(_shell({"props": {"pageProps": {"articles": arts}}}, title="Portada"))
    assert "structured_body" not in page.meta


def test_bad_or_short_data_is_passed_over():
    for blob in ('{"props": ', '{"title": "x", "body": "short"}'):
        html = _shell({}).replace("{}</script>", blob + "</script>")
        page = parse_html(html)
        assert "structured_body" not in page.meta
        assert "La Gaceta del Valle" in page.text


def test_data_about_another_page_adds_nothing():
    # the data's article is not the one the page's title names
    art = {"title": "Más carriles bici", "body": "\n".join(ES)}
    page = parse_html(_shell(_next(art), title="Resultados de la liga"))
    assert "structured_body" not in page.meta
