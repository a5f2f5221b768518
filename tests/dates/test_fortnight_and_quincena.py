"""A fortnight is fourteen days and Spanish "una quincena" fifteen (as
French "quinze jours"): counted from now ("a fortnight ago", "dentro de una
quincena") or from the date told before ("a fortnight later"). A named one
("la primera quincena de mayo") and a duration ("for a fortnight") are not
counts. Sentences invented; published Wednesday 2025-10-15."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-10-15"


def _read(text: str, lang: str):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,span,value",
    [
        (
            "en",
            "Prices peaked a fortnight ago and have eased since.",
            "a fortnight ago",
            "2025-10-01",
        ),
        (
            "en",
            "Ministers will review the figures in a fortnight's time.",
            "in a fortnight's time",
            "2025-10-29",
        ),
        (
            "en",
            "The levee held on 3 March; a fortnight later the river burst its banks.",
            "a fortnight later",
            "2025-03-17",
        ),
        (
            "en",
            "The mill closed on 3 March, and a fortnight earlier the owners had sold it.",
            "a fortnight earlier",
            "2025-02-17",
        ),
        (
            "es",
            "El puerto reabrirá dentro de una quincena, según la Autoridad Portuaria.",
            "dentro de una quincena",
            "2025-10-30",
        ),
        (
            "es",
            "Hace una quincena, la gasolina marcó su precio más alto del año.",
            "Hace una quincena",
            "2025-09-30",
        ),
    ],
)
def test_a_fortnight_counts_days(lang, text, span, value):
    assert (span, value, None) in _read(text, lang)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The ferry was laid up for a fortnight after the collision."),
        ("es", "Hace una quincena de años que no nevaba así en Sevilla."),
    ],
)
def test_no_count_where_a_fortnight_is_a_duration(lang, text):
    assert _read(text, lang) == []


def test_the_day_after_a_happening_still_names_none():
    # "later" takes no happening after it; "the day after the vote" does
    assert _read("The vote was held on 3 May; the day after the vote, protests began.", "en") == [
        ("3 May", "2025-05-03", None)
    ]
