"""Chinese news writes the current month's days alone: "李强10日在北京会见…"."""

from __future__ import annotations

import pytest

from newsline.dates.engine import monthday_date, resolve_dates

PUB = "2025-03-13"


def found(text, published=PUB):
    return [
        (text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, "zh", published)
    ]


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("港务局12日宣布，暂停所有夜间作业。", "12日", "2025-03-12"),
        ("省长10日在省会会见来访的代表团。", "10日", "2025-03-10"),
        ("起重机于11日深夜倒塌。", "11日", "2025-03-11"),
        ("港務局12日宣佈暫停夜間作業。", "12日", "2025-03-12"),  # Traditional
        ("检查将于15日完成。", "15日", "2025-03-15"),  # future cue: after publication
    ],
)
def test_day_alone_is_this_months_day(text, span, value):
    assert (span, value, None) in found(text)


def test_a_day_after_the_publication_day_is_last_months():
    assert ("28日", "2025-02-28", None) in found("代表团28日抵达首都。", "2025-03-02")


def test_two_days_of_one_month_make_a_range():
    assert ("10日至12日", "2025-03-10", "2025-03-12") in found("会期为10日至12日。")


def test_range_after_a_full_date_is_unchanged():
    assert found("会议于2024年7月9日开始，11日结束。") == [
        ("2024年7月9日开始，11日结束", "2024-07-09", "2024-07-11")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "每月15日发放补贴。",  # a habit
        "须在30日内提交申请。",  # a span of days
        "这是他在第12日比赛中受的伤。",  # an ordinal
    ],
)
def test_not_dates(text):
    assert found(text) == []


def test_without_any_date_to_count_from_it_stays_unresolved():
    assert found("港务局12日宣布暂停夜间作业。", None) == []


def test_only_languages_that_write_days_so():
    assert [m.value for m in resolve_dates("El puerto cerró el 12 por la tarde.", "es", PUB)] == []


@pytest.mark.parametrize(
    "ref,day,how,value",
    [
        ("2025-03-13", 31, None, "2025-01-31"),  # no 31 February: the month before
        ("2025-03-13", 13, None, "2025-03-13"),
        ("2025-12-20", 5, "future", "2026-01-05"),
    ],
)
def test_monthday_date(ref, day, how, value):
    import datetime as dt

    assert monthday_date(dt.date.fromisoformat(ref), day, how).isoformat() == value


def test_after_a_year_less_dateline_the_month_is_known_the_year_is_not():
    assert found("通讯社北京3月12日电 省长10日会见客人。", None) == [
        ("3月12日", "--03-12", None),
        ("10日", "--03-10", None),
    ]
    assert ("28日", "--02-28", None) in found("通讯社北京3月2日电 代表团28日抵达。", None)
