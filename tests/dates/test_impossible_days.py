"""A date whose day its month does not have ("30 February") is no date at
all: not the month and year left once the day is set aside."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, "2024-07-15")]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("th", "30 กุมภาพันธ์ 2567"),
        ("th", "30 ก.พ. 2567"),
        ("th", "30 ก.พ. 67"),
        ("vi", "ngày 30 tháng 2 năm 2024"),
        ("es", "30 de febrero de 2024"),
        ("fr", "30 février 2024"),
        ("zh", "2024年2月30日"),
        ("en", "February 30, 2024"),
    ],
)
def test_impossible_day_gives_no_date(lang, text):
    assert found(text, lang) == []


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        # a real date next to the impossible one keeps its value
        ("en", "On 31 April 2024 and May 2, 2024 it rained.", [("May 2, 2024", "2024-05-02")]),
        ("fr", "le 31 avril, puis en mai 2024", [("mai 2024", "2024-05")]),
        ("th", "29 ก.พ. 67", [("29 ก.พ. 67", "2024-02-29")]),
        ("es", "febrero de 2024", [("febrero de 2024", "2024-02")]),
    ],
)
def test_real_dates_beside_stay(lang, text, expect):
    assert found(text, lang) == expect
