"""A publish stamp years before a day the text reports as past, on Italian,
Portuguese, Dutch, Polish and Turkish pages ('il cantiere è stato aperto il 3
febbraio 2026' under a 2019 stamp): the tables of past and future markers
held no such language, so nothing was flagged. Plans and forecasts ('sarà
inaugurato', 'será aberta') and a stamp that fits stay unflagged. Pages
written for this test."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.dates import ResolveDates
from newsline.flags import FlagDocuments
from newsline.langid import IdentifyLanguages
from newsline.model import Document
from tests.flags.helpers import kinds, line_blocks


def flagged(text: str, published: str):
    """The page through language ID, date resolution and the flags, as the
    pipeline runs them (the dates in the text are found by the date stage)."""
    doc = Document(id="d", source="test", text=text, blocks=line_blocks(text), published=published)
    for stage in (IdentifyLanguages(), ResolveDates(), FlagDocuments()):
        stage([doc], Counter())
    return doc


PAST = {
    "it": "Il cantiere del nuovo ponte pedonale è stato aperto il 3 febbraio 2026 dopo anni di ritardi.",
    "pt": "A nova biblioteca municipal foi inaugurada em 2 de março de 2026, depois de três anos de obras.",
    "nl": "De nieuwe bibliotheek werd op 2 maart 2026 geopend na drie jaar bouwen, meldde de gemeente.",
    "pl": "Nowa biblioteka miejska została otwarta 2 marca 2026 roku po trzech latach budowy.",
}
FUTURE = {
    "it": "Il nuovo ponte pedonale sarà inaugurato il 3 febbraio 2026, secondo il comune.",
    "pt": "A nova biblioteca municipal será inaugurada em 2 de março de 2026, segundo a prefeitura.",
}


@pytest.mark.parametrize("lang", sorted(PAST))
def test_a_stamp_years_before_a_past_day_is_suspect(lang):
    doc = flagged(PAST[lang], published="2019-03-14")
    assert kinds(doc, "suspect_date"), doc.flags


@pytest.mark.parametrize("lang", sorted(PAST))
def test_a_stamp_after_the_past_day_is_no_alarm(lang):
    doc = flagged(PAST[lang], published="2026-03-14")
    assert not kinds(doc, "suspect_date"), doc.flags


@pytest.mark.parametrize("lang", sorted(FUTURE))
def test_a_plan_for_a_later_day_is_no_alarm(lang):
    doc = flagged(FUTURE[lang], published="2019-03-14")
    assert not kinds(doc, "suspect_date"), doc.flags
