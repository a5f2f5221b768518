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


@pytest.mark.parametrize(
    "text,span,value",
    [
        # a forecast or plan written straight before the day, no "于"
        ("台风预计14日登陆。", "14日", "2025-03-14"),
        ("航班有望15日恢复。", "15日", "2025-03-15"),
        ("颱風預計14日登陸。", "14日", "2025-03-14"),  # Traditional
    ],
)
def test_a_forecast_day_lies_ahead(text, span, value):
    assert (span, value, None) in found(text)


@pytest.mark.parametrize(
    "text,published,later,value",
    [
        # days told in rising order in one sentence are days of one month:
        # the later one is tomorrow, not a month back
        ("代表团12日抵达，14日离开。", PUB, "14日", "2025-03-14"),
        ("台风预计14日登陆，15日减弱。", PUB, "15日", "2025-03-15"),
        ("预计13日至14日有暴雨，16日转晴。", PUB, "16日", "2025-03-16"),
    ],
)
def test_a_later_day_of_one_account_keeps_its_month(text, published, later, value):
    assert (later, value, None) in found(text, published)


def test_a_later_day_in_the_next_sentence_is_read_on_its_own():
    # a new sentence starts a new account: no cue, so the past reading stands
    assert ("15日", "2025-02-15", None) in found("台风预计14日登陆。15日减弱。")


def test_japanese_numbers_things_with_go_not_days():
    # Japanese text is read by the Chinese table (its dates are written the
    # same way), but there 号 numbers a typhoon, an issue or a unit, never a day
    text = "大型の台風7号は12日午前、沿岸部に上陸した。"
    assert [(text[m.start : m.end], m.value) for m in resolve_dates(text, "ja", PUB)] == [
        ("12日", "2025-03-12")
    ]
    # while in Chinese "7号" is the 7th
    assert ("7号", "2025-03-07", None) in found("市长7号视察了灾区。")
