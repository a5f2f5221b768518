"""A live page whose article is a run of short updates, each opening with its
time ('19:45 Turnout in the capital reaches 61 per cent.', '15:20 | …',
'14/03/2026 18:10 - …'): entries under ten words were no prose, so the first
was taken for the headline (the page's own headline set aside as a menu
line) and the last ones set aside as text after the article. A list of
timed headlines with no full stop stays a list. Pages written for this
test."""

from __future__ import annotations

import pytest

from .helpers import classify_lines

EN = [
    "19:45 Turnout in the capital reaches 61 per cent.",
    "19:10 Two polling stations in the north stay open an hour longer.",
    "18:30 Queues form outside polling stations in the city centre.",
    "17:55 The opposition leader votes in her home town.",
    "16:40 Observers say voting has been calm so far.",
]
NL = [
    "15:20 | De afsluitdijk is weer open voor het verkeer.",
    "14:45 | In Zeeland zitten tweeduizend huishoudens zonder stroom.",
    "14:10 | De NS laat minder treinen rijden tussen Amsterdam en Utrecht.",
    "13:30 | Het KNMI geeft code oranje af voor de kust.",
]


@pytest.mark.parametrize(
    ("headline", "stamp", "entries"),
    [
        ("Election day: live updates", "Updated 19:45", EN),
        ("Liveblog: storm in het hele land", "Laatst bijgewerkt: 14 maart 2026, 15:20", NL),
    ],
)
def test_short_timed_entries_are_the_article(headline, stamp, entries):
    got = classify_lines([headline, stamp, *entries, "Related", "How to read the results"])
    assert got[headline][0] == "title", got[headline]
    for e in entries:
        assert got[e][0] == "body", (e, got[e])


def test_timed_headlines_without_a_full_stop_are_no_entries():
    from .helpers import BODY

    sidebar = [
        "19:45 Turnout reaches record high in the capital",
        "19:10 Polling stations stay open longer in the north",
        "18:30 Queues form outside polling stations downtown",
    ]
    got = classify_lines([*BODY["en"], "Latest news", *sidebar])
    assert all(got[x][0] != "body" for x in sidebar), [got[x] for x in sidebar]
