"""Parts of a year the tables lacked (heldout18): es "cuatrimestre" and
"bimestre" (four and two months) of a named, this, last or next year; the
first months of last or next year ("les quatre premiers mois de l'année
dernière"); vi "quý đầu tiên của năm nay"; a quarter or half of a year in the
languages read through CLDR (pt, it, id, ru, de: tables.PART_OF_YEAR_CLDR),
only with its year or a word of this, last or next year; and a winter named
by the two years it spans (December to February), not one with one year.
Sentences written for these tests; published Tuesday 2030-09-17."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2030-09-17"


def found(text, lang, pub=PUB):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("es", "El paro bajó en el segundo cuatrimestre de 2029.", [("segundo cuatrimestre de 2029", "2029-05", "2029-08")]),
        ("es", "Las ventas del tercer bimestre del año pasado cayeron.", [("tercer bimestre del año pasado", "2029-05", "2029-06")]),
        ("es", "La recaudación del primer cuatrimestre del año creció un 3 %.", [("primer cuatrimestre del año", "2030-01", "2030-04")]),
        ("fr", "Sur les cinq premiers mois de l'année dernière, le trafic a reculé.", [("cinq premiers mois de l'année dernière", "2029-01", "2029-05")]),
        ("en", "In the first three months of next year, the plant will run at half speed.", [("first three months of next year", "2031-01", "2031-03")]),
        ("vi", "Quý đầu tiên của năm nay, doanh thu tăng 5%.", [("Quý đầu tiên của năm nay", "2030-01", "2030-03")]),
        ("pt", "No terceiro trimestre de 2029, o desemprego caiu.", [("terceiro trimestre de 2029", "2029-07", "2029-09")]),
        ("pt", "As vendas do segundo semestre do ano passado subiram.", [("segundo semestre do ano passado", "2029-07", "2029-12")]),
        ("it", "Nel secondo trimestre dell'anno scorso il PIL è cresciuto.", [("secondo trimestre dell'anno scorso", "2029-04", "2029-06")]),
        ("id", "Pada semester kedua tahun depan, pabrik akan beroperasi.", [("semester kedua tahun depan", "2031-07", "2031-12")]),
        ("id", "Ekspor kuartal III 2029 naik.", [("kuartal III 2029", "2029-07", "2029-09")]),
        ("ru", "Во втором квартале прошлого года выручка упала.", [("втором квартале прошлого года", "2029-04", "2029-06")]),
        ("de", "Im zweiten Halbjahr 2029 stieg der Absatz.", [("zweiten Halbjahr 2029", "2029-07", "2029-12")]),
        ("en", "Winter 2029-30 brought record snow.", [("Winter 2029-30", "2029-12", "2030-02")]),
        ("fr", "L'hiver 2029-2030 a été rude.", [("hiver 2029-2030", "2029-12", "2030-02")]),
        ("es", "El invierno 2029/30 fue seco.", [("invierno 2029/30", "2029-12", "2030-02")]),
        ("vi", "Mùa đông 2029-2030 rét kỷ lục.", [("Mùa đông 2029-2030", "2029-12", "2030-02")]),
        ("zh", "2029-2030年冬季降雪偏多。", [("2029-2030年冬季", "2029-12", "2030-02")]),
    ],
)
def test_parts_of_a_year(lang, text, want):
    assert found(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a part with no year: a match's, a course's, a pregnancy's as often
        ("it", "Il Milan ha dominato il primo tempo."),
        ("pt", "Ela está no primeiro trimestre da gestação."),
        ("de", "Im ersten Quartal führte das Team mit zehn Punkten."),
        ("es", "Aprobó el primer cuatrimestre de la carrera."),
        # a winter of one year: the months opening or closing it
        ("en", "Winter 2029 was cold."),
        # two years not running on: no winter
        ("en", "The winter of 2027-2030 drought."),
    ],
)
def test_no_part_of_a_year(lang, text):
    # no month read (a year alone may be: "2027-2030")
    assert all(len(value) != 7 for _, value, _ in found(text, lang))
