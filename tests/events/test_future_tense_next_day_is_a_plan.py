"""A day told in the future tense is a plan even when it is only the day
after its page's publication ("jugará la final el sábado" on a Friday
page; "will face ... on Saturday"): the one day of slack kept for a page
stamped in UTC telling an Asian next day as done is no reason to read a
plan as the report that it happened. It was merged into the report of
the day as one of its sources. Pages written for this test (invented
clubs; real cities)."""

from __future__ import annotations

import pytest

from newsline.model import Document

from .records import merge_documents

REPORT = Document(
    id="report-en",
    source="https://scores.example/final",
    text="Deportivo Aurora beat Club Paraná 2-0 in the cup final in Rosario on Saturday.",
    lang="en",
    published="2025-06-15",  # a Sunday
    meta={"story_id": "cup-final"},
)

PLANS = {
    "es": "El Deportivo Aurora jugará la final de copa contra el Club Paraná el sábado en Rosario.",
    "en": "Deportivo Aurora will face Club Paraná in the cup final in Rosario on Saturday.",
}


@pytest.mark.parametrize("lang", sorted(PLANS))
def test_a_future_day_after_publication_is_no_source_of_the_report(lang):
    plan = Document(
        id=f"plan-{lang}",
        source=f"https://preview.example/{lang}",
        text=PLANS[lang],
        lang=lang,
        published="2025-06-13",  # the Friday before
        meta={"story_id": "cup-final"},
    )
    events = merge_documents([REPORT, plan]).finalize()["events"]
    on_day = {
        s["doc_id"]: e["id"] for e in events if e["date"] == "2025-06-14" for s in e["sources"]
    }
    assert set(on_day) == {"report-en", f"plan-{lang}"}, events
    assert on_day["report-en"] != on_day[f"plan-{lang}"]
