""" "Every" before a Vietnamese relative expression makes it a habit, not a
date: "mỗi sáng qua email" is every morning by e-mail, not yesterday
morning. Invented text."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-09-12"


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "vi", PUB)]


@pytest.mark.parametrize(
    "text",
    [
        "Nhận tin tức nóng nhất mỗi sáng qua email của bạn.",
        "Bản tin được gửi hằng tối qua ứng dụng điện thoại.",
    ],
)
def test_every_morning_is_no_date(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("Sáng qua, mưa lớn gây ngập nhiều tuyến phố.", "Sáng qua", "2025-09-11"),
        ("Giá mặt hàng tháng trước tăng 5%.", "tháng trước", "2025-08"),
    ],
)
def test_yesterday_morning_is_still_a_date(text, span, value):
    assert (span, value) in found(text)
