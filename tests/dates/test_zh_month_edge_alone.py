"""The start or end of the month with no month named ('月初以来', '计划于月底
完工', '截至月末') is this month's, as '本月底' is: Chinese reports and plans
lost the month. Not a lunar month's ('腊月底', '正月初'), a count ('三个月
中'), nor 'every month' ('每月底'). Sentences written for these tests;
published 2025-03-14."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2025-03-14"


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "zh", PUB)]


@pytest.mark.parametrize(
    "text,surface",
    [
        ("月初以来，全市已累计接待游客120万人次。", "月初"),
        ("该项目计划于月底完工。", "月底"),
        ("截至月末，全省已完成投资500亿元。", "月末"),
    ],
)
def test_month_edge_alone_is_this_month(text, surface):
    assert found(text) == [(surface, "2025-03")]


@pytest.mark.parametrize(
    "text",
    [
        "三个月中，共发生事故12起。",
        "每月底公布一次数据。",
        "腊月底，家家户户准备年货。",
        "正月初，亲友互相拜年。",
    ],
)
def test_not_this_month(text):
    assert found(text) == []
