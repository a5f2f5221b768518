"""A live blog's entry that names a day only as the day of a happening it
counts from ("The first helicopter to reach the camp since Sunday's
landslide has landed", "depuis l'éboulement de dimanche", "desde el
deslizamiento del domingo") still tells its heading's day: that day was
read as the entry's own, and the entry was dated Sunday only (held-out
story18's 09:25 entry). An entry whose day is its own ("Sunday's landslide
killed four") keeps it alone. All pages written for these tests;
publication Tuesday 10 September 2024."""

from __future__ import annotations

import pytest

from .records import extract_from_text

PUB = "2024-09-10"


def dates_of(text, lang, quote):
    a = text.index(quote)
    return sorted(e.date for e in extract_from_text(text, lang, PUB) if e.start <= a < e.end)


@pytest.mark.parametrize(
    "text, lang, quote",
    [
        (
            "Live: Storm in the Alps\nTuesday, September 10\n"
            "09:25 The first convoy to reach Zermatt since Sunday's rockfall arrived with food.\n",
            "en",
            "The first convoy to reach Zermatt",
        ),
        (
            "En direct : tempête dans les Alpes\nMardi 10 septembre 2024\n"
            "9h25 Le premier convoi arrivé à Zermatt depuis l'éboulement de dimanche "
            "a livré des vivres.\n",
            "fr",
            "Le premier convoi",
        ),
        (
            "En directo: temporal en los Alpes\nMartes 10 de septiembre de 2024\n"
            "09:25 h El primer convoy que llega a Zermatt desde el derrumbe del domingo "
            "ha entregado alimentos.\n",
            "es",
            "El primer convoy",
        ),
    ],
)
def test_an_entry_counting_from_a_happenings_day_is_its_headings_day(text, lang, quote):
    assert "2024-09-10" in dates_of(text, lang, quote)


def test_an_entry_whose_day_is_its_own_keeps_it_alone():
    text = (
        "Live: Storm in the Alps\nTuesday, September 10\n"
        "09:25 Sunday's rockfall near Zermatt killed two climbers, police said.\n"
    )
    assert dates_of(text, "en", "rockfall near Zermatt") == ["2024-09-08"]
