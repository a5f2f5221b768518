"""A sentence that shares its names with another page's sentence a day off
(a fire late on the 14th where it happened, early on the 15th in UTC) is
that happening, told across midnight -- not whatever the other page's only
sentence of its own day tells (the mourning declared on the 15th), which it
shares nothing with. Joined to the mourning first on the story's day alone,
the fire's second source could no longer reach the fire: the page's two
sentences on two days are two happenings. Evidence a day off now comes
before the story's day alone, and the disagreement is flagged. Pages
written for this test (an invented market fire)."""

from __future__ import annotations

from .records import documents_of, merge_documents

PAGES = {
    "es": (
        "El 14 de marzo por la noche, un incendio arrasó el mercado de Sinkor, en Monrovia. "
        "El 15 de marzo, el Gobierno decretó tres días de luto nacional."
    ),
    "en": "A fire destroyed Monrovia's Sinkor market early on March 15, officials said.",
}


def test_the_fire_told_across_midnight_is_one_event():
    docs = documents_of(PAGES, "fire", "2025-03-17", story="sinkor-fire")
    events = merge_documents(docs).finalize()["events"]
    (fire,) = [e for e in events if any("incendio" in s["quote"] for s in e["sources"])]
    assert sorted(s["doc_id"] for s in fire["sources"]) == ["fire-en", "fire-es"]
    assert any(f["kind"] == "date_conflict" for f in fire["flags"])
    (mourning,) = [e for e in events if any("luto" in s["quote"] for s in e["sources"])]
    assert [s["doc_id"] for s in mourning["sources"]] == ["fire-es"]
