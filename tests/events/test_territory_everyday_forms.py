"""A country as news writes it, not only as CLDR names it: CLDR's French
"Viêt Nam" is "Vietnam" in French news (held-out story12: "premier cas au
Vietnam" met no "Việt Nam"), and its "Myanmar (Burma)", "Myanmar
(Birmanie)", "Myanmar (Birmania)" are "Myanmar" or the gloss alone. Such
forms give the country's territory anchor. Sentences invented for this test.
Vietnamese writes its own names in syllables: its "Vietnam Airlines" stays
a brand, no territory."""

from __future__ import annotations

import pytest

from newsline.events.anchors import sentence_anchors
from tests.events.records import documents_of, merge_documents


@pytest.mark.parametrize(
    "text, lang, code",
    [
        ("Le Vietnam a rouvert sa frontière avec le Cambodge mardi.", "fr", "VN"),
        ("The junta in Myanmar freed 300 prisoners on Monday.", "en", "MM"),
        ("La Birmanie a libéré 300 prisonniers lundi.", "fr", "MM"),
        ("La junta de Birmania liberó el lunes a 300 presos.", "es", "MM"),
        ("La giunta del Myanmar ha liberato lunedì 300 prigionieri.", "it", "MM"),
    ],
)
def test_everyday_form_gives_the_territory(text, lang, code):
    assert f"geo:{code}" in sentence_anchors(text, lang)


def test_a_vietnamese_brand_is_no_territory():
    anchors = sentence_anchors("Hãng Vietnam Airlines mở đường bay mới tới Perth.", "vi")
    assert "geo:VN" not in anchors


def test_the_country_written_two_ways_joins_one_event():
    # no number, no other name in common, no story: the country is the link
    pages = {
        "fr": "Le Myanmar a libéré des prisonniers politiques le 4 janvier, jour de fête nationale.",
        "en": "Burma freed political prisoners on January 4, its independence day.",
    }
    merged = merge_documents(documents_of(pages, "amnesty", "2031-01-05"))
    events = merged.finalize()["events"]
    assert len([e for e in events if e["date"] == "2031-01-04"]) == 1
