"""Three other stories' headlines with no heading over them – a site's box
of "most read" stories kept as bare lines – between the headline and the
byline, or after the article's last paragraph, were kept as the article's
paragraphs: a list with no heading needed six lines. Where a site puts such a
box, three lines are enough when none uses the article's words. Pages written
for this test in an English regional paper's and a Spanish portal's styles."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines

BOXES = {
    "en": [
        "Council approves forty kilometres of new cycle lanes along the river after a long debate",
        "Police close the old harbour bridge for three weeks of urgent repairs to its deck",
        "Local bakery wins national prize for its sourdough bread made with heritage wheat",
    ],
    "es": [
        "La Diputación aprueba cuarenta kilómetros de carril bici junto al río tras un largo debate",
        "La Policía Local cierra el puente del puerto durante tres semanas por obras urgentes",
        "Una panadería de Triana gana el premio nacional con su pan de masa madre y trigo antiguo",
    ],
}
HEADLINES = {
    "en": "Park renovation to start next month",
    "es": "Las obras del parque central empezarán el mes que viene",
}
BYLINES = {"en": "By Jane Doe", "es": "Por Lucía Martín"}


@pytest.mark.parametrize("lang", sorted(BOXES))
def test_three_headlines_after_the_article_are_related(lang):
    lines = [HEADLINES[lang], BYLINES[lang], *BODY[lang], *BOXES[lang], "Copyright © 2026"]
    got = classify_lines(lines)
    for p in BODY[lang]:
        assert got[p][0] == "body", got[p]
    for h in BOXES[lang]:
        assert got[h][0] == "related", (h, got[h])


@pytest.mark.parametrize("lang", sorted(BOXES))
def test_three_headlines_between_headline_and_byline_are_related(lang):
    lines = [HEADLINES[lang], *BOXES[lang], BYLINES[lang], *BODY[lang]]
    got = classify_lines(lines)
    assert got[HEADLINES[lang]][0] == "title", got[HEADLINES[lang]]
    for h in BOXES[lang]:
        assert got[h][0] == "related", (h, got[h])
    for p in BODY[lang]:
        assert got[p][0] == "body", got[p]


def test_three_short_paragraphs_stay_body():
    body = BODY["en"]
    short = [
        "The work will start in May and end in the autumn.",
        "It will cost two million pounds, the council said.",
        "Residents say they are pleased with the plan.",
    ]
    got = classify_lines([HEADLINES["en"], BYLINES["en"], *body, *short])
    for p in short:
        assert got[p][0] == "body", (p, got[p])


def test_the_articles_own_points_under_the_headline_stay():
    points = [
        "Renovation of the central park will begin early next month and take about six months",
        "The children's playground will be enlarged and more trees planted along the walking paths",
        "Crews will keep noise to a minimum and provide temporary paths for pedestrians",
    ]
    got = classify_lines([HEADLINES["en"], *points, BYLINES["en"], *BODY["en"]])
    for p in points:
        assert got[p][0] != "related", (p, got[p])
