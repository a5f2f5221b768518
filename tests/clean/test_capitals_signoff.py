"""The writers' names in capitals closing an article, set off by dashes
("NGỌC TRÂM - THANH LONG", as Vietnamese papers sign), were set aside as an
injected all-caps spam line and named no author. Found by
benchmarks/data/meta/heldout2; the names and pages here are written for
this file. A capitals line between paragraphs, or one with figures, is
still judged as before."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines
from .test_byline_fields_and_site_name import BODY_PT, BODY_VI, _page


@pytest.mark.parametrize(("lang", "line"), [("vi", "HOÀNG NAM - MINH TUẤN")])
def test_capitals_names_closing_a_text_page_are_a_byline(lang, line):
    got = classify_lines([*BODY[lang], line])
    assert got[line][0] == "byline", got[line]


def test_a_capitals_line_between_paragraphs_is_still_injected():
    b = BODY["vi"]
    line = "SOI CẦU - LÔ ĐỀ"
    got = classify_lines([b[0], b[1], line, b[2], b[3]])
    assert got[line][0] == "spam", got[line]


@pytest.mark.parametrize(
    ("lang", "body", "signoff", "authors"),
    [
        ("vi", BODY_VI, "HOÀNG NAM - MINH TUẤN", "Hoàng Nam; Minh Tuấn"),
        ("pt", BODY_PT, "RITA MOURA — JOÃO PAULO SILVA", "Rita Moura; João Paulo Silva"),
    ],
    ids=["vi", "pt"],
)
def test_the_signoffs_writers_are_the_authors(tmp_path, lang, body, signoff, authors):
    doc = _page(
        tmp_path,
        lang,
        "<title>Nova ponte aberta ao tráfego</title>",
        "<h1>Nova ponte aberta ao tráfego</h1>",
        "© Jornal do Vale",
        body + f"<p>{signoff}</p>",
    )
    got = {b.text_of(doc): b.label for b in doc.blocks}
    assert got[signoff] == "byline", got[signoff]
    assert doc.author == authors, (doc.author, doc.meta.get("author_from"))
