"""German capitalises every noun: a noun is no name to merge events on.

Seen on German pages of one story (sentences written for these tests):
every capitalised word of a sentence was a name anchor, so two sentences
of one day on different happenings -- a crane falling in Dresden, a fire
put out in Chemnitz -- met on "Straße" (street), and every sentence opening
with an article shared the name "der" or "die". A capitalised word after an
article or determiner ("die Straße", "einen Brand") is now a noun, as the
story stage already reads it, and a determiner is never a name.
"""

from __future__ import annotations

from newsline.events.anchors import sentence_anchors
from newsline.events.merge import merge_records

from .records import event_record

DAY = "2025-05-06"


def record(doc_id: str, quote: str, start: int = 0, lang: str = "de") -> dict:
    return event_record(doc_id, quote, DAY, lang, start=start, published=DAY)


def sources_per_event(events: list[dict]) -> list[set[tuple[str, int]]]:
    return [{(s["doc_id"], s["start"]) for s in e["sources"]} for e in events]


def test_nouns_after_a_determiner_and_opening_articles_are_no_names():
    a = sentence_anchors(
        "Die Feuerwehr musste in Chemnitz einen Brand in der Straße löschen.", "de"
    )
    assert "name:chemnitz" in a
    for noun in ("name:die", "name:feuerwehr", "name:brand", "name:strasse", "name:straße"):
        assert noun not in a, noun
    b = sentence_anchors("Der Oberbürgermeister Burkhard Jung stellte den Haushalt vor.", "de")
    assert {"name:burkhard", "name:jung"} <= set(b)
    assert "name:der" not in b and "name:haushalt" not in b


def test_the_same_words_in_other_languages_are_read_as_before():
    # only a language that capitalises its nouns reads them so: an English
    # sentence's "Die Hard" or "Das Kapital" are titles, names
    a = sentence_anchors("Fans queued in Leipzig for Die Hard and Das Kapital.", "en")
    assert {"name:hard", "name:kapital", "name:leipzig"} <= set(a)


def test_two_happenings_of_one_day_sharing_only_nouns_stay_apart():
    recs = [
        record(
            "a", "Oberbürgermeister Burkhard Jung hat am Dienstag den Haushalt in Leipzig vorgestellt."
        ),
        record("a", "Am Dienstag stürzte in Dresden ein Baukran auf die Straße.", start=100),
        record("b", "Der Leipziger Oberbürgermeister Burkhard Jung legte am Dienstag den Haushalt vor."),
        record(
            "b",
            "Die Feuerwehr musste am Dienstag in Chemnitz einen Brand in der Straße löschen.",
            start=100,
        ),
    ]
    got = sources_per_event(merge_records(recs))
    assert {("a", 0), ("b", 0)} in got  # the budget, told by both
    assert {("a", 100)} in got  # the crane
    assert {("b", 100)} in got  # the fire
