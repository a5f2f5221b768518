"""The article's own summary box between the headline and the first
paragraph ('Key points', 'L'essentiel', 'Lo que sabemos' and their facts):
the same box between two paragraphs stayed body, while above the first one
it was set aside as menu lines before the article – one box, two labels by
where the page put it. The newsroom's summary is the article's text in both
places (a box the page says AI wrote is set aside wherever it stands)."""

from __future__ import annotations

import pytest

from tests.clean.helpers import classify_lines, page
from tests.clean.test_summary_lists import SUMMARIES

HEADS = {
    "en": ["Park renovation to start next month", "By Jane Doe", "March 14, 2026"],
    "fr": ["Le parc central fermé six mois pour travaux", "Par Claire Martin", "14 mars 2026"],
    "es": [
        "El parque central cerrará seis meses por obras",
        "Por Lucía Gómez",
        "14 de marzo de 2026",
    ],
}


@pytest.mark.parametrize("lang", sorted(SUMMARIES))
def test_a_summary_box_under_the_headline_is_body_as_between_paragraphs(lang):
    head, items = SUMMARIES[lang]
    above = classify_lines(page(lang, head=[*HEADS[lang], head, *items]))
    between = classify_lines(page(lang, head=HEADS[lang], mid=[head, *items]))
    for got in (above, between):
        assert got[HEADS[lang][0]][0] == "title", got[HEADS[lang][0]]
        for x in items:
            assert got[x][0] == "body", (x, got[x])


def test_another_list_under_the_headline_stays_set_aside():
    items = [
        "Council approves new bus lanes",
        "Harbour Town win the cup final",
        "Storm closes coastal roads",
    ]
    got = classify_lines(page("en", head=[*HEADS["en"], "Most read", *items]))
    for x in items:
        assert got[x][0] != "body", (x, got[x])


def test_an_ai_summary_under_the_headline_stays_set_aside():
    _, items = SUMMARIES["en"]
    got = classify_lines(page("en", head=[*HEADS["en"], "AI-generated summary", *items]))
    for x in items:
        assert got[x][0] == "metadata", (x, got[x])
