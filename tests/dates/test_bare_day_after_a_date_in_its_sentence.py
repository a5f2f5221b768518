"""A bare day told after a written date or range in its sentence is a day of
the month last named (benchmarks/data/dates/README.md, heldout6 and heldout8's
choice):

- an earlier day in a clause that goes on with the account ("cierran el 28 de
  febrero; el sorteo, el día 20"), where that day lies ahead of publication:
  it was read as the latest such day before publication, a month back;
- a later day after a range ("from July 1 to July 3 ... on the 10th"): it was
  read near publication;
- Spanish "el 10" without "día", in a clause joined to the date's ("y cerrará
  el 19", "; la calle reabre el 20"): it was not read at all. Never a shirt, a
  rank, a percentage, a list place, an article, nor the subject of the date's
  own clause ("dio como ganador el 10").

Sentences written for these tests, in styles other than the benchmark's."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text, lang, pub):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    "lang,text,pub,expected",
    [
        (
            "es",
            "Las inscripciones cierran el 28 de febrero; el sorteo, el día 20.",
            "2025-02-03",
            ("día 20", "2025-02-20"),
        ),
        (
            "fr",
            "Le festival se termine le 27 juillet ; la billetterie ferme le 20.",
            "2025-07-02",
            ("20", "2025-07-20"),
        ),
        (
            "en",
            "Applications close on March 31; interviews, on the 24th.",
            "2025-03-05",
            ("24th", "2025-03-24"),
        ),
        (
            "pt",
            "As inscrições do concurso encerram em 29 de agosto; a prova, no dia 21.",
            "2025-08-04",
            ("dia 21", "2025-08-21"),
        ),
        ("zh", "报名8月29日截止；笔试21日举行。", "2025-08-04", ("21日", "2025-08-21")),
    ],
)
def test_an_earlier_day_ahead_is_of_the_month_just_named(lang, text, pub, expected):
    assert expected in found(text, lang, pub)


def test_an_earlier_day_in_the_next_sentence_keeps_its_own_reading():
    text = "El plazo termina el 30 de junio. La domiciliación, el día 25."
    assert ("día 25", "2025-05-25") in found(text, "es", "2025-06-11")


@pytest.mark.parametrize(
    "lang,text,pub,expected",
    [
        (
            "en",
            "Exams run from July 1 to July 3 and results are published on the 10th.",
            "2025-06-11",
            ("10th", "2025-07-10"),
        ),
        (
            "pt",
            "As provas serão de 1 a 3 de julho e as notas saem no dia 10.",
            "2025-06-11",
            ("dia 10", "2025-07-10"),
        ),
    ],
)
def test_a_later_day_after_a_range_is_of_its_last_month(lang, text, pub, expected):
    assert expected in found(text, lang, pub)


@pytest.mark.parametrize(
    "text,pub,expected",
    [
        (
            "La feria abrirá sus puertas el 14 de octubre y cerrará el 19.",
            "2025-09-02",
            ("19", "2025-10-19"),
        ),
        (
            "Las obras comenzarán el 3 de marzo; la calle reabre el 20.",
            "2025-02-10",
            ("20", "2025-03-20"),
        ),
        (
            "El congreso será del 4 al 6 de mayo y las actas se publicarán el 20.",
            "2025-04-10",
            ("20", "2025-05-20"),
        ),
        (
            "El curso termina el 28 de noviembre, pero la matrícula vence el 15.",
            "2025-11-03",
            ("15", "2025-11-15"),
        ),
        (
            "El ayuntamiento cortará el agua el 5 de agosto; el suministro vuelve el 7, según el aviso.",
            "2025-07-30",
            ("7", "2025-08-07"),
        ),
    ],
)
def test_spanish_bare_el_day_after_a_date(text, pub, expected):
    assert expected in found(text, "es", pub)


@pytest.mark.parametrize(
    "text",
    [
        "El delantero lleva el 10.",
        "Su récord es el 10.",
        "El 3 de julio el club presentó a su fichaje, que lleva el 10.",
        "El 3 de julio el club presentó a su fichaje, con el 10.",
        "El 12 de mayo la inflación subió hasta el 10 %.",
        "El 12 de mayo se publicó la lista; él figura como el 10 de la lista.",
        "Según el decreto del 2 de enero, rige el artículo 10.",
        "El sorteo del 5 de mayo dio como ganador el 10.",
        "El 5 de mayo salió el 10, según la lotería.",
        "El 30 de junio termina el plazo. El 25.",
        "El 14 de abril de 2024 se inauguró; cerró el 2.",
    ],
)
def test_spanish_bare_el_number_that_is_no_day(text):
    assert [v for s, v in found(text, "es", "2025-05-20") if s.strip().isdigit()] == []
