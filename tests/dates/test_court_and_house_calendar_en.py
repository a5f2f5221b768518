"""English court and legislature calendars (heldout15): a bare day of the
month followed by a clause of why or when ("adjourned until the 21st because
a witness was abroad") is read as one at a clause's end is; a legislature or
a court named, then a verb of its sitting in the present ("The Senate votes
on the 26th", "Councillors meet on Thursday", "The Court rules on the
20th"), sets its day ahead. Told in the past, the day is behind. Sentences
invented; published Wednesday 2025-10-15."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-10-15"


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "en", PUB)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The inquest was adjourned until the 21st because a witness was abroad.", [("21st", "2025-10-21")]),
        ("The vote was postponed until the 3rd when the quorum failed.", [("3rd", "2025-11-03")]),
        ("The Assembly sits again on the 28th.", [("28th", "2025-10-28")]),
        ("Councillors meet on Thursday to approve the budget.", [("Thursday", "2025-10-16")]),
        ("The Court rules on the 20th, its clerk said.", [("20th", "2025-10-20")]),
    ],
)
def test_calendar_day_ahead(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The Court ruled on the 13th.", [("13th", "2025-10-13")]),
        ("The hearing was halted on the 9th after a fire alarm.", [("9th", "2025-10-09")]),
        ("Prices rose on the 3rd after the announcement.", [("3rd", "2025-10-03")]),
        ("She finished the 3rd lap after a late surge.", []),
    ],
)
def test_calendar_day_behind_or_none(text, expected):
    assert found(text) == expected
