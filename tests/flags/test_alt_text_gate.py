"""The alt-text rule reads a page's image descriptions only when one regex
over its markup finds a value that may hold a trade word (most pages: none),
instead of parsing every page's markup a second time. The gate must let
through every page the parser's reading would flag: alt in capitals,
unquoted, single-quoted, entity-escaped, spread over lines. Each page here
is flagged with the gate and without it alike."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.flags import FlagDocuments
from newsline.flags import rules as R
from newsline.langid import IdentifyLanguages
from newsline.model import Document
from tests.langid.helpers import line_blocks

TEXT = (
    "The county council has approved a new cycle path along the canal towpath, linking "
    "the railway station with the business park three miles to the east.\n"
    "Work will start in March and the path is expected to open before the summer "
    "holidays, the council's transport committee said.\n"
)

IMAGES = {
    "capitals": '<IMG SRC="a.jpg" ALT="Online Casino FREE SPINS no deposit bonus today">',
    "unquoted": "<img src=a.jpg alt=online&#32;casino&#32;free&#32;spins>",
    "single quotes": "<img src='a.jpg' alt='online casino \"free spins\" jackpot'>",
    "entities": '<img alt="online&nbsp;casino &amp; free&#x20;spins, jackpot">',
    "lines": '<img alt="online\n   casino\n free spins">',
    "clean photo": '<img alt="Cyclists on the canal towpath near the railway station">',
    "no image": "<p>No picture on this page.</p>",
}


def _flags(img: str) -> list[tuple[str, str]]:
    html = f"<html><body><article><p>x</p>{img}</article></body></html>"
    doc = Document(id="d", source="t.html", text=TEXT, html=html, blocks=line_blocks(TEXT))
    IdentifyLanguages()([doc], Counter())
    FlagDocuments()([doc], Counter())
    return sorted((f.kind, f.reason) for f in doc.flags if f.data.get("signal") == "alt_text")


@pytest.mark.parametrize("img", IMAGES.values(), ids=IMAGES.keys())
def test_the_gate_changes_nothing_the_rule_finds(img, monkeypatch):
    gated = _flags(img)
    monkeypatch.setattr(R, "_alt_may_sell", lambda *a: True)
    assert gated == _flags(img)


@pytest.mark.parametrize("name", ["capitals", "unquoted", "single quotes", "entities", "lines"])
def test_every_way_of_writing_an_alt_is_read(name):
    assert _flags(IMAGES[name]), name


@pytest.mark.parametrize("name", ["clean photo", "no image"])
def test_a_page_that_sells_nothing_is_not_parsed_again(name, monkeypatch):
    def parse(_html):
        raise AssertionError("parsed a page whose descriptions hold no trade word")

    monkeypatch.setattr(R, "_alt_texts", parse)
    assert _flags(IMAGES[name]) == []
