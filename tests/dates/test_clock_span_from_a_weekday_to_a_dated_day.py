"""A span from a clock time on a bare weekday to a clock time on a later day
written with its date ("from 8 p.m. Saturday until 6 a.m. on Tuesday, Sept.
23", "de samedi 21 h à mardi 23 septembre 6 h", "周六23时至下周二（9月23日）5时")
is one range: the weekday is the last one before that date, however the
weekday alone would be read (vi and th have no tense to read it ahead).
Without a clock time in the gap ("moved from Friday to Monday, Sept. 22": a
day changed for another) the two stay apart. Publication date: Wednesday
17 September 2025."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-09-17"


def spans(text, lang):
    return [
        (text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, PUB)
    ]


@pytest.mark.parametrize(
    "lang,text,first",
    [
        ("en", "Water will be off from 8 p.m. Saturday until 6 a.m. on Tuesday, Sept. 23, in Riverside.", "Saturday"),
        ("es", "La línea 5 de metro cerrará desde las 23.00 del sábado hasta las 5.30 del martes 23 de septiembre.", "sábado"),
        ("fr", "Le tunnel sera fermé de samedi 21 h à mardi 23 septembre 6 h.", "samedi"),
        ("vi", "Cầu Rồng sẽ cấm xe từ 23h thứ Bảy đến 4h thứ Ba ngày 23/9.", "thứ Bảy"),
        ("th", "ปิดการจราจรตั้งแต่ 23.00 น. วันเสาร์ ถึง 04.00 น. วันอังคารที่ 23 ก.ย. 2568", "วันเสาร์"),
        ("zh", "地铁5号线将于周六23时至下周二（9月23日）5时停运。", "周六"),
    ],
)
def test_clock_span_from_a_weekday_to_a_dated_day_is_one_range(lang, text, first):
    got = spans(text, lang)
    assert len(got) == 1, got
    span, value, end = got[0]
    assert span.startswith(first)
    assert (value, end) == ("2025-09-20", "2025-09-23")


@pytest.mark.parametrize(
    "lang,text",
    [
        # no clock time between: a day moved for another, or two happenings
        ("en", "The vote was moved from Friday to Monday, Sept. 22, after the storm."),
        ("en", "The pool closed at 6 p.m. on Saturday, and on Tuesday, Sept. 23 it reopens."),
        ("fr", "Le match a été avancé de samedi au lundi 22 septembre."),
    ],
)
def test_weekday_and_dated_day_without_a_clock_span_stay_apart(lang, text):
    got = spans(text, lang)
    assert got and all(end is None for _, _, end in got), got
