"""An English weekday abbreviated with a dot right before a day with its
ordinal suffix ("the return leg on Sat. 14th", "Wed. 4th and Sun. 15th") is
that weekday with its day, as "Saturday 14th" is: the day near publication
on which both agree. Not an abbreviation alone ("Doors open Sat. at noon",
"Sun." ending a sentence), nor one before a rank ("Sun. 3rd place")."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-09-03"  # a Wednesday


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "en", PUB)]


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("The reserves play Sat. 13th at the training ground.", "Sat. 13th", "2025-09-13"),
        ("Auditions run Thurs. 11th and Fri. 12th in the main hall.", "Fri. 12th", "2025-09-12"),
        ("Auditions run Thurs. 11th and Fri. 12th in the main hall.", "Thurs. 11th", "2025-09-11"),
        ("Entries close Mon. 8th - no late forms.", "Mon. 8th", "2025-09-08"),
    ],
)
def test_an_abbreviated_weekday_with_its_day(text, span, value):
    assert (span, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Doors open Sat. at noon for members.",
        "He came Sun. 3rd place went to a newcomer.",
        "The club shop opens Tues. through Sat. each week.",
    ],
)
def test_no_abbreviated_weekday_without_its_day(text):
    assert not any(s.startswith(("Sat.", "Sun.", "Tues.")) for s, _ in found(text))
