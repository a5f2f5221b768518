""" "Today" opening a sentence that says how things stand -- a feature's
contrast with the past ("Founded in 1998 ... Today, the company is the
largest supplier in the region") -- means "nowadays": no event at the
publication date. "Today" with something happening that day stays an event,
as does "Today is election day" (the day itself). Publication date: Tuesday
10 September 2024."""

from __future__ import annotations

import pytest

from .records import extract_from_text

PUB = "2024-09-10"


def events(text, lang):
    return [(e.date, text[e.start : e.end]) for e in extract_from_text(text, lang, PUB)]


# a company profile on a business site, a French regional paper's portrait,
# a Latin-American trade weekly
PROFILES = [
    (
        "en",
        (
            "Founded in 1998 as a two-person workshop in Dayton, Brightwater grew slowly. "
            "Today, the company is the largest maker of water filters in the state."
        ),
        ("1998", "Founded in 1998 as a two-person workshop in Dayton, Brightwater grew slowly."),
    ),
    (
        "fr",
        (
            "Créée en 1950 par douze éleveurs, la coopérative a failli disparaître. "
            "Aujourd'hui, elle compte 300 adhérents dans tout le département."
        ),
        ("1950", "Créée en 1950 par douze éleveurs, la coopérative a failli disparaître."),
    ),
    (
        "es",
        (
            "Fundada en 1987 por tres familias, la cooperativa creció poco a poco. "
            "Hoy, la empresa es la mayor exportadora de café de la región."
        ),
        ("1987", "Fundada en 1987 por tres familias, la cooperativa creció poco a poco."),
    ),
]


@pytest.mark.parametrize("lang,text,past", PROFILES)
def test_today_describing_how_things_stand_is_no_event(lang, text, past):
    assert events(text, lang) == [past]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Today, the plant employs 5,000 people in three countries."),
        ("en", "Today, Brightwater remains one of the few family-owned firms in Ohio."),
        ("fr", "Aujourd'hui, la ville est la deuxième du département."),
        ("es", "Hoy, la planta emplea a 400 personas."),
        ("es", "Hoy, la cooperativa cuenta con 300 socios."),
    ],
)
def test_more_states_of_today(lang, text):
    assert events(text, lang) == []


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Today, the Senate votes on the flood relief bill."),
        ("en", "Today, the minister is visiting the flooded districts."),
        ("en", "Today, the company announced that the plant is the largest in the state."),
        ("en", "Today is election day in the state of Jalisco."),
        ("en", "Today's second hearing is over, and the committee has adjourned."),
        ("en", "Today’s deal is a $50 price break from the regular price."),
        ("fr", "Aujourd'hui, le préfet a annoncé la fermeture des plages."),
        ("es", "Hoy, el presidente firmó el decreto de emergencia."),
        ("es", "Hoy, el gobierno dijo que la planta es la mayor del país."),
    ],
)
def test_today_with_a_happening_stays_an_event(lang, text):
    assert [d for d, _ in events(text, lang)] == [PUB]
