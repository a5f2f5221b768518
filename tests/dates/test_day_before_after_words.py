"""The other words for "the day before / after" count from the date told
before, like "la veille" and "le lendemain": "le surlendemain", "l'avant-veille",
"le jour suivant / précédent / d'après", "el día anterior / previo", "the
previous day", "the day after". Followed by a happening ("le jour suivant
l'élection", "el día anterior a la votación", "the day after the vote") they
are its eve or morrow, whose date is not told: no date."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2022-03-18"


def values(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,span,value",
    [
        (
            "fr",
            "Le barrage a cédé le 9 mars. Le surlendemain, les secours ont atteint le village.",
            "Le surlendemain",
            "2022-03-11",
        ),
        (
            "fr",
            "Le scrutin s'est tenu le 13 février. L'avant-veille, deux candidats s'étaient retirés.",
            "L'avant-veille",
            "2022-02-11",
        ),
        (
            "fr",
            "La grève a commencé le 2 mars. Le jour suivant, les trains se sont arrêtés.",
            "Le jour suivant",
            "2022-03-03",
        ),
        (
            "fr",
            "Le port a rouvert le 7 mars ; le jour précédent, un cargo s'était échoué.",
            "le jour précédent",
            "2022-03-06",
        ),
        (
            "fr",
            "Les pluies ont cessé le 5 mars. Le jour d’après, la route était dégagée.",
            "Le jour d’après",
            "2022-03-06",
        ),
        (
            "es",
            "La cosecha se perdió el 4 de marzo. El día anterior había granizado en toda la comarca.",
            "El día anterior",
            "2022-03-03",
        ),
        (
            "es",
            "El juicio empezó el 1 de marzo. El día previo, la defensa pidió un aplazamiento.",
            "El día previo",
            "2022-02-28",
        ),
        (
            "en",
            "The ferry sank on March 6. The previous day, the coastguard had warned of gales.",
            "The previous day",
            "2022-03-05",
        ),
        (
            "en",
            "The ferry sank on March 6, and the captain was detained the day after.",
            "the day after",
            "2022-03-07",
        ),
    ],
)
def test_counts_from_the_date_told_before(lang, text, span, value):
    assert (span, value) in values(text, lang)


@pytest.mark.parametrize(
    "lang,text,span",
    [
        # the eve or morrow of a happening named next: its day is not told
        ("fr", "Le barrage a cédé le 9 mars. Le jour suivant l'inondation, l'eau a baissé.", "Le jour suivant"),
        ("fr", "Le barrage a cédé le 9 mars. Le jour précédent la crue, il pleuvait.", "Le jour précédent"),
        ("fr", "Le barrage a cédé le 9 mars. Le surlendemain du drame, l'eau a baissé.", "Le surlendemain"),
        ("es", "La cosecha se perdió el 4 de marzo. El día anterior a la tormenta hizo sol.", "El día anterior"),
        ("en", "The ferry sank on March 6. The day after the storm, divers reached it.", "The day after"),
        # nothing told before: no date to count from
        ("fr", "Le jour suivant, les trains se sont arrêtés.", "Le jour suivant"),
        ("es", "El día anterior había granizado.", "El día anterior"),
        ("en", "The previous day, the coastguard had warned of gales.", "The previous day"),
        # "the day after tomorrow" stays the deictic day, counted from publication
        ("en", "The ferry sank on March 6. The day after tomorrow, divers will reach it.", "The day after"),
    ],
)
def test_no_date(lang, text, span):
    assert span not in [s for s, _ in values(text, lang)]


def test_day_after_tomorrow_still_counts_from_publication():
    text = "The ferry sank on March 6. The day after tomorrow, divers will reach it."
    assert ("The day after tomorrow", "2022-03-20") in values(text, "en")
