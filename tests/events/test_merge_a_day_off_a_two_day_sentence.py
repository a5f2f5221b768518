"""A sentence naming two days (a reporting day beside the happening's: "记者
14日获悉，10日凌晨...发生地震", "Hôm 14/3, ... cho biết trận lũ đêm 10/3 ...")
gives its names to both its mentions. Another source's sentence a day off one
of them, on another happening in the same places, shares only the story's
place names with it: no sign of one happening told on two clocks or reporting
days, so the two stay two events. A shared number or a named clock is such a
sign, and single-day sentences a day apart (a time zone, a night happening
told the next day) keep merging. Sentences written for this test."""

from __future__ import annotations

from newsline.events.merge import merge_records

from .records import event_record


def record(doc_id, quote, date, lang, start=0):
    return event_record(doc_id, quote, date, lang, start=start, published="2026-03-18")


def together(events, a: str, b: str) -> bool:
    return any({a, b} <= {s["doc_id"] for s in e["sources"]} for e in events)


# zh: a reporting day (14) beside the flood's day (10); a fair in the same
# county and province on the 13th
ZH_REPORT = "记者14日从四川省应急管理厅获悉，10日夜间甘孜州理塘县发生山洪，冲毁房屋40余间。"
ZH_FAIR = "13日，四川省甘孜州理塘县虫草交易会开幕，来自各地的200多家企业参展。"


def test_zh_reporting_day_does_not_take_a_fair_a_day_off():
    events = merge_records(
        [
            record("report", ZH_REPORT, "2026-03-14", "zh"),
            record("report", ZH_REPORT, "2026-03-10", "zh"),
            record("fair", ZH_FAIR, "2026-03-13", "zh"),
        ]
    )
    assert not together(events, "report", "fair")


# vi: the same shape in Vietnamese, a school opening in the same province
VI_REPORT = (
    "Ngày 14/3, Ban chỉ huy phòng chống thiên tai tỉnh Hà Giang cho biết trận lũ quét "
    "đêm 10/3 tại huyện Mèo Vạc đã cuốn trôi 40 ngôi nhà."
)
VI_SCHOOL = "Ngày 13/3, tỉnh Hà Giang khánh thành trường nội trú mới ở huyện Mèo Vạc."


def test_vi_reporting_day_does_not_take_a_school_opening_a_day_off():
    events = merge_records(
        [
            record("report", VI_REPORT, "2026-03-14", "vi"),
            record("report", VI_REPORT, "2026-03-10", "vi"),
            record("school", VI_SCHOOL, "2026-03-13", "vi"),
        ]
    )
    assert not together(events, "report", "school")


# en: a two-day sentence and another source on the same happening a day off,
# sharing its toll: one happening, the day disagreement flagged
EN_TWO_DAYS = (
    "Officials in Cusco said on Thursday that the landslide of Monday night near "
    "Ollantaytambo had killed 14 people."
)
ES_NEXT_DAY = "El martes, un deslizamiento cerca de Ollantaytambo, en Cusco, dejó 14 muertos."


def test_a_shared_toll_still_joins_a_day_off():
    events = merge_records(
        [
            record("en", EN_TWO_DAYS, "2026-03-12", "en"),
            record("en", EN_TWO_DAYS, "2026-03-09", "en"),
            record("es", ES_NEXT_DAY, "2026-03-10", "es"),
        ]
    )
    assert together(events, "en", "es")


# time zones: one happening told on local time and on Beijing time
ZH_LOCAL = "当地时间16日晚，智利北部安托法加斯塔大区发生6.8级地震。"
ZH_BEIJING = "北京时间17日上午，智利北部安托法加斯塔大区发生6.8级地震。"


def test_local_time_and_beijing_time_keep_merging():
    events = merge_records(
        [
            record("local", ZH_LOCAL, "2026-03-16", "zh"),
            record("beijing", ZH_BEIJING, "2026-03-17", "zh"),
        ]
    )
    assert together(events, "local", "beijing")


# a night happening told the next day by a page on another clock
EN_NIGHT = "A fire broke out late on Friday at the Hallgrímur textile mill in Akureyri."
DE_NEXT = "Am Samstag brannte die Textilfabrik Hallgrímur in Akureyri nieder."


def test_a_night_fire_told_the_next_day_keeps_merging():
    events = merge_records(
        [
            record("en", EN_NIGHT, "2026-03-13", "en"),
            record("de", DE_NEXT, "2026-03-14", "de"),
        ]
    )
    assert together(events, "en", "de")


# a day beside "last week" is one day told: a report a day off it on the same
# happening, sharing its places only, still joins (the day disagreement flagged)
EN_DAY_AND_WEEK = (
    "The Tyrol health office reported a second case of measles in Kufstein on Sunday "
    "after a first case was confirmed last week."
)
EN_DAY_OFF = "On March 14, a second measles case was reported in Kufstein, Tyrol."


def test_a_day_beside_last_week_still_joins_a_day_off():
    events = merge_records(
        [
            record("a", EN_DAY_AND_WEEK, "2026-03-15", "en"),
            event_record(
                "a", EN_DAY_AND_WEEK, "2026-03-09", "en", published="2026-03-18",
                granularity="week", end_date="2026-03-15",
            ),
            record("b", EN_DAY_OFF, "2026-03-14", "en"),
        ]
    )
    assert together(events, "a", "b")
