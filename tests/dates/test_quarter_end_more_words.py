"""The end of this quarter in more words: vi "hết quý này" (through the end of
this quarter) as "cuối quý này", and an English sentence of insurance or
payments as one of trade (its quarter is the calendar's, not a match's).
Sentences written for these tests; published 2025-05-07 (Q2: June)."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-05-07"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,span",
    [
        ("vi", "Chương trình giảm giá kéo dài đến hết quý này.", "hết quý này"),
        (
            "en",
            "The insurer says payouts will be made by the end of the quarter.",
            "by the end of the quarter",
        ),
        (
            "en",
            "Payments to farmers should arrive before the end of the quarter.",
            "before the end of the quarter",
        ),
    ],
)
def test_the_end_of_this_quarter(lang, text, span):
    assert found(text, lang) == [(span, "2025-06")]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "By the end of the quarter the Bulls led by 12 points."),
        ("vi", "Đội bóng ghi 3 bàn, hết hiệp một."),
    ],
)
def test_a_match_quarter_stays_none(lang, text):
    assert found(text, lang) == []
