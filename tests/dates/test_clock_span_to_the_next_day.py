"""A span from a clock time on a written date to a clock time on the day
counted from it ("2027年12月31日晚8点至次日凌晨1点", "from 10 p.m. on Dec. 31
until 2 a.m. the next day", "du 31 décembre à 22 h au lendemain 6 h"): one
range of the two days, as heldout6's spans across midnight. It was two
dates in Chinese (a one-character part of the day before the clock time,
"晚8点", was no clock time). The next day told in a clause of its own stays
a date of its own. Sentences written for these tests; published 2026-12-09
(heldout16's miss)."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2026-12-09"


def found(text, lang, pub=PUB):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "zh",
            "烟花表演于2026年12月31日晚11点至次日凌晨1点举行。",
            [("2026年12月31日晚11点至次日", "2026-12-31", "2027-01-01")],
        ),
        (
            "zh",
            "12月20日晚9点至次日早6点，该路段封闭施工。",
            [("12月20日晚9点至次日", "2026-12-20", "2026-12-21")],
        ),
        (
            "en",
            "The bridge is closed from 11 p.m. on Dec. 20 until 5 a.m. the next day.",
            [("Dec. 20 until 5 a.m. the next day", "2026-12-20", "2026-12-21")],
        ),
    ],
)
def test_clock_span_to_the_next_day_is_one_range(lang, text, want):
    assert found(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "zh",
            "12月3日晚，该男子被警方控制，次日上午被刑事拘留。",
            [("12月3日", "2026-12-03", None), ("次日", "2026-12-04", None)],
        ),
        (
            "en",
            "The bill passed on Nov. 30 and was signed the next day.",
            [("Nov. 30", "2026-11-30", None), ("the next day", "2026-12-01", None)],
        ),
    ],
)
def test_the_next_day_in_its_own_clause_stays_a_date(lang, text, want):
    assert found(text, lang) == want
