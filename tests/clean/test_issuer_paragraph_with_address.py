"""A press release reprinted as news closes on 'About <issuer>' and the
issuer's paragraph; that paragraph often gives the issuer's web address
('… For more information, visit www.…', 'Más información en www.…',
'(www.…) is a …'). The heading was already the paragraph's subheading, yet
the paragraph itself was set aside as a promotion closing the page for its
link. Pages written for this test in English and Spanish wire styles."""

from __future__ import annotations

import pytest

from tests.clean.helpers import classify_lines

EN = [
    "Northwind Energy opens offshore wind training centre",
    "March 10, 2026 08:00 AM Eastern Daylight Time",
    "ABERDEEN, Scotland--(BUSINESS WIRE)--Northwind Energy today opened a training centre for offshore wind technicians at the Port of Aberdeen, the first of its kind in the region.",
    "The centre will train up to 400 technicians a year in turbine maintenance, sea survival and working at height, the company said in a statement on Tuesday.",
    "“Skilled people are the bottleneck of the energy transition,” said Maria Lind, chief executive of Northwind Energy. “This centre helps close that gap.”",
    "Courses start in May and are open to workers from other industries, including oil and gas, who want to retrain for renewable energy jobs.",
    "About Northwind Energy",
]
EN_TAIL = ["Media Contact", "Jane Roe", "jane.roe@northwind-energy.example"]
ES = [
    "Editorial Ebro lanza una colección de libros de viaje",
    "Zaragoza, 10 de marzo de 2026",
    "Editorial Ebro ha presentado hoy una nueva colección de guías de viaje dedicadas a los pueblos del Pirineo aragonés, con veinte títulos previstos.",
    "La colección, dirigida por la periodista Ana Sanz, combina rutas a pie con historia local y recomendaciones de alojamiento en casas rurales.",
    "Los primeros cuatro volúmenes llegarán a las librerías en abril y el resto se publicará a lo largo de los próximos dos años.",
    "Acerca de Editorial Ebro",
]
ES_TAIL = ["Contacto de prensa", "Laura Gil", "prensa@editorialebro.example"]


@pytest.mark.parametrize(
    ("head", "about", "tail"),
    [
        (
            EN,
            "Northwind Energy is a renewable power developer based in Aberdeen with 1.2 GW of wind capacity in operation. For more information, visit www.northwind-energy.example.",
            EN_TAIL,
        ),
        (
            EN,
            "Northwind Energy (www.northwind-energy.example) is a renewable power developer based in Aberdeen with 1.2 GW of wind capacity in operation across Scotland and Norway.",
            EN_TAIL,
        ),
        (
            ES,
            "Editorial Ebro es una editorial independiente fundada en 1998 en Zaragoza, con más de 600 títulos publicados. Más información en www.editorialebro.example.",
            ES_TAIL,
        ),
    ],
)
def test_the_issuers_paragraph_with_its_address_is_body(head, about, tail):
    got = classify_lines([*head, about, *tail])
    assert got[head[-1]][0] == "body", got[head[-1]]
    assert got[about][0] == "body", got[about]
    assert got[tail[-1]][0] == "navigation", got[tail[-1]]


def test_a_promotion_with_a_link_after_a_report_stays_set_aside():
    line = "Get the morning's top stories in your inbox: sign up at www.harbourtimes.example/newsletter."
    got = classify_lines([*EN[:6], line])
    assert got[line][0] != "body", got[line]
