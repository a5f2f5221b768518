"""A page's stamp line may write its day and month with no year, then a
clock time ("09/03 14:20 | 3.402 lượt xem", "12/05 08:45", "15/11 9h30"):
an aggregator's only publication day. Opening its line with a clock time
after it, the bare day-month is a date; anywhere else ("Tỷ số 09/03",
"ganaron 3/1", a ratio, a score) it is none, and English, whose slashed order
may be month first, reads no such line. With no other publication date, the
year of the related-article teasers beside it puts the stamp's day in its
year, and the page is published on it. bundle1 showed it on a Vietnamese
aggregator; lines and pages here are written for the test."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.dates import resolve_dates
from newsline.dates.stage import ResolveDates
from newsline.model import Block, Document


def found(text, lang, published="2031-05-20"):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, published)]


@pytest.mark.parametrize(
    "lang,text,want",
    [
        ("vi", "12/05 08:45 | Lượt xem: 1.204", [("12/05", "2031-05-12")]),
        ("vi", "Tin nóng\n12/05 08:45\nNông dân thu hoạch lúa sớm.", [("12/05", "2031-05-12")]),
        ("es", "12/05 08:45 · 14 comentarios", [("12/05", "2031-05-12")]),
        ("fr", "12/05 8h45", [("12/05", "2031-05-12")]),
        ("th", "12/05 08:45 น.", [("12/05", "2031-05-12")]),
    ],
)
def test_a_day_month_opening_a_stamp_line_is_a_date(lang, text, want):
    assert found(text, lang) == want


@pytest.mark.parametrize(
    "lang,text",
    [
        ("vi", "Tỷ số 12/05 08:45"),  # not opening its line
        ("vi", "12/05 08:45 nông dân thu hoạch lúa"),  # running text after the clock
        ("es", "Ganaron 3/1 y el partido acabó a las 20:45."),
        ("fr", "Le score était de 3/1 à la mi-temps."),
        ("en", "12/05 08:45"),  # month first or day first: unknown
    ],
)
def test_a_bare_day_month_elsewhere_is_none(lang, text):
    assert found(text, lang) == []


def _page(parts, lang, published=None):
    text = "\n".join(p for p, _ in parts)
    blocks, pos = [], 0
    for p, label in parts:
        blocks.append(Block(pos, pos + len(p), label=label, lang=lang))
        pos += len(p) + 1
    doc = Document(id="d", source="s", text=text, lang=lang, published=published, blocks=blocks)
    ResolveDates()([doc], Counter())
    return doc


def test_the_stamp_in_the_teasers_year_is_the_pages_day():
    doc = _page(
        [
            ("Nông dân Sóc Trăng thu hoạch lúa sớm vì hạn mặn", "title"),
            ("12/05 08:45 | Lượt xem: 1.204", "metadata"),
            ("Sáng 11/5, nông dân huyện Trần Đề đã thu hoạch sớm 300 ha lúa.", "body"),
            ("Hạn mặn lan rộng ở Bạc Liêu (08/05/2031)", "related"),
        ],
        "vi",
    )
    assert doc.published == "2031-05-12"
    assert "2031-05-11" in [m.value for m in doc.dates]


def test_a_page_with_its_own_date_keeps_it():
    parts = [
        ("Nông dân Sóc Trăng thu hoạch lúa sớm vì hạn mặn", "title"),
        ("12/05 08:45 | Lượt xem: 1.204", "metadata"),
        ("Sáng 11/5, nông dân huyện Trần Đề đã thu hoạch sớm 300 ha lúa.", "body"),
    ]
    assert _page(parts, "vi", published="2031-05-13").published == "2031-05-13"
