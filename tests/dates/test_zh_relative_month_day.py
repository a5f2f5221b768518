"""Chinese "本月8日" (the 8th of this month), "上月15日", "下个月1号": a day
of a month counted from the publication date. Before, the day was dropped and
only the month was kept. Published Monday 15 July 2024."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-07-15"


def found(text):
    return [(text[m.start : m.end], m.value, m.granularity) for m in resolve_dates(text, "zh", PUB)]


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("首批4座公园已于本月8日开工。", "本月8日", "2024-07-08"),
        ("上月15日，工程正式启动。", "上月15日", "2024-06-15"),
        ("新规将于下月3日起施行。", "下月3日", "2024-08-03"),
        ("上个月20日发生的事故造成3人受伤。", "上个月20日", "2024-06-20"),
        ("下个月1号起实行新票价。", "下个月1号", "2024-08-01"),
        ("這個月10日舉行的會議上，市長宣布了新計畫。", "這個月10日", "2024-07-10"),
        ("上月十五日，项目通过验收。", "上月十五日", "2024-06-15"),
    ],
)
def test_relative_month_with_its_day(text, span, value):
    assert found(text) == [(span, value, "day")]


@pytest.mark.parametrize(
    "text,expect",
    [
        # no day after it: still the month
        ("上月，工程启动。", [("上月", "2024-06", "month")]),
        ("本月底前完成全部改造。", [("本月", "2024-07", "month")]),
        ("本月内将公布结果。", [("本月", "2024-07", "month")]),
        # a numbered line or building is no day
        ("本月5号线将延长运营时间。", [("本月", "2024-07", "month")]),
        # no such day in that month: no date rather than a wrong one
        ("上月31日", []),
        # every month: no date
        ("每月8日为固定开放日。", []),
    ],
)
def test_not_a_relative_month_day(text, expect):
    assert found(text) == expect
