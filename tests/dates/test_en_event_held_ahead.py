"""English "holds its/a/the first ..." before a weekday is an event on the
calendar, told in the present as fixtures are ("The party holds a
leadership vote on Sunday", "The club holds its annual dinner on Friday"):
the weekday lies ahead. A record or a view held ("holds the record set on
Saturday") and the past "held" keep the weekday behind. Sentences written
for these tests; published Wednesday 2025-10-15."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "en", "2025-10-15")]


@pytest.mark.parametrize(
    "text,expect",
    [
        ("The Green Party holds a leadership vote on Sunday.", [("Sunday", "2025-10-19")]),
        ("The rowing club holds its annual dinner on Friday.", [("Friday", "2025-10-17")]),
        ("She holds the record she set on Saturday.", [("Saturday", "2025-10-11")]),
        ("The rowing club held its annual dinner on Friday.", [("Friday", "2025-10-10")]),
    ],
)
def test_an_event_held_is_ahead(text, expect):
    assert found(text) == expect
