"""The headline is found by the page's <title> in two shapes that missed it:

* a headline opening on the story's kind as a photo credit would ("FOTO:
  …", "Fotos: …", "图集：…"): read as a caption, the site's name on the
  masthead became the title; the title names the whole line;
* a headline the page edited from its title ("Mill reopens" in the title,
  "Old mill reopens" on the page) beside the site's name in the title
  ("Headline - Site", "标题_频道_站名"): the run of words shared with the
  headline part of the title counts, not with the whole title.

A real caption under the headline stays a caption. Pages written for this
test."""

from __future__ import annotations

import pytest

from .helpers import BODY_ES, BODY_PT, BODY_ZH, classify_page

pytest.importorskip("trafilatura")


def _page(tmp_path, lang, title, masthead, h1, body, extra=""):
    paras = "".join(f"<p>{p}</p>" for p in body)
    html = (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f'<header><a class="logo">{masthead}</a></header><article><h1>{h1}</h1>{extra}{paras}'
        "</article><footer>© 2025</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, "utf-8")
    doc = classify_page(path)
    return {b.text_of(doc): b for b in doc.blocks}


@pytest.mark.parametrize(
    ("lang", "h1", "site", "body"),
    [
        (
            "pt",
            "FOTO: Carnaval de rua reúne milhares no centro de Olinda",
            "Diário de Olinda",
            BODY_PT,
        ),
        ("es", "Foto: la feria del libro vuelve a la plaza mayor", "El Eco de Tudela", BODY_ES),
        ("zh", "组图：古城墙下的春日花市开市迎客", "古城晚报", BODY_ZH),
    ],
)
def test_a_headline_opening_on_its_kind_is_the_title(tmp_path, lang, h1, site, body):
    blocks = _page(tmp_path, lang, f"{h1} - {site}", site, h1, body)
    assert blocks[h1].label == "title", blocks[h1].reasons
    assert blocks[site].label != "title"


def test_a_photo_credit_under_the_headline_is_not_the_title(tmp_path):
    h1 = "La feria del libro vuelve a la plaza mayor"
    cap = "Foto: Marta Gil"
    blocks = _page(
        tmp_path,
        "es",
        f"{h1} | El Eco de Tudela",
        "El Eco de Tudela",
        h1,
        BODY_ES,
        extra=f"<figure><img src='a.jpg'><figcaption>{cap}</figcaption></figure>",
    )
    assert blocks[h1].label == "title"
    # the photographer's credit alone: a byline (the labelled sets' convention)
    assert blocks[cap].label == "byline"


@pytest.mark.parametrize(
    ("lang", "title", "site", "h1", "body"),
    [
        (
            "pt",
            "Prefeitura reabre mercado municipal após dois anos de obras - Gazeta do Agreste",
            "Gazeta do Agreste",
            "Prefeitura reabre o antigo mercado municipal após dois anos de obras",
            BODY_PT,
        ),
        (
            "es",
            "El ayuntamiento reabre el mercado de abastos tras la reforma | Local | Diario del Ebro",
            "Diario del Ebro",
            "El ayuntamiento reabre el histórico mercado de abastos tras la reforma",
            BODY_ES,
        ),
    ],
)
def test_an_edited_headline_beside_the_site_in_the_title_is_the_title(
    tmp_path, lang, title, site, h1, body
):
    blocks = _page(tmp_path, lang, title, site, h1, body)
    assert blocks[h1].label == "title", blocks[h1].reasons
    assert blocks[site].label != "title", blocks[site].reasons
