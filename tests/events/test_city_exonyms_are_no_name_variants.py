"""A city each page writes in its own language ("Lisboa" in Spanish,
"Bucarest" in French, "Lisbon" and "Bucharest" in English; CLDR's exemplar
cities) is one place the merge already reads alike -- and no spelling
variant to flag: a reader told "lisboa / lisbon" are two spellings of one
name would look for a typo there is none of. A name spelled two ways
("Kowalczyk" / "Kowalcyk") still is flagged.
Pages written for this test (invented happenings)."""

from __future__ import annotations

from .records import documents_of, merge_documents

PAGES = {
    "en": (
        "Health ministers met in Lisbon on May 6 and agreed on a shared vaccine stock, "
        "said commissioner Anna Kowalczyk."
    ),
    "es": (
        "Los ministros de Sanidad se reunieron en Lisboa el 6 de mayo y acordaron una reserva "
        "común de vacunas, dijo la comisaria Anna Kowalcyk."
    ),
    "fr": (
        "Réunis à Lisbonne le 6 mai, les ministres de la Santé ont approuvé une réserve commune "
        "de vaccins, a indiqué la commissaire Anna Kowalczyk."
    ),
}


def test_an_exonym_is_no_name_variant_and_a_misspelling_is():
    docs = documents_of(PAGES, "vaccines", "2025-05-07")
    events = merge_documents(docs).finalize()["events"]
    (event,) = [e for e in events if e["date"] == "2025-05-06"]
    assert len(event["sources"]) == 3
    reasons = " ".join(f["reason"] for f in event["flags"] if f["kind"] == "name_variant")
    assert "lisboa" not in reasons and "lisbonne" not in reasons
    assert "kowalcyk" in reasons
