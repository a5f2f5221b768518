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


ES_LIVE = [
    "EN DIRECTO | Temporal en la costa: última hora de la borrasca",
    "Actualizado a las 18:42",
    "18:42",
    (
        "Protección Civil ha pedido a los vecinos de las zonas bajas del litoral que no salgan de "
        "casa hasta que pase el temporal, previsto para la medianoche."
    ),
    "18:15",
    (
        "Más de 40.000 hogares siguen sin electricidad en las comarcas del norte, según la "
        "compañía eléctrica, que no enviará cuadrillas hasta que amaine el viento."
    ),
    "17:50",
    "Claves del temporal",
    "Rachas de viento de hasta 140 km/h en el litoral",
    "Dos carreteras de la costa y la línea de tren cortadas",
    "Los colegios de tres comarcas cerrarán el lunes",
    "17:30",
    (
        "La Agencia de Meteorología ha ampliado el aviso rojo por viento hasta la medianoche. "
        '"No viajen salvo que sea imprescindible", ha pedido su portavoz.'
    ),
]


def test_a_live_page_keeps_its_summary_its_last_entry_and_its_headline():
    got = classify_lines(ES_LIVE)
    assert got[ES_LIVE[0]][0] == "title", got[ES_LIVE[0]]
    for x in ES_LIVE[7:11] + ES_LIVE[12:]:
        assert got[x][0] == "body", (x, got[x])


def test_a_live_video_teaser_inside_the_text_stays_a_teaser():
    b = BODY["es"]
    teaser = "EN DIRECTO | Sigue la rueda de prensa del alcalde"
    got = classify_lines([b[0], b[1], teaser, b[2], b[3]])
    assert got[teaser][0] == "related", got[teaser]
