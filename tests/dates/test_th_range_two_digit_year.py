"""Thai press releases write a range of days with the Buddhist-era year in
two digits ("ระหว่างวันที่ 15-17 มี.ค. 67" = 15-17 March 2024), as they do a
single day ("3 มี.ค. 67"): the year is the range's, not one guessed from the
publication and the tense. A time after the month ("10.30 น.") is no year.
Publication date: Tuesday 10 September 2024."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-09-10"


def values(text):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, "th", PUB)]


@pytest.mark.parametrize(
    "text,expect",
    [
        (
            "ระหว่างวันที่ 15-17 มี.ค. 67 จะมีการจัดงานแสดงสินค้าที่เมืองทองธานี",
            ("วันที่ 15-17 มี.ค. 67", "2024-03-15", "2024-03-17"),
        ),
        (
            "บริษัทจะจัดกิจกรรมระหว่างวันที่ 20-22 ธ.ค. 66 ณ จังหวัดเชียงใหม่",
            ("วันที่ 20-22 ธ.ค. 66", "2023-12-20", "2023-12-22"),
        ),
    ],
)
def test_range_with_two_digit_be_year(text, expect):
    assert values(text) == [expect]


def test_a_time_after_the_range_is_no_year():
    text = "วันที่ 15-17 มี.ค. 10.30 น. มีการจัดงานแสดงสินค้า"
    assert values(text) == [("วันที่ 15-17 มี.ค.", "2024-03-15", "2024-03-17")]
