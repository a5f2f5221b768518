"""A span from a counted day -- today, tonight, tomorrow -- to a later day
named by its weekday or its date ("from today until Friday", "desde hoy
hasta el 30 de noviembre", "今天起至11月30日") is one range, ahead of
publication: a closure, an exhibition, a warning. Sentences invented;
published Wednesday 2025-10-15."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-10-15"


def _read(text: str, lang: str):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,span,value,end",
    [
        (
            "en",
            "Roadworks on the A40 run from today until Friday, the council said.",
            "today until Friday",
            "2025-10-15",
            "2025-10-17",
        ),
        (
            "en",
            "The exhibition is open from tomorrow to 30 November at the gallery.",
            "tomorrow to 30 November",
            "2025-10-16",
            "2025-11-30",
        ),
        (
            "es",
            "La muestra podrá visitarse desde hoy hasta el 30 de noviembre.",
            "hoy hasta el 30 de noviembre",
            "2025-10-15",
            "2025-11-30",
        ),
        # a part of the day before the weekday ("hasta la noche del sábado")
        (
            "es",
            "El aviso rige desde hoy hasta la noche del sábado en Galicia.",
            "hoy hasta la noche del sábado",
            "2025-10-15",
            "2025-10-18",
        ),
        (
            "fr",
            "L'exposition est ouverte à partir de demain jusqu'au 30 novembre.",
            "demain jusqu'au 30 novembre",
            "2025-10-16",
            "2025-11-30",
        ),
        (
            "vi",
            "Từ hôm nay đến thứ Sáu, đường Láng cấm xe tải.",
            "hôm nay đến thứ Sáu",
            "2025-10-15",
            "2025-10-17",
        ),
        ("th", "ตั้งแต่วันนี้ถึงวันอาทิตย์ กรุงเทพฯ จะมีฝนตกหนัก", "วันนี้ถึงวันอาทิตย์", "2025-10-15", "2025-10-19"),
        ("zh", "展览自今天起至11月30日结束。", "今天起至11月30日", "2025-10-15", "2025-11-30"),
        ("zh", "明天至周日，全市将持续降温。", "明天至周日", "2025-10-16", "2025-10-19"),
        # a bare day of the month after the counted day: this month's, ahead
        (
            "zh",
            "受冷空气影响，明天白天到19日，华北有大风。",
            "明天白天到19日",
            "2025-10-16",
            "2025-10-19",
        ),
    ],
)
def test_span_from_a_counted_day_to_a_named_one(lang, text, span, value, end):
    assert (span, value, end) in _read(text, lang)


@pytest.mark.parametrize(
    "lang,text,absent",
    [
        # a dash glosses as often as it spans
        ("en", "Markets today - Friday's jobs data will set the tone.", "2025-10-17"),
        # a comma and "and": two days, no span
        ("en", "Shops open today, and on Friday the market returns.", "2025-10-17"),
        # from yesterday, told in the past: no span ahead
        ("en", "Heavy snow fell yesterday until Tuesday, officials said.", "2025-10-21"),
        # a clock time, not a day, ends the span
        ("zh", "今天到17点，地铁停运。", "2025-10-17"),
    ],
)
def test_no_span_where_no_range_word_joins_two_days(lang, text, absent):
    got = _read(text, lang)
    assert all(end != absent for _, _, end in got), got
    assert all(value != absent or end is None for _, value, end in got), got
