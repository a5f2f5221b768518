"""A two-digit year after a day and month ("le 19 mars 62", "el 5 de mayo de
98", "born on 5 May 98", "May 5, '98") is the year ending so nearest the
page's publication, at most ten years after it: only the day and month were
read, as a day of the publication's year. A number that counts something
after a date ("Le 5 mai 12 manifestants", "On May 5 30 people died", "el 5
de mayo, 98 personas") stays no year. Sentences written for these tests;
published 2025-03-12."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2025-03-12"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("fr", "Les accords ont été signés le 19 mars 62.", ("19 mars 62", "1962-03-19")),
        ("fr", "Les accords ont été signés le 19 mars 62 à Genève.", ("19 mars 62", "1962-03-19")),
        (
            "es",
            "El incendio ocurrió el 5 de mayo de 98 en la planta.",
            ("5 de mayo de 98", "1998-05-05"),
        ),
        ("en", "He was born on 5 May 98 in Leeds.", ("5 May 98", "1998-05-05")),
        ("en", "The plant opened on May 5, '98, records show.", ("May 5, '98", "1998-05-05")),
        ("en", "The law passed on 3 March 24, officials said.", ("3 March 24", "2024-03-03")),
    ],
)
def test_a_two_digit_year_is_the_nearest_such_year(lang, text, expected):
    assert found(text, lang) == [expected]


@pytest.mark.parametrize(
    "lang,text,surface",
    [
        ("fr", "Le 5 mai 12 manifestants ont été interpellés.", "5 mai"),
        ("en", "On May 5 30 people died.", "May 5"),
        ("es", "El 5 de mayo, 98 personas murieron.", "5 de mayo"),
        ("fr", "La réunion du 3 mars 10h30 est annulée.", "3 mars"),
    ],
)
def test_a_count_after_a_date_is_no_year(lang, text, surface):
    got = found(text, lang)
    assert [s for s, _ in got] == [surface]
    assert got[0][1][:4] in ("2024", "2025")
