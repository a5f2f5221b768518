"""A date conflict lists each source's date as the source gives it: a night
between two days ("la noche del sábado al domingo") is the span of both, and
was listed by its first day alone -- "2025-11-01 (1 source)" twice, beside
the day it agrees with and the day that disagrees. The span is shown whole.
Sentences written for this test (an invented mayor)."""

from __future__ import annotations

from newsline.events.merge import merge_records

from .records import event_record


def rec(doc_id, quote, date, lang, end_date=None):
    return event_record(doc_id, quote, date, lang, end_date=end_date, story="mayor")


def test_a_night_span_is_shown_whole_in_a_conflict():
    events = merge_records(
        [
            rec("en", "Mayor Ilse Varga of Tordan was arrested early on Sunday.", "2025-11-02", "en"),
            rec("pt", "A prefeita Ilse Varga, de Tordan, foi presa no sábado.", "2025-11-01", "pt"),
            rec(
                "es",
                "La alcaldesa de Tordan, Ilse Varga, fue detenida la noche del sábado al domingo.",
                "2025-11-01",
                "es",
                end_date="2025-11-02",
            ),
        ]
    )
    assert len(events) == 1
    (flag,) = [f for f in events[0]["flags"] if f["kind"] == "date_conflict"]
    assert "2025-11-01 – 2025-11-02 (1 source)" in flag["reason"]
    assert flag["reason"].count("2025-11-01 (1 source)") == 1


def test_days_alone_are_shown_as_before():
    events = merge_records(
        [
            rec("en", "Mayor Ilse Varga of Tordan was arrested on Sunday.", "2025-11-02", "en"),
            rec("fr", "La maire de Tordan, Ilse Varga, a été arrêtée dimanche.", "2025-11-02", "fr"),
            rec("pt", "A prefeita Ilse Varga, de Tordan, foi presa no sábado.", "2025-11-01", "pt"),
        ]
    )
    (flag,) = [f for e in events for f in e["flags"] if f["kind"] == "date_conflict"]
    assert flag["reason"] == (
        "sources disagree on the date: 2025-11-02 (2 sources), 2025-11-01 (1 source)"
    )
