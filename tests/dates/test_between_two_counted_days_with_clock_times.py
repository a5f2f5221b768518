"""A span "between" a clock time on one counted day "and" a clock time on
the next ("between 11 p.m. last night and 2 a.m. today", "entre las 23.00
de anoche y las 2.00 de hoy", "giữa 23h đêm qua và 2h sáng nay", "ระหว่าง
23.00 น. เมื่อคืนนี้ และ 02.00 น. วันนี้") is one range of the two days, as
with "from ... to" already. Without "between" the days joined by "and" stay
two. Publication date: Wednesday 5 November
2025."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-11-05"


def spans(text, lang):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Trains were halted between 10 p.m. last night and 4 a.m. today after the flood."),
        ("es", "El metro estuvo cerrado entre las 22.30 de anoche y las 5.00 de hoy."),
        ("vi", "Khu vực này mất điện giữa 22h đêm qua và 3h sáng nay."),
        ("th", "รถไฟฟ้าหยุดให้บริการระหว่าง 22.00 น. เมื่อคืนนี้ และ 04.00 น. วันนี้"),
    ],
)
def test_between_two_counted_days_with_clock_times(lang, text):
    got = spans(text, lang)
    assert [(v, e) for _, v, e in got] == [("2025-11-04", "2025-11-05")], got


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Rain fell last night and 2 a.m. today was the wettest hour on record."),
        ("es", "Llovió anoche y las 2.00 de hoy fueron la peor hora."),
    ],
)
def test_and_without_between_and_a_clock_time_stays_two_days(lang, text):
    got = spans(text, lang)
    assert [(v, e) for _, v, e in got] == [("2025-11-04", None), ("2025-11-05", None)], got
