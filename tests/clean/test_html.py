"""HTML pages: trafilatura's main text mapped onto blocks, metadata copied, own rules after."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.clean import ClassifyBlocks, SegmentBlocks, render_blocks, render_blocks_text
from newsline.clean.html import html_to_text_function, main_text_membership
from newsline.model import Block, Document
from newsline.settings import CleanSettings

pytest.importorskip("trafilatura")

PARAS = [
    (
        "The city council voted on Tuesday to expand the tram network by twelve kilometres, "
        "linking the northern suburbs to the central station for the first time."
    ),
    (
        "Construction is expected to begin next spring and last three years, with most of the "
        "work carried out at night to limit disruption for residents and shops."
    ),
    (
        "Opponents said the money would be better spent on buses, which can serve more "
        "neighbourhoods for the same price, but the measure passed by a wide margin."
    ),
    (
        "The mayor said the project would cut car traffic in the city centre by a fifth and "
        "help the city meet its climate targets by the end of the decade."
    ),
]
HTML = f"""<html><head><title>Council approves tram extension - Valley Herald</title>
<meta name="author" content="Jane Doe"><meta property="og:site_name" content="Valley Herald">
<meta property="article:published_time" content="2024-03-12"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Council approves tram extension</h1>
<p>{PARAS[0]}</p><p>{PARAS[1]}</p><p>CHEAP WATCHES ONLINE</p><p>{PARAS[2]}</p><p>{PARAS[3]}</p>
</article>
<aside><h3>Related</h3><ul><li><a href="/a">Bus fares to rise in April</a></li>
<li><a href="/b">New bike lanes open on Main Street</a></li><li><a href="/c">Station car park to close</a></li></ul></aside>
<footer><p>© 2024 Valley Herald. All rights reserved.</p><p>Privacy Policy | Terms of Use</p></footer>
</body></html>"""


def _doc():
    text = html_to_text_function()(HTML)
    doc = Document(id="h", source="test.html", text=text, html=HTML)
    SegmentBlocks()([doc], Counter())
    ClassifyBlocks()([doc], Counter())
    return doc


def test_html_body_is_the_article_and_chrome_is_set_aside():
    doc = _doc()
    by_text = {doc.text[b.start : b.end]: b for b in doc.blocks}
    for p in PARAS:
        assert by_text[p].label == "body", by_text[p].reasons
    assert by_text["Home"].label == "navigation"
    assert by_text["© 2024 Valley Herald. All rights reserved."].label == "footer"
    for b in doc.blocks:
        assert doc.text[b.start : b.end].strip() == doc.text[b.start : b.end]
        assert b.reasons
    assert "Bus fares to rise in April" not in doc.clean_text()


def test_html_metadata_from_trafilatura():
    doc = _doc()
    assert doc.title and "tram" in doc.title.lower()
    assert doc.author == "Jane Doe"
    assert doc.published and doc.published.startswith("2024-03-12")
    assert doc.meta["trafilatura"]["title"]


def test_own_rules_run_on_the_main_text_too():
    doc = _doc()
    spam = [b for b in doc.blocks if doc.text[b.start : b.end] == "CHEAP WATCHES ONLINE"]
    assert spam and spam[0].label == "spam"


def test_main_text_membership_respects_order_and_copies():
    text = "Menu headline here\nA paragraph about trams and buses in town.\nMenu headline here"
    doc = Document(id="m", source="m", text=text)
    doc.blocks = [Block(0, 18), Block(19, 60), Block(61, 79)]
    main = "A paragraph about trams and buses in town.\nMenu headline here"
    mem = main_text_membership(doc, main, CleanSettings())
    assert mem == [False, True, True]


def test_broken_html_does_not_raise():
    doc = Document(
        id="b", source="b.html", text="just text\n<<<", html="<html><body><p>just text<<<"
    )
    SegmentBlocks()([doc], Counter())
    ClassifyBlocks()([doc], Counter())
    assert doc.blocks and not any(f.kind == "internal_error" for f in doc.flags)


def test_render_shows_labels_and_reasons():
    from rich.console import Console

    doc = _doc()
    out = render_blocks_text(doc)
    assert "navigation" in out and "<-" in out
    console = Console(record=True, width=120)
    console.print(render_blocks(doc))
    assert "body" in console.export_text()


@pytest.mark.parametrize(
    "menu",
    ["หน้าแรก | ข่าว | สังคม", "Home > World > Asia", "Trang chủ » Thời sự » Xã hội"],
)
def test_menu_inside_a_small_pages_main_text_is_navigation(menu):
    """trafilatura keeps a whole small page, its menu line included; a line of
    short items between bars or arrows is still chrome."""
    html = (
        f"<html><body><p>{menu}</p><h1>Council approves tram extension</h1>"
        f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p></body></html>"
    )
    text = html_to_text_function()(html)
    doc = Document(id="m", source="m.html", text=text, html=html)
    SegmentBlocks()([doc], Counter())
    ClassifyBlocks()([doc], Counter())
    by_text = {doc.text[b.start : b.end]: b for b in doc.blocks}
    assert by_text[menu].label == "navigation", by_text[menu].reasons
    assert by_text[PARAS[0]].label == "body"


@pytest.mark.parametrize(
    "line",
    [
        "Profits rose > 12% | losses fell",  # two items: no menu
        "Shares of A | B | C rose sharply after the merger was approved by the regulator.",
    ],
)
def test_lines_with_bars_that_are_not_menus(line):
    from newsline.clean.classify import _menu_items
    from newsline.clean.features import line_features

    assert _menu_items(line_features(0, line)) == 0
