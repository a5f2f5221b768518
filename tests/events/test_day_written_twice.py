"""A relative day written against a written-out day is that day, written twice.

Seen on an earthquake told in Thai (sentences written for these tests):
"เมื่อคืนวันอาทิตย์ที่ 3 ส.ค. 2568" (on the night of Sunday 3 August 2025)
was read as two dates, "เมื่อคืน" (last night: 4 August, the day before
publication) and the written-out 3 August; the quake's sentence became an
event of 4 August as well and was merged into the death toll announced
that day. German "am Montag, dem 10. März" likewise gave the Monday of the
publication's week. Where such a pair reads as two days, the written-out
one is the sentence's date.
"""

from __future__ import annotations

import pytest

from .records import extract_from_text


@pytest.mark.parametrize(
    "text, lang, published, date",
    [
        (
            "เกิดแผ่นดินไหวขนาด 6.8 ที่แคว้นอีกา ทางตอนใต้ของประเทศเปรู "
            "เมื่อคืนวันอาทิตย์ที่ 3 ส.ค. 2568",
            "th",
            "2025-08-05",
            "2025-08-03",
        ),
        (
            "Der Vorstandschef Markus Brandt wurde am Montag, dem 10. März, in München angeklagt.",
            "de",
            "2025-06-20",
            "2025-03-10",
        ),
    ],
)
def test_the_written_out_day_is_the_date(text, lang, published, date):
    assert [e.date for e in extract_from_text(text, lang, published=published)] == [date]


@pytest.mark.parametrize(
    "text",
    [
        # two days of two happenings, with words between them
        "The company said on Monday that the contract was signed on March 10.",
        "The strike began on Monday, and on March 10 the union met the minister.",
    ],
)
def test_two_days_told_apart_stay_two(text):
    got = sorted(e.date for e in extract_from_text(text, "en", published="2025-06-20"))
    assert got == ["2025-03-10", "2025-06-16"]
