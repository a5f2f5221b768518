"""Two days of a month counted from now ("本月15日至16日", "下月1日至3日",
"上月28日至30日") are one range of that month: the second, bare day was read
alone as the latest past day of that number (June 16 published June 12 ->
May 16). A second day before the first stays apart. Sentences written for
these tests; published 2024-06-12."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-06-12"


def found(text):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, "zh", PUB)]


@pytest.mark.parametrize(
    "text,expect",
    [
        ("本月15日至16日，全市中考如期举行。", ("本月15日至16日", "2024-06-15", "2024-06-16")),
        ("下月1日至3日，国际车展将在广州举办。", ("下月1日至3日", "2024-07-01", "2024-07-03")),
        ("上月28日至30日，强降雨袭击了江南地区。", ("上月28日至30日", "2024-05-28", "2024-05-30")),
    ],
)
def test_two_days_of_a_relative_month(text, expect):
    assert found(text) == [expect]


def test_a_day_before_the_first_is_not_its_end():
    text = "本月15日至10日的数据有误。"
    assert ("本月15日至10日", "2024-06-15", "2024-06-10") not in found(text)
    assert found(text)[0][:2] == ("本月15日", "2024-06-15")
