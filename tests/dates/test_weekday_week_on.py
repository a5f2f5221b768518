"""British "Monday week": a week after the coming Monday (told on a Monday,
a week today), not the coming Monday. Not a numbered week after a comma
("on Monday, week 3 of the camp"). Sentences invented; published Wednesday
2025-10-15."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-10-15"


def _read(text: str):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "en", PUB)]


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("The inquest resumes on Friday week, the coroner said.", "Friday week", "2025-10-24"),
        # said on the weekday itself: a week today
        ("The planning hearing is on Wednesday week.", "Wednesday week", "2025-10-22"),
        ("Parliament returns Tuesday week after the recess.", "Tuesday week", "2025-10-28"),
    ],
)
def test_weekday_week_is_a_week_after_the_coming_one(text, span, value):
    assert (span, value) in _read(text)


def test_a_numbered_week_after_a_comma_is_not_week_on():
    assert _read("Training resumes on Monday, week 3 of the camp.") == [("Monday", "2025-10-20")]
