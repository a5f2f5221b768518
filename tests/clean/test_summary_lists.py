"""The article's own summary, a list of short facts under 'Key points', 'Lo
que sabemos' or 'L'essentiel' inside the text (live blogs and explainers put
one between entries): its items were taken for navigation, as lines too short
for prose that no paragraph follows. Pages written for this test."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines

SUMMARIES = {
    "en": (
        "Key points",
        [
            "Storm Imelda made landfall at about 3pm with gusts of up to 90 mph",
            "Two coastal roads and the main rail line north are closed",
            "Schools in three counties will stay shut on Monday",
        ],
    ),
    "fr": (
        "L'essentiel",
        [
            "Le chantier du parc central commence début juillet",
            "Les travaux doivent durer environ six mois",
            "Deux entrées resteront ouvertes pendant le chantier",
        ],
    ),
    "es": (
        "Lo que sabemos:",
        [
            "Las obras del parque empiezan a principios de julio",
            "Durarán unos seis meses según el ayuntamiento",
            "Dos accesos seguirán abiertos durante las obras",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(SUMMARIES))
def test_the_items_of_a_summary_inside_the_article_are_body(lang):
    head, items = SUMMARIES[lang]
    b = BODY[lang]
    lines = [b[0], b[1], head, *items, b[2], b[3]]
    got = classify_lines(lines)
    for x in items:
        assert got[x][0] == "body", (x, got[x])
    for p in b:
        assert got[p][0] == "body", (p, got[p])


@pytest.mark.parametrize("head", ["Most read", "More from the city desk"])
def test_a_list_under_another_heading_is_not_the_article(head):
    _, items = SUMMARIES["en"]
    b = BODY["en"]
    got = classify_lines([*b, head, *items])
    for x in items:
        assert got[x][0] != "body", (x, got[x])
