"""English written day first (a translated page, a Commonwealth paper) names
a day with "on" before a day and month in digits whose first number cannot
be a month ("On 15/7, ...", "on 24/12"). A bare "15/7" is a score or a
fraction, and "on 3/7" may be March 7 or 3 July: neither is read. Invented
sentences in other stories than bundle5's."""

from __future__ import annotations

from newsline.dates.engine import find_dates, resolve_found
from newsline.settings import DateSettings


def _dates(text: str, published: str) -> list[tuple[str, str]]:
    found = find_dates(text, "en", DateSettings())
    return [(text[m.start : m.end], m.value) for m in resolve_found(found, published)]


def test_day_first_after_on():
    text = (
        "On 23/11, the provincial police arrested two suspects. The court heard the case on 28/11."
    )
    assert _dates(text, "2025-11-30") == [("23/11", "2025-11-23"), ("28/11", "2025-11-28")]


def test_full_date_unchanged():
    assert _dates("On 24/12/2025 the store closed.", "2026-01-03") == [("24/12/2025", "2025-12-24")]


def test_scores_and_ambiguous_orders_are_not_read():
    assert _dates("The home side won 15/7 on aggregate.", "2025-11-30") == []
    assert _dates("On 3/7, the vote was held.", "2025-11-30") == []
    assert _dates("Turnout rose on 13/20 polling stations.", "2025-11-30") == []
    # "24/7" is around the clock
    assert _dates("The helpline will run on 24/7 shifts.", "2025-11-30") == []
