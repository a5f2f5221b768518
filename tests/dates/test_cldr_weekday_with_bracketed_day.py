"""A weekday with its day in brackets, as Indonesian, Brazilian and German
news write a recent or coming day: "Kamis (6/3)", "Selasa (4/3)", "nesta
terça-feira (11)", "no domingo (16)", "am Freitag (14.3.)". These languages
are read through CLDR, which knew only dates with a month name or a year, so
the most common dating of their news was missed. The year (or, for a bare
day, the month) is the one near publication in which the day falls on that
weekday; a day that falls on it nowhere near gives no date (these languages
read no weekday alone). Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-03-14"  # a Friday


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "text,lang,span,value",
    [
        ("Pada Kamis (6/3), hakim menunda sidang.", "id", "Kamis (6/3)", "2025-03-06"),
        (
            "Banjir merendam rumah warga di Bekasi, Selasa (4/3).",
            "id",
            "Selasa (4/3)",
            "2025-03-04",
        ),
        ("Putusan dibacakan Kamis (20/3) mendatang.", "id", "Kamis (20/3)", "2025-03-20"),
        (
            "O julgamento foi retomado nesta terça-feira (11).",
            "pt",
            "terça-feira (11)",
            "2025-03-11",
        ),
        ("A partida será disputada no domingo (16).", "pt", "domingo (16)", "2025-03-16"),
        (
            "O IBGE divulgou na quinta-feira (13/3) a inflação.",
            "pt",
            "quinta-feira (13/3)",
            "2025-03-13",
        ),
        ("Die Zahlen kamen am Freitag (14.3.) heraus.", "de", "Freitag (14.3.)", "2025-03-14"),
        ("Il processo è ripreso martedì (11) a Roma.", "it", "martedì (11)", "2025-03-11"),
    ],
)
def test_weekday_and_bracketed_day(text, lang, span, value):
    assert (span, value) in found(text, lang)


def test_a_day_that_is_not_that_weekday_gives_no_date():
    # March 7 2025 is a Friday, no Wednesday; no 30th is a Monday near March 14
    assert found("Rapat digelar Rabu (7) lalu.", "id") == []
    assert found("O jogo de segunda-feira (30) foi adiado.", "pt") == []


def test_a_bracketed_full_date_stays_one_date():
    assert ("10/3/2025", "2025-03-10") in found("Sidang digelar pada Senin (10/3/2025).", "id")
