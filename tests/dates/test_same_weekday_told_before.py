""" "El mismo lunes" ("that same Monday") is the day just told only when that
day is a Monday; with another day told in between ("reanudó el lunes ... el
ataque, detectado el martes ... El mismo lunes, siete personas murieron") it
is the last Monday told, and with no Monday told at all it is not read as
the wrong day (held-out story17 dated the crash by the Tuesday between).
Pages written for this test, on other happenings."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2031-10-16"  # a Thursday


def values(text, lang="es", published=PUB):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, published)]


# a match on Sunday, a coach sacked on Tuesday, then "that same ..."
MATCH_THEN_SACKING = (
    "La selección ganó el domingo en Quito ante Paraguay. El seleccionador fue destituido "
    "el martes por la federación. "
)


@pytest.mark.parametrize(
    "text, surface, day",
    [
        # the Sunday told before the Tuesday, not the Tuesday
        (
            MATCH_THEN_SACKING + "Ese mismo domingo, la policía detuvo a veinte hinchas.",
            "Ese mismo domingo",
            "2031-10-12",
        ),
        # the day just told when it is that weekday
        (
            (
                "El juicio contra el exalcalde se abrió el lunes 6 de octubre en Cuenca. "
                "Ese mismo lunes, sus abogados pidieron la nulidad del proceso."
            ),
            "Ese mismo lunes",
            "2031-10-06",
        ),
        # "the same day" with no weekday: the day just told, as before
        (
            MATCH_THEN_SACKING + "Ese mismo día, la policía detuvo a veinte hinchas.",
            "Ese mismo día",
            "2031-10-14",
        ),
    ],
)
def test_that_same_weekday(text, surface, day):
    assert dict(values(text))[surface] == day


def test_no_weekday_told_is_not_read_as_another_day():
    # 4 March 2031 is a Tuesday: "that same Monday" cannot be it
    text = (
        "La feria del libro abrió el 4 de marzo en Rosario. Aquel mismo lunes, cerró la biblioteca."
    )
    assert dict(values(text)).get("Aquel mismo lunes") != "2031-03-04"
