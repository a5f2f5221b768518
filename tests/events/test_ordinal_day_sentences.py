"""German, Czech, Danish... write a day as an ordinal number with a period
("am 30. August"): that period ends no sentence, so an event's quote keeps
its whole sentence. Text written for these tests."""

from __future__ import annotations

from collections import Counter

from newsline.dates import ResolveDates
from newsline.events import ExtractEvents
from newsline.events.sentences import split_sentences
from newsline.model import Document


def sentences(text, lang):
    return [text[a:b].strip() for a, b in split_sentences(text, lang=lang)]


def test_an_ordinal_day_before_a_month_ends_no_sentence():
    text = "Die Bahn stellte den Verkehr am 29. und 30. August ein. Danach fuhren die Züge wieder."
    assert sentences(text, "de") == [
        "Die Bahn stellte den Verkehr am 29. und 30. August ein.",
        "Danach fuhren die Züge wieder.",
    ]


def test_a_number_ending_a_sentence_still_ends_it():
    text = "Die Mannschaft wurde Dritter mit Platz 3. Danach feierten die Fans."
    assert len(sentences(text, "de")) == 2


def test_a_german_event_quotes_its_whole_sentence():
    text = "Die Bahngesellschaft stellte den Verkehr am 30. August 2024 vollständig ein."
    doc = Document(id="d", source="s", text=text, lang="de", published="2024-09-01")
    ResolveDates()([doc], Counter())
    ExtractEvents()([doc], Counter())
    assert [(e.date, text[e.start : e.end]) for e in doc.events] == [("2024-08-30", text)]


def test_a_low_opening_quotation_mark_starts_a_sentence():
    text = "Der Minister besuchte am 2. Juni die Gebiete. „Die Lage ist sehr ernst“, sagte er."
    assert sentences(text, "de") == [
        "Der Minister besuchte am 2. Juni die Gebiete.",
        "„Die Lage ist sehr ernst“, sagte er.",
    ]
