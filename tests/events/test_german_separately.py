"""A German sentence that says it tells another happening ("Unabhängig davon
...", "In einem anderen Fall ...") is a side happening of its day, as
"Separately, ..." and "Par ailleurs ... sans lien avec ..." are: two such
sentences of two pages meet on what they share, and neither joins its page's
story (held-out story20: a French air traffic strike told "sans lien avec
l'éruption" and in German "Unabhängig davon fielen am Montag in Frankreich ...
900 Flüge aus" stayed apart, as one was a side happening and the other not).
Pages written for this test (an invented harbour strike and, the same day, a
rail accident)."""

from __future__ import annotations

import pytest

from newsline.events.merge import _told_as_another_happening

from .records import documents_of, event_record, merge_documents


@pytest.mark.parametrize(
    "quote, want",
    [
        ("Unabhängig davon entgleiste am Dienstag ein Güterzug bei Hamm.", True),
        ("In einem anderen Fall nahm die Polizei zwei Männer fest.", True),
        ("Die Gewerkschaft hat den Streik unabhängig von der Regierung beendet.", False),
    ],
)
def test_german_openers_of_another_happening(quote, want):
    assert _told_as_another_happening(event_record("d", quote, "2025-05-13", "de")) is want


PAGES = {
    "fr": (
        "Les dockers du port de Veloria ont cessé le travail mardi pour réclamer une hausse "
        "de salaire de 8 %. Par ailleurs, un train de marchandises a déraillé mardi, sans "
        "lien avec la grève, blessant 14 cheminots."
    ),
    "de": (
        "Die Hafenarbeiter von Veloria haben am Dienstag (13. Mai) die Arbeit niedergelegt. "
        "Unabhängig davon entgleiste am Dienstag ein Güterzug, 14 Eisenbahner wurden "
        "verletzt."
    ),
}


def test_two_side_happenings_meet_and_stay_apart_from_the_story():
    docs = documents_of(PAGES, "veloria", "2025-05-14", story="veloria")
    events = [e for e in merge_documents(docs).finalize()["events"] if e["date"] == "2025-05-13"]
    # one shared thing (14 hurt): enough for two sentences told as side happenings
    derail = [e for e in events if any("14" in s["quote"] for s in e["sources"])]
    assert len(derail) == 1 and {s["lang"] for s in derail[0]["sources"]} == {"fr", "de"}
    quotes = " ".join(s["quote"] for s in derail[0]["sources"])
    assert "Hafenarbeiter" not in quotes and "dockers" not in quotes
