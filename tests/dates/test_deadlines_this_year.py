"""Deadlines and "this year" after the date put a year-less date ahead.

Seen in newsline's own sample corpus: in pages of March 2025, "The first 40
stations are due online by June 30", "首批40个监测站须于6月30日前投入运行，赶在
今年雨季到来之前" and "四國並同意於5月20日舉行…演習" resolved to 2024: the
year-less date took the past year (news mostly looks back) though the
sentence sets a deadline, an agreement ahead, or says "this year".
"""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-03-19"


def value_of(text: str, lang: str, surface: str) -> str | None:
    for m in resolve_dates(text, lang, PUB):
        if text[m.start : m.end] == surface:
            return m.value
    return None


@pytest.mark.parametrize(
    "lang,text,surface,value",
    [
        ("en", "The first 40 stations are due online by June 30.", "June 30", "2025-06-30"),
        ("en", "The bridge must be reopened by June 30.", "June 30", "2025-06-30"),
        ("en", "Lenders have to repay the loans by June 30.", "June 30", "2025-06-30"),
        ("zh", "首批40个监测站须于6月30日前投入运行。", "6月30日", "2025-06-30"),
        ("zh", "首批40个监测站要在6月30号之前投入使用。", "6月30号", "2025-06-30"),
        ("zh", "四國並同意於5月20日舉行首次聯合演習。", "5月20日", "2025-05-20"),
        ("zh", "监测站在6月30日前投入运行，赶在今年雨季到来之前。", "6月30日", "2025-06-30"),
        ("en", "Stations open on June 30, ahead of this year's monsoon.", "June 30", "2025-06-30"),
    ],
)
def test_a_deadline_or_this_year_puts_the_date_ahead(lang, text, surface, value):
    assert value_of(text, lang, surface) == value


@pytest.mark.parametrize(
    "lang,text,surface,value",
    [
        ("en", "The talks ended on June 30.", "June 30", "2024-06-30"),
        ("en", "He should have left on June 30.", "June 30", "2024-06-30"),
        ("en", "They must have met on June 30.", "June 30", "2024-06-30"),
        ("zh", "工厂于6月30日关闭。", "6月30日", "2024-06-30"),
        # "this year" in the next sentence says nothing of this one
        ("en", "The talks ended on June 30. This year is different.", "June 30", "2024-06-30"),
    ],
)
def test_past_statements_keep_the_past_date(lang, text, surface, value):
    assert value_of(text, lang, surface) == value
