"""en "on May 3 and 4" read only May 3; "3 and 4 May" was already both days
(a span). Month first, the two days are now read the same, where the
sentence or a function word follows the second day -- not a count ("May 3
and 4 people died"), a clock time ("4 p.m.") or a percentage. Pages written
for these tests; published 2025-08-04."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2025-08-04"


def found(text):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, "en", PUB)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The runoff will be held on May 3 and 4.", [("May 3 and 4", "2026-05-03", "2026-05-04")]),
        (
            "Polls opened on May 3 and 4, 2025, in all districts.",
            [("May 3 and 4, 2025", "2025-05-03", "2025-05-04")],
        ),
        (
            "Polls opened on May 3 and 4 in all districts.",
            [("May 3 and 4", "2025-05-03", "2025-05-04")],
        ),
    ],
)
def test_both_days(text, want):
    assert found(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The vote was held on May 3 and 4 people died.",
        "The vote was held on May 3 and 4 p.m. was the deadline.",
        "Prices fell on May 3 and 4% more the next week.",
    ],
)
def test_a_count_after_and_is_no_day(text):
    assert found(text)[0] == ("May 3", "2025-05-03", None)
