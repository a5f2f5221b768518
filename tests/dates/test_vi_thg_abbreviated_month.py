"""Vietnamese web interfaces abbreviate the month as "Thg" ("Đăng lúc 08:30, 14
Thg 2, 2025", "21 Thg 11 2024"): a date with its year, as "14 tháng 2 năm
2025". Capitalised as written; with no year it stays none. Sentences written
for these tests; published 2025-02-14."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-02-14"


def found(text, lang="vi"):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("Đăng lúc 08:30, 14 Thg 2, 2025 — Giá vàng tăng mạnh.", "14 Thg 2, 2025", "2025-02-14"),
        ("Bình luận (3) · 21 Thg 11 2024", "21 Thg 11 2024", "2024-11-21"),
    ],
)
def test_thg_with_a_year(text, span, value):
    assert found(text) == [(span, value)]


def test_thg_without_a_year_is_none():
    assert found("Còn 5 Thg nữa là hết hạn.") == []
