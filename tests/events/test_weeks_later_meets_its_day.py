"""A happening told by weeks counted from a day ("Une semaine plus tard"
after "Le 3 mars") is an event of that day: within one story, it meets
another page's report of the day as that day's only sentence of each page,
as "three days later" would. Told as a week, it stayed an event of its own.
Pages written for this test (an invented senator and bill)."""

from __future__ import annotations

from .records import documents_of, merge_documents

PAGES = {
    "fr": (
        "Le 3 mars, la sénatrice Marta Ilves a déposé son projet de loi sur l'eau potable. "
        "Une semaine plus tard, le texte a été adopté en première lecture."
    ),
    "en": "The drinking water bill passed its first reading on March 10.",
}


def test_weeks_later_is_one_event_with_the_days_report():
    docs = documents_of(PAGES, "bill", "2025-03-20", story="water-bill")
    events = merge_documents(docs).finalize()["events"]
    on_day = [e for e in events if e["date"] == "2025-03-10"]
    assert len(on_day) == 1, [(e["date"], [s["doc_id"] for s in e["sources"]]) for e in events]
    assert sorted(s["doc_id"] for s in on_day[0]["sources"]) == ["bill-en", "bill-fr"]
