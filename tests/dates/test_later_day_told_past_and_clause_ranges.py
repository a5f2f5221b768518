"""Two readings of days told in one sentence.

A bare day told in the past after a written date ("ont quitté l'usine le 3
avril, ont repris le 11", "dejaron la fábrica el 3 de abril y regresaron
el día 11") is a later day of that date's
month; it was read as the latest such day before publication (11 June for a
page of 1 July). Bare days told after another bare day keep their reading.

A Chinese date after "开始，" ends a span only when an end word follows it
("7月9日开始，11日结束", "3月4日开始，4月2日闭幕"); with another verb ("3月4日开始，
4月2日一度达成协议") it is a second happening in its own clause, not the end of
a span. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def found(text, lang, pub):
    return [
        (text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, pub)
    ]


@pytest.mark.parametrize(
    "text,lang,span,value",
    [
        ("Les ouvriers ont quitté l'usine le 3 avril, ont repris le 11.", "fr", "11", "2024-04-11"),
        ("Los obreros dejaron la fábrica el 3 de abril y regresaron el día 11.", "es", "día 11", "2024-04-11"),
    ],
)
def test_a_later_day_told_past_keeps_the_written_month(text, lang, span, value):
    got = found(text, lang, "2024-07-01")
    assert (span, value, None) in got, got


def test_a_bare_day_after_a_bare_day_told_past_is_unchanged():
    # no written month before it: the latest such days before publication
    got = found("代表团28日抵达，30日离开。", "zh", "2024-07-01")
    assert [(s, v) for s, v, _ in got] == [("28日", "2024-06-28"), ("30日", "2024-06-30")]


def test_a_date_after_kaishi_with_its_own_verb_is_a_second_happening():
    got = found("抗议于5月6日开始，6月1日双方签署协议。", "zh", "2024-07-01")
    assert got == [("5月6日", "2024-05-06", None), ("6月1日", "2024-06-01", None)]


@pytest.mark.parametrize(
    "text,value,end",
    [
        ("展会于5月6日开始，6月1日闭幕。", "2024-05-06", "2024-06-01"),
        ("会议于2024年5月6日开始，9日结束。", "2024-05-06", "2024-05-09"),
        ("展会5月6日开始至6月1日。", "2024-05-06", "2024-06-01"),
    ],
)
def test_a_span_closed_by_an_end_word_is_kept(text, value, end):
    got = found(text, "zh", "2024-07-01")
    assert [(v, e) for _, v, e in got] == [(value, end)], got
