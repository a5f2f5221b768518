"""The date of a dateline with no agency's mark ("KAMPOT, June 3 - ...") is
when the story was filed, no happening: no event carries it. Invented text."""

from __future__ import annotations

from collections import Counter

from newsline.dates import ResolveDates
from newsline.events import ExtractEvents
from newsline.model import Document


def event_dates(text, published="2024-06-12"):
    doc = Document(id="d", source="s", text=text, lang="en", published=published)
    ResolveDates()([doc], Counter())
    ExtractEvents()([doc], Counter())
    return [e.date for e in doc.events]


def test_caps_dateline_date_is_no_event():
    text = "KAMPOT, June 3 - The ferry operator suspended all crossings on Sunday after the storm."
    assert event_dates(text) == ["2024-06-02"]


def test_a_date_after_a_dash_inside_a_sentence_is_still_an_event():
    text = "The ferry resumed on June 3 - a day after the storm - carrying 200 passengers."
    assert event_dates(text) == ["2024-06-03"]
