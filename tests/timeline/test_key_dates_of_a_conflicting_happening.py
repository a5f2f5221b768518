"""A happening four articles tell, two of them a day off (a date conflict:
"on Saturday" beside "early on Sunday") or as the span of a night, was split
over two days in the key-date scores and ranked below a day three articles
told. Each article now also speaks of the day of the merged event it is a
source of. Invented days and documents."""

from __future__ import annotations

from newsline.timeline.keydates import DocDays, key_date_events


def _doc(i, pub, *days):
    return DocDays(f"d{i}", pub, "en", tuple((d, f"passage {i} {d}") for d in days))


DOCS = [
    # the arrest: two say the 2nd, one the 1st, one the night of the 1st to the 2nd
    _doc(1, "2025-11-05", "2025-11-02"),
    _doc(2, "2025-11-05", "2025-11-02"),
    _doc(3, "2025-11-05", "2025-11-01"),
    _doc(4, "2025-11-05", "2025-11-01"),
    # the hearing on the 3rd, told by three
    _doc(5, "2025-11-06", "2025-11-03"),
    _doc(6, "2025-11-06", "2025-11-03"),
    _doc(7, "2025-11-06", "2025-11-03"),
]
ARREST = {
    "date": "2025-11-02",
    "granularity": "day",
    "text": "arrest",
    "sources": [{"doc_id": f"d{i}", "quote": f"arrest told by {i}"} for i in (1, 2, 3, 4)],
}
HEARING = {
    "date": "2025-11-03",
    "granularity": "day",
    "text": "hearing",
    "sources": [{"doc_id": f"d{i}", "quote": f"hearing told by {i}"} for i in (5, 6, 7)],
}


def test_a_happening_told_a_day_apart_keeps_all_its_articles():
    key, kept = key_date_events([ARREST, HEARING], DOCS, 1)
    assert key == [{"date": "2025-11-02", "score": 8, "events": 1}]
    assert [e["text"] for e in kept] == ["arrest"]


def test_without_events_the_days_are_scored_as_before():
    key, _ = key_date_events([], DOCS, 2)
    assert key == [
        {"date": "2025-11-03", "score": 6, "events": 0},
        {"date": "2025-11-01", "score": 4, "events": 0},
    ]


def test_a_month_event_adds_no_day():
    month = {"date": "2025-11", "granularity": "month", "text": "m", "sources": [{"doc_id": "d5"}]}
    key, _ = key_date_events([month], DOCS, 1)
    assert key == [{"date": "2025-11-03", "score": 6, "events": 0}]


def test_one_quote_copied_in_two_articles_counts_once():
    copied = dict(ARREST, sources=[{"doc_id": f"d{i}", "quote": "the same wire sentence"} for i in (3, 4)])
    key, _ = key_date_events([copied], DOCS, 3)
    # d3 adds the 2nd; d4 copied its sentence and adds nothing
    assert dict((k["date"], k["score"]) for k in key)["2025-11-02"] == 6
