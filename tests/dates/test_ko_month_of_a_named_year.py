"""Korean months told with their year's word: "지난해 11월" (last year's
November), "올해 3월", "내년 1월", "오는 5월 말까지" (until the end of the
coming May), "지난 2월" (the February just past) were not read at all; a
month alone ("11월 회의") stays unread, and a day after the month ("지난해
11월 5일") is that date in the year named. Published 2025-08-06."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2025-08-06"


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "ko", PUB)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("지난해 11월 회의가 열렸다.", [("지난해 11월", "2024-11")]),
        ("오는 5월 말까지 공사가 계속된다.", [("오는 5월 말", "2026-05")]),
        ("지난 2월 사고가 났다.", [("지난 2월", "2025-02")]),
        ("올해 3월 신제품이 출시됐다.", [("올해 3월", "2025-03")]),
        ("새 제도는 내년 1월부터 시행된다.", [("내년 1월", "2026-01")]),
        ("지난해 11월 5일 회의가 열렸다.", [("지난해 11월 5일", "2024-11-05")]),
        ("작년 12월 20일 계약이 체결됐다.", [("작년 12월 20일", "2024-12-20")]),
    ],
)
def test_a_month_of_a_named_year(text, want):
    assert found(text) == want


@pytest.mark.parametrize(
    "text",
    ["11월 회의가 열렸다.", "지난해 매출은 11% 늘었다.", "지난해 11개월 동안 적자였다."],
)
def test_no_month_of_a_named_year(text):
    assert found(text) == []
