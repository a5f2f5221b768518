"""Vietnamese "mùng"/"mồng" before a day ("ngày mùng 8/3", "mồng 1 tháng
5") marks the first ten days of a month; the day was lost (only "tháng 5",
or nothing, was read). A lunar day ("mùng 5 tháng 5 âm lịch") stays no
date. Sentences written for this test, published 2024-04-26."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text, pub="2024-04-26"):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, "vi", pub)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Ngày mùng 8/3, nhiều cửa hàng hoa cháy hàng.", [("8/3", "2024-03-08", None)]),
        (
            "Ngày mồng 1 tháng 5, công nhân sẽ được nghỉ.",
            [("Ngày mồng 1 tháng 5", "2024-05-01", None)],
        ),
        (
            "Mùng 2 tháng 9 tới, thành phố bắn pháo hoa.",
            [("Mùng 2 tháng 9 tới", "2024-09-02", None)],
        ),
        (
            "Trong hai ngày mùng 6 và 7/4, hội chợ thu hút hơn 20.000 lượt khách.",
            [("6 và 7/4", "2024-04-06", "2024-04-07")],
        ),
    ],
)
def test_mung_before_a_day_is_that_day(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mùng 5 tháng 5 âm lịch là Tết Đoan ngọ.",
        "Ngày mùng 10 tháng 3 âm lịch, lễ hội Đền Hùng diễn ra.",
        "Tỷ lệ 3/4 số hộ đã nhận hỗ trợ.",
    ],
)
def test_lunar_days_and_fractions_stay_no_date(text):
    assert found(text) == []
