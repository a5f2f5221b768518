"""Two English forms (heldout16's misses): "a week from Friday" is a week
after the coming Friday, as British "Friday week" (heldout9); it was read as
the coming Friday. "the next morning" / "the following evening" after a date
is the day after it, as "the next day" and "the same evening" are; it was no
date. Sentences written for these tests; published 2026-12-09, a
Wednesday."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2026-12-09"


def found(text, pub=PUB):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "en", pub)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The council will vote a week from Monday.", [("a week from Monday", "2026-12-21")]),
        ("Sentencing is set for a week from Thursday.", [("a week from Thursday", "2026-12-17")]),
        (
            "The polls closed on Nov. 29 and results came the next morning.",
            [("Nov. 29", "2026-11-29"), ("the next morning", "2026-11-30")],
        ),
        (
            "He landed on Dec. 2 and flew home the following evening.",
            [("Dec. 2", "2026-12-02"), ("the following evening", "2026-12-03")],
        ),
    ],
)
def test_en_forms(text, want):
    assert found(text) == want


def test_a_week_alone_is_no_date():
    assert found("It took a week from start to finish.") == []
