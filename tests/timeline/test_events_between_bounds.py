"""``events_between`` rejects a bound that is no day instead of matching
nothing: ``events_between(events, "March", None)`` returned [] without a word
(the bound was compared as text). Bounds are ``YYYY-MM-DD`` text or dates, as
``search`` takes them; a range ending before it starts is refused too."""

from __future__ import annotations

from datetime import date

import pytest

from newsline.days import BadDayRange
from newsline.timeline import events_between

EVENTS = [
    {"date": "2025-03-02", "text": "a"},
    {"date": "2025-03-10", "end": "2025-03-12", "text": "b"},
    {"date": "2025-04", "text": "c"},
]


def _texts(events) -> list[str]:
    return [e["text"] for e in events]


def test_days_as_text_or_dates_select_the_same_events():
    assert _texts(events_between(EVENTS, "2025-03-11", None)) == ["b", "c"]
    assert _texts(events_between(EVENTS, date(2025, 3, 11), None)) == ["b", "c"]
    assert _texts(events_between(EVENTS, None, date(2025, 3, 10))) == ["a", "b"]
    assert _texts(events_between(EVENTS, "", " 2025-03-01 ")) == []
    assert _texts(events_between(EVENTS, None, None)) == ["a", "b", "c"]


@pytest.mark.parametrize("bad", ["March", "2025-3-1", "03/11/2025", "2025-02-30"])
def test_a_bound_that_is_no_day_is_refused_naming_it(bad):
    with pytest.raises(ValueError, match="is not a day") as caught:
        events_between(EVENTS, bad, None)
    assert isinstance(caught.value, BadDayRange) and caught.value.bound == "day_from"
    with pytest.raises(BadDayRange, match="day_to"):
        events_between(EVENTS, None, bad)


def test_a_range_ending_before_it_starts_is_refused():
    with pytest.raises(BadDayRange, match="before"):
        events_between(EVENTS, "2025-03-12", "2025-03-01")
