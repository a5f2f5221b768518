"""A plural subject written with a capital, then a base-form verb of opening
or resuming ("Polls open on Thursday", "Schools reopen on Monday", "Talks
resume on Friday"): a schedule told in the present, as "The summit opens on
Monday" already was, so the weekday lies ahead; it was read as the weekday
just past. A past form, a copula or a lower-case word before "open" ("was
open", "stores always open", "kept the doors open") stay as they were.
Sentences written for these tests; published Tuesday 2025-08-05."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "en", "2025-08-05")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Polls open on Thursday in the northern provinces.", [("Thursday", "2025-08-07")]),
        ("Schools reopen on Monday after the floods.", [("Monday", "2025-08-11")]),
        ("Negotiations resume on Friday in Accra.", [("Friday", "2025-08-08")]),
    ],
)
def test_told_ahead(text, want):
    assert found(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Polls opened on Thursday in the northern provinces.", [("Thursday", "2025-07-31")]),
        ("Voting was open on Thursday.", [("Thursday", "2025-07-31")]),
        ("Stores always open on Sunday.", [("Sunday", "2025-08-03")]),
        ("He kept the doors open on Thursday.", [("Thursday", "2025-07-31")]),
    ],
)
def test_unchanged(text, want):
    assert found(text) == want


def test_long_capitalised_word_is_cheap():
    text = "Polls " + "A" + "b" * 100_000 + " open on Thursday."
    assert found(text)[-1][0] == "Thursday"
