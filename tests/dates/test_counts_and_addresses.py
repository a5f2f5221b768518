"""Four-digit numbers that count things or number houses are not years.

Seen on real English pages: "1080 pixels by 1920 pixels" and "of 1909
Jolinda Drive" became events in 1920 and 1909. A counted noun after the
number makes it a count unless a word that introduces a year comes first
("In 2015 police arrested ..."); a street after it makes it a house number.
"""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2019-11-18"


def found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The screen shows 1080 pixels by 1920 pixels."),
        ("en", "Some 2000 police were deployed around the stadium."),
        ("en", "Tickets cost 1500 euros each."),
        ("en", "Officers stopped a car registered at 1909 Jolinda Drive."),
        ("en", "The office moved to 2015 Harbor View Blvd. last spring."),
        ("es", "Se desplegaron 2000 policías en la frontera."),
        ("es", "Hubo un despliegue de 2000 policías en la frontera."),
        ("fr", "Un renfort de 2000 policiers est arrivé."),
        ("fr", "Le billet coûte 1500 euros."),
    ],
)
def test_counts_and_house_numbers_are_not_years(lang, text):
    assert not any(len(v) == 4 for _, v in found(text, lang))


@pytest.mark.parametrize(
    "lang,text,year",
    [
        ("en", "In 2015 police arrested the mayor.", "2015"),
        ("en", "Since 2016 soldiers have guarded the border.", "2016"),
        ("en", "In 2014 Street artists painted the wall.", "2014"),
        ("en", "The bridge, finished in 1909, still stands.", "1909"),
        ("es", "En 2015 policías locales lo detuvieron.", "2015"),
        ("fr", "Depuis 2016 soldats et policiers patrouillent.", "2016"),
    ],
)
def test_years_before_the_same_words_stay_years(lang, text, year):
    assert (year, year) in found(text, lang)
