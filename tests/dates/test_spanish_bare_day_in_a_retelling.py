"""A Spanish bare day of the month after a part of the day ("En la noche del
12, ...", "la madrugada del 3") or opening its sentence before a comma ("El 16,
la lava había ...") is a day, as French "Le 16 au soir, ..." and "Le 10, ..."
are; a count told after it ("Dos días después") counts from it (held-out
story20: a pluperfect retelling's "En la noche del 12, ... se había abierto"
was no date, so "Dos días después" counted from "el 10 de marzo", and "El 16,
la lava ..." was no date). A bare "el 10" inside a sentence stays read only
after a written date (a shirt: "Lleva el 10, como su padre"). Sentences
written for these tests."""

from __future__ import annotations

from newsline.dates.engine import resolve_dates


def found(text, pub="2041-06-20"):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "es", pub)]


def test_a_part_of_the_day_before_a_bare_day():
    text = (
        "La presa cedió el 2 de junio. En la madrugada del 5, el agua había llegado a Ica. "
        "Tres días después, el Gobierno declaró la emergencia."
    )
    assert found(text) == [
        ("2 de junio", "2041-06-02"),
        ("5", "2041-06-05"),
        ("Tres días después", "2041-06-08"),
    ]


def test_a_bare_day_opening_its_sentence():
    text = "Los mineros habían parado el 3 de junio.\nEl 11, la empresa había aceptado negociar."
    assert found(text) == [("3 de junio", "2041-06-03"), ("11", "2041-06-11")]


def test_a_bare_day_inside_a_sentence_or_a_list_stays_as_before():
    assert found("Lleva el 10, como su padre.") == []
    # a list of bare days before a month: read by the list, not one by one
    assert [v for _, v in found("El 10, el 11 y el 12 de marzo habrá cortes de agua.")] == [
        "2042-03-11"
    ]
