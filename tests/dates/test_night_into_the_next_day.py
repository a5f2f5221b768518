"""A night running on into the next day is both days ("คืนวันที่ 3
ต่อเนื่องเช้าวันที่ 4 ม.ค.", "3日夜间至4日", "overnight Wednesday into Thursday",
"la noche del lunes a la madrugada del martes", "de lundi soir à mardi
matin"), as vi "đêm 3 rạng sáng 4/9" and fr "la nuit de mardi à mercredi"
already were: only the second day, or each day apart, was read. Not two
weekdays that do not follow each other, a count ("ต่อเนื่อง 4 วัน"), nor a
schedule. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def found(text, lang, pub):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    "lang,pub,text,expected",
    [
        (
            "th",
            "2024-01-10",
            "คืนวันที่ 3 ต่อเนื่องเช้าวันที่ 4 ม.ค. เกิดฝนตกหนักในภาคใต้",
            ("วันที่ 3 ต่อเนื่องเช้าวันที่ 4 ม.ค.", "2024-01-03", "2024-01-04"),
        ),
        (
            "th",
            "2024-01-10",
            "คืนวันที่ 8 ถึงรุ่งเช้าวันที่ 9 ม.ค. มีหมอกหนา",
            ("วันที่ 8 ถึงรุ่งเช้าวันที่ 9 ม.ค.", "2024-01-08", "2024-01-09"),
        ),
        (
            "zh",
            "2024-06-12",
            "3日夜间至4日，华南地区出现强降雨。",
            ("3日夜间至4日", "2024-06-03", "2024-06-04"),
        ),
        (
            "zh",
            "2024-06-12",
            "5日晚到6日凌晨，多地降雪。",
            ("5日晚到6日", "2024-06-05", "2024-06-06"),
        ),
        (
            "en",
            "2024-10-16",
            "The storm made landfall overnight Wednesday into Thursday.",
            ("Wednesday into Thursday", "2024-10-09", "2024-10-10"),
        ),
        (
            "en",
            "2024-10-16",
            "Heavy rain is expected late Friday night into early Saturday.",
            ("Friday night into early Saturday", "2024-10-18", "2024-10-19"),
        ),
        (
            "es",
            "2024-10-16",
            "La tormenta golpeó la noche del lunes a la madrugada del martes.",
            ("lunes a la madrugada del martes", "2024-10-14", "2024-10-15"),
        ),
        (
            "fr",
            "2024-10-16",
            "Des orages ont frappé de lundi soir à mardi matin.",
            ("lundi soir à mardi", "2024-10-14", "2024-10-15"),
        ),
    ],
)
def test_a_night_into_the_next_day_is_both_days(lang, pub, text, expected):
    assert found(text, lang, pub) == [expected]


def test_weekdays_that_do_not_follow_each_other_stay_apart():
    text = "Talks ran from Monday into Thursday without a deal."
    assert [v for _, v, _ in found(text, "en", "2024-10-16")] == ["2024-10-14", "2024-10-10"]


def test_a_count_after_the_word_is_no_range():
    assert found("ฝนตกวันที่ 3 ต่อเนื่อง 4 วัน", "th", "2024-01-10") == []


def test_days_joined_with_no_night_word_keep_their_reading():
    assert found("比赛于3日至5日在体育馆举行。", "zh", "2024-05-09") == [
        ("3日至5日", "2024-05-03", "2024-05-05")
    ]


def test_long_runs_are_cheap():
    assert found("Monday night into early " * 4000, "en", "2024-10-16")
    assert found("คืนวันที่ 3 ต่อเนื่อง" * 5000, "th", "2024-01-10") == []
