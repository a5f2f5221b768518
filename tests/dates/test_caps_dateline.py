"""A dateline with no agency's mark -- a place in capitals, a comma, the day,
a dash ("KAMPOT, June 3 - ...") -- is the day the story was filed: the
body's weekdays and "yesterday" count from it. A place written in ordinary
case, or capitals inside a sentence, are no dateline. Stories invented;
the page is published 2024-06-12 (a Wednesday)."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-06-12"


def found(text):
    return {text[m.start : m.end]: m.value for m in resolve_dates(text, "en", PUB)}


@pytest.mark.parametrize(
    "text",
    [
        "KAMPOT, June 3 - The ferry operator said on Sunday that services would resume.",
        "PORT ALDEN, Fla., June 3 — The ferry operator said on Sunday that services would resume.",
    ],
)
def test_caps_dateline_anchors_the_weekday(text):
    assert found(text)["Sunday"] == "2024-06-02"


@pytest.mark.parametrize(
    "text",
    [
        "Kampot, June 3 - The ferry operator said on Sunday that services would resume.",
        "The ferry left KAMPOT, June 3 - the operator said on Sunday that it would return.",
    ],
)
def test_no_dateline_leaves_the_weekday_on_the_publication(text):
    assert found(text)["Sunday"] == "2024-06-09"
