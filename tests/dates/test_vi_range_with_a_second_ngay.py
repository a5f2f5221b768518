"""Vietnamese writes a range of days of one month with "ngày" before both
days: "từ ngày 3 đến ngày 5/3", "từ ngày 3 đến ngày 5 tháng 3". Only "ngày 3
đến 5/3" was one range; with the second "ngày" only the last day was read,
and a three-day flood became its last day. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text):
    return [
        (text[m.start : m.end], m.value, m.end_value)
        for m in resolve_dates(text, "vi", "2025-03-14")
    ]


@pytest.mark.parametrize(
    "text,span,end",
    [
        (
            "Từ ngày 3 đến ngày 5/3, mưa lớn gây ngập nhiều tuyến phố.",
            "ngày 3 đến ngày 5/3",
            "2025-03-05",
        ),
        (
            "Từ ngày 3 đến ngày 5 tháng 3, mưa lớn gây ngập nhiều tuyến phố.",
            "ngày 3 đến ngày 5 tháng 3",
            "2025-03-05",
        ),
    ],
)
def test_a_range_with_ngay_before_both_days(text, span, end):
    assert found(text) == [(span, "2025-03-03", end)]
