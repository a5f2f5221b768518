"""Vietnamese "tuần này" (this week) is the current week, as "tuần trước" /
"tuần tới" are the weeks around it; "tuần sau đó" / "tháng sau đó" (the week /
month after that) count from the date written before, not from publication.
Sentences invented; published Wednesday 2024-08-14."""

from __future__ import annotations

from newsline.dates import resolve_dates


def found(text):
    return [
        (text[m.start : m.end], m.value, m.end_value)
        for m in resolve_dates(text, "vi", "2024-08-14")
    ]


def test_this_week():
    assert found("Đầu tuần này, ngân hàng đã tăng lãi suất.") == [
        ("tuần này", "2024-08-12", "2024-08-18")
    ]
    # a weekday of this week keeps its day
    assert found("Thứ Hai tuần này, ngân hàng tăng lãi suất.") == [
        ("Thứ Hai tuần này", "2024-08-12", None)
    ]


def test_week_and_month_after_that_count_from_the_date_before():
    assert found("Ngày 2/7 giá xăng giảm. Tuần sau đó, giá xăng tăng.") == [
        ("Ngày 2/7", "2024-07-02", None),
        ("Tuần sau đó", "2024-07-09", None),
    ]
    assert found("Ngày 2/7 giá xăng giảm. Tháng sau đó, giá xăng tăng.") == [
        ("Ngày 2/7", "2024-07-02", None),
        ("Tháng sau đó", "2024-08", None),
    ]
