"""A standfirst of one short sentence between the headline and the byline
("Bonn · Die Sanierung des Zentralparks soll etwa sechs Monate dauern.") is
the standfirst, the line above it the headline: the standfirst, one word
longer and too short for prose, was the longest headline-shaped line before
the first paragraph and taken for the title, the headline set aside as a
line before the article – a standfirst was told only by the paragraph right
under it. A headline ends on no full stop; the sentence under it does, and
the byline or stamp follows. Pages written for this test in a German
regional paper's, an English and a Spanish paper's styles."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines

PAGES = {
    "de": (
        "Stadt saniert Zentralpark: Arbeiten beginnen Anfang nächsten Monats",
        "Bonn · Die Sanierung des Zentralparks soll etwa sechs Monate dauern.",
        "Von Anna Schmitz",
    ),
    "en": (
        "Central park renovation to begin next month",
        "The renovation of the park will take about six months.",
        "By Jane Doe",
    ),
    "es": (
        "La renovación del parque empezará el próximo mes",
        "Las obras del parque central durarán unos seis meses en total.",
        "Por Rosa Díaz",
    ),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_line_above_a_one_sentence_standfirst_is_the_title(lang):
    head, standfirst, byline = PAGES[lang]
    got = classify_lines([head, standfirst, byline, *BODY[lang]])
    assert got[head][0] == "title", got[head]
    assert got[standfirst][0] == "body", got[standfirst]


def test_a_headline_alone_above_the_byline_stays_the_title():
    head, _, byline = PAGES["en"]
    got = classify_lines([head, byline, *BODY["en"]])
    assert got[head][0] == "title", got[head]
