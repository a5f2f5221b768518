"""A span from a clock time on one day to a clock time on the next ("from
9 p.m. on June 30 until 3 a.m. on July 1", "từ 21h ngày 30/6 đến 3h ngày
1/7", "de 21 h vendredi à 3 h samedi", "desde las 21.00 del viernes hasta
las 3.00 del sábado", "21.00 น. วันที่ 30 มิ.ย. ถึง 03.00 น. วันที่ 1
ก.ค.") is one span of the two days; it was read as two days, not joined
because the times stood between them. So is a longer span told so ("từ 8h
ngày 3/6 đến 17h ngày 9/6"). Two dates each with its own verb stay two, and
a weekday told with a clock time keeps the tense of the verb before the
time. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def found(text, lang, pub):
    return [
        (text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, pub)
    ]


@pytest.mark.parametrize(
    "text,lang,pub,value,end",
    [
        ("Trains stop from 9 p.m. on June 30 until 3 a.m. on July 1.", "en", "2024-06-20", "2024-06-30", "2024-07-01"),
        ("Từ 21h ngày 30/6 đến 3h ngày 1/7, cầu sẽ cấm xe tải.", "vi", "2024-06-20", "2024-06-30", "2024-07-01"),
        ("งดเดินรถ 21.00 น. วันที่ 30 มิ.ย. 2567 ถึง 03.00 น. วันที่ 1 ก.ค. 2567", "th", "2024-06-20", "2024-06-30", "2024-07-01"),
        ("Cortes desde las 21.00 del 30 de junio hasta las 3.00 del 1 de julio.", "es", "2024-06-20", "2024-06-30", "2024-07-01"),
        ("Fermeture du 30 juin 21 h au 1er juillet 3 h.", "fr", "2024-06-20", "2024-06-30", "2024-07-01"),
        # a year's last night into the next year
        ("Cuộc thi diễn ra từ 8h ngày 3/6 đến 17h ngày 9/6.", "vi", "2024-05-20", "2024-06-03", "2024-06-09"),
        ("Service runs from 8 p.m. on Dec. 31 until 2 a.m. on Jan. 1.", "en", "2024-12-20", "2024-12-31", "2025-01-01"),
    ],
)
def test_a_night_between_two_dates_is_both_days(text, lang, pub, value, end):
    got = found(text, lang, pub)
    assert [(v, e) for _, v, e in got] == [(value, end)], got


@pytest.mark.parametrize(
    "text,lang,pub,value,end",
    [
        ("The line will shut from 10 p.m. Friday to 4 a.m. Saturday.", "en", "2024-03-13", "2024-03-15", "2024-03-16"),
        ("El metro cerrará desde las 23.00 del viernes hasta las 5.00 del sábado.", "es", "2024-03-13", "2024-03-15", "2024-03-16"),
        ("La ligne sera fermée de 23 h vendredi à 5 h samedi.", "fr", "2024-03-13", "2024-03-15", "2024-03-16"),
    ],
)
def test_a_night_between_two_weekdays_is_both_days(text, lang, pub, value, end):
    got = found(text, lang, pub)
    assert [(v, e) for _, v, e in got] == [(value, end)], got


def test_a_weekday_after_a_clock_time_keeps_the_future_verb():
    got = found("The bridge will reopen at 6 a.m. Friday.", "en", "2024-03-13")
    assert [v for _, v, _ in got] == ["2024-03-15"]


def test_spanish_ir_in_the_future_tells_ahead():
    got = found("La marcha irá el sábado por el centro.", "es", "2024-03-13")
    assert [v for _, v, _ in got] == ["2024-03-16"]


@pytest.mark.parametrize(
    "text,lang,pub,expected",
    [
        # days further apart, each with its time: two happenings
        (
            "Polls open at 7 a.m. on June 3 and close at 8 p.m. on June 9.",
            "en",
            "2024-05-20",
            [("2024-06-03", None), ("2024-06-09", None)],
        ),
        # a number that is no clock time between two dates joins nothing new
        (
            "Le 30 juin, 21 personnes ; le 1er juillet, 3 blessés.",
            "fr",
            "2024-07-05",
            [("2024-06-30", None), ("2024-07-01", None)],
        ),
    ],
)
def test_what_is_no_night_span_keeps_its_reading(text, lang, pub, expected):
    got = found(text, lang, pub)
    assert [(v, e) for _, v, e in got] == expected, got
