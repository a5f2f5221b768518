"""Huge HTML pages skip trafilatura (flagged) but every block is still labelled."""

from collections import Counter

from newsline.clean import ClassifyBlocks, SegmentBlocks
from newsline.readers.html import html_to_text
from newsline.model import Document
from newsline.settings import Settings

PAGE = """<html><head><title>Mekong flood agreement signed</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Mekong flood agreement signed</h1>
<p>Four countries signed an agreement in Vientiane on Wednesday to share river data
every fifteen minutes, creating a joint flood early-warning centre.</p>
<p>The centre will run 120 monitoring stations along the main stream of the river and
publish warnings in four languages, officials said after the ceremony.</p></article>
<footer>© 2025 Mekong Ledger. All rights reserved.</footer></body></html>"""


def _doc(html: str) -> Document:
    return Document(id="d", source="s.html", text=html_to_text(html), html=html)


def test_page_over_the_limit_skips_trafilatura_with_a_flag():
    st = Settings()
    st.clean.trafilatura_max_chars = 200
    doc = _doc(PAGE)
    SegmentBlocks(st)([doc], Counter())
    ClassifyBlocks(st)([doc], Counter())
    assert [f.kind for f in doc.flags] == ["limit_exceeded"]
    assert "extraction limit" in doc.flags[0].reason
    assert doc.blocks and all(b.reasons for b in doc.blocks)
    assert any(b.label == "body" for b in doc.blocks)


def test_page_under_the_limit_uses_trafilatura():
    st = Settings()
    doc = _doc(PAGE)
    SegmentBlocks(st)([doc], Counter())
    ClassifyBlocks(st)([doc], Counter())
    assert not [f for f in doc.flags if f.kind == "limit_exceeded"]
    assert "skipped" not in doc.meta.get("trafilatura", {})
