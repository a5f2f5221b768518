"""Chinese forms met in a disaster report and a Taiwanese court report:
"次日" after a day written as a bare number, spans of years (Gregorian and
ROC) with "间" closing them, and "订于" (scheduled for) putting a year-less
day ahead. Publication dates given per test."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def spans(text, published, lang="zh"):
    return [
        (text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, published)
    ]


# --- "次日" counts from the day just written, even a bare "2日" / "本月2日" ----


@pytest.mark.parametrize(
    "text,expect",
    [
        (
            "洪峰于本月4日通过水文站，次日水位开始回落。",
            [("本月4日", "2023-08-04", None), ("次日", "2023-08-05", None)],
        ),
        (
            "洪峰于4日通过水文站，次日水位开始回落。",
            [("4日", "2023-08-04", None), ("次日", "2023-08-05", None)],
        ),
        (
            "被告上月21日当庭认罪，次日即获保释。",
            [("上月21日", "2023-07-21", None), ("次日", "2023-07-22", None)],
        ),
        # a full date earlier in the text no longer wins over the day just written
        (
            "当局8月1日至2日转移了居民。洪峰于本月4日通过水文站，次日水位开始回落。",
            [
                ("8月1日至2日", "2023-08-01", "2023-08-02"),
                ("本月4日", "2023-08-04", None),
                ("次日", "2023-08-05", None),
            ],
        ),
    ],
)
def test_next_day_after_a_written_day_of_the_month(text, expect):
    assert spans(text, "2023-08-09") == expect


# --- spans of years ------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expect",
    [
        ("調查發現，他在2016年至2018年間虛報營收。", [("2016年至2018年間", "2016", "2018")]),
        ("该厂2016至2018年连续亏损。", [("2016至2018年", "2016", "2018")]),
        ("該公司民國105年至107年間虛報營收。", [("民國105年至107年間", "2016", "2018")]),
        ("該公司民國105至107年連續虧損。", [("民國105至107年", "2016", "2018")]),
        # a single year before "间" is an era ("…年间"), no date; a backwards
        # span and amounts are no span of years
        ("他在2018年间离开公司。", []),
        ("罚款1500至2000元。", []),
    ],
)
def test_spans_of_years(text, expect):
    assert spans(text, "2023-08-09") == expect


def test_scheduled_for_puts_a_yearless_day_ahead():
    # "訂於" (scheduled for), Traditional or Simplified: next 15 August, not last
    assert spans("臨時股東會訂於8月15日召開。", "2023-03-10") == [("8月15日", "2023-08-15", None)]
    assert spans("临时股东会订于8月15日召开。", "2023-03-10") == [("8月15日", "2023-08-15", None)]
    # "订购" (to order) is no cue: the last 15 August
    assert spans("公司8月15日订购了设备。", "2023-03-10") == [("8月15日", "2022-08-15", None)]
