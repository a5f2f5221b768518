"""'The same day' after a weekday: news dated by weekdays tells that day's
other happenings with "On the same day", "Ese mismo día", "Le même jour",
"Cùng ngày", "当天", "同一天". Only a written-out date was an antecedent, so
these sentences (a march on the day of a hearing) had no date. A count from
a weekday ("A week later") still waits for a written date: from a weekday
near publication it would run past the page's own day. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-03-12"  # a Wednesday


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "text,lang,span",
    [
        ("The trial resumed on Tuesday. On the same day, relatives marched.", "en", "the same day"),
        (
            "El juicio se reanudó el martes. Ese mismo día, los familiares marcharon.",
            "es",
            "Ese mismo día",
        ),
        ("Le procès a repris mardi. Le même jour, les proches ont défilé.", "fr", "Le même jour"),
        ("Phiên tòa tiếp tục hôm thứ Ba. Cùng ngày, 500 người đã tuần hành.", "vi", "Cùng ngày"),
        ("审判周二恢复。当天，约500名家属在市中心游行。", "zh", "当天"),
        ("审判周二恢复。同一天，约500名家属在市中心游行。", "zh", "同一天"),
    ],
)
def test_the_same_day_is_the_weekday_told(text, lang, span):
    assert (span, "2025-03-11") in found(text, lang)


def test_a_later_written_date_and_a_count_from_a_weekday():
    text = (
        "On March 3 the dam broke. On Tuesday the trial resumed; that same day relatives marched."
    )
    assert ("that same day", "2025-03-11") in found(text, "en")
    later = found("The plant closed on Tuesday. A week later, workers protested.", "en")
    assert later == [("Tuesday", "2025-03-11")]
