"""An economic release's change "from a year earlier" ("prices rose 3.4% in
February from a year earlier", "exports grew 5% on a year ago") counts back
to the baseline of the comparison, no happening: it put a year-old "event"
on every data story. Only a relative month or year after "from", "over" or
"on" with a percentage earlier in the sentence; a weekday ("said on
Monday") and a span's start ("rose from March to May") stay. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from .records import extract_from_text

PUB = "2025-03-08"


@pytest.mark.parametrize(
    "text,dates",
    [
        (
            (
                "The statistics office said on Friday, March 7, that consumer prices rose "
                "3.4% in February from a year earlier."
            ),
            ["2025-03-07", "2025-02"],
        ),
        (
            "Exports grew 5% in January on a year ago, customs data showed on Monday.",
            ["2025-01", "2025-03-03"],
        ),
        ("Sales rose 2% over the previous month, the company said on Tuesday.", ["2025-03-04"]),
    ],
)
def test_the_baseline_of_a_change_is_no_event(text, dates):
    assert [e.date for e in extract_from_text(text, "en", PUB)] == dates


def test_without_a_figure_a_year_ago_stays():
    text = "The plant has been closed since a year ago, workers said on Friday in the capital."
    assert [e.date for e in extract_from_text(text, "en", PUB)] == ["2024", "2025-03-07"]
