"""A Vietnamese dateline with a place in capitals, a comma, a bare day/month
and a dash ("HÀ NỘI, 5/3 –") is the filing day, as "BANGKOK, May 16 -" is:
the bare "D/M" was a date only before an agency's mark in brackets. A
mixed-case place or a bare fraction elsewhere stays no date. Sentences
written for this test."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text, pub="2024-03-06"):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "vi", pub)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("ĐÀ NẴNG, 5/3 – Sở Y tế vừa công bố kết quả kiểm tra.", [("5/3", "2024-03-05")]),
        ("TP HCM, 4/3 - Giá xăng giảm lần thứ ba liên tiếp.", [("4/3", "2024-03-04")]),
        ("CẦN THƠ, 2/3 — Lũ đầu mùa về sớm.", [("2/3", "2024-03-02")]),
    ],
)
def test_capitals_comma_day_month_dash_is_the_dateline(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Đà Nẵng, 5/3 – Sở Y tế vừa công bố kết quả kiểm tra.",  # a sentence, not a dateline
        "Trong trận, tỷ số 3/1 - đội khách thắng.",
        "Kết quả: 2/3 – số phiếu ủng hộ dự thảo.",
        "ĐÀ NẴNG, 5/3 Sở Y tế vừa công bố kết quả kiểm tra.",  # no dash
    ],
)
def test_other_bare_fractions_stay_no_date(text):
    assert found(text) == []
