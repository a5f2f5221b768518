"""Korean days of two months joined by "부터 ... 까지" (from ... until) or a
tilde ("3월 30일부터 4월 2일까지", "3월 30일~4월 2일", "12월 30일부터 1월 2일까지")
are one range, as days of one month already were ("3월 3일부터 5일까지"): the
second month written before its day made two dates. A range from December
into January ends in the next year. Two dates without the range words stay
two. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def found(text, published="2025-03-12"):
    return [
        (text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, "ko", published)
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "행사는 3월 30일부터 4월 2일까지 서울에서 열린다.",
            [("3월 30일부터 4월 2일까지", "2025-03-30", "2025-04-02")],
        ),
        ("전시회는 3월 30일~4월 2일 열린다.", [("3월 30일~4월 2일", "2025-03-30", "2025-04-02")]),
        (
            "박람회는 3월 30일부터 9월 2일까지 열린다.",
            [("3월 30일부터 9월 2일까지", "2025-03-30", "2025-09-02")],
        ),
        (
            "축제는 2024년 12월 30일부터 1월 2일까지 열렸다.",
            [("2024년 12월 30일부터 1월 2일까지", "2024-12-30", "2025-01-02")],
        ),
    ],
)
def test_days_of_two_months_are_one_range(text, expected):
    assert found(text) == expected


def test_a_range_into_january_without_a_year_ends_in_the_next_year():
    assert found("행사는 12월 30일부터 1월 2일까지 열렸다.", "2025-01-05") == [
        ("12월 30일부터 1월 2일까지", "2024-12-30", "2025-01-02")
    ]


def test_two_dates_without_range_words_stay_two():
    assert found("3월 30일 회의가 열렸고 4월 2일 발표가 있었다.") == [
        ("3월 30일", "2025-03-30", None),
        ("4월 2일", "2025-04-02", None),
    ]
    assert found("행사는 3월 3일부터 5일까지 열린다.") == [
        ("3월 3일부터 5일까지", "2025-03-03", "2025-03-05")
    ]
