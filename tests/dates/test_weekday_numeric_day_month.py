"""A day and month in digits right after a weekday ("Lundi 9/3", "jeudi
(12/3)", "el martes 3/3", "on Tue 3/17") were unread: only the weekday was,
as the nearest such day, whatever the digits said. Now the digits are read
there (day first in fr and es; in English month first, day first where the
first number cannot be a month, and where both can, the order falling on the
written weekday nearest the page). Not elsewhere (a score "4/3", a share
"2/3 of"). Sentences invented; published Friday 2026-03-20."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2026-03-20"


def found(text, lang, pub=PUB):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("fr", "Lundi 9/3, la préfecture a fermé la route du col.", [("Lundi 9/3", "2026-03-09")]),
        (
            "fr",
            "Le conseil se réunira jeudi (26/3) pour voter le budget.",
            [("jeudi (26/3)", "2026-03-26")],
        ),
        (
            "es",
            "El juez citó a los acusados el martes 3/3 en la Audiencia.",
            [("martes 3/3", "2026-03-03")],
        ),
        (
            "es",
            "La huelga de taxis empezará el lunes, 23/3, en Rosario.",
            [("lunes, 23/3", "2026-03-23")],
        ),
        (
            "en",
            "Police said the man was arrested on Tue 3/17 near the depot.",
            [("3/17", "2026-03-17")],
        ),
        (
            "en",
            "Storms hit the coast on Monday 16/3, the met office said.",
            [("Monday 16/3", "2026-03-16")],
        ),
        # both numbers a month's: the order that falls on the weekday
        (
            "en",
            "The board met on Wednesday 3/4 to approve the merger.",
            [("Wednesday 3/4", "2026-03-04")],
        ),
        ("en", "Fixtures: Sat 4/4, Rovers v Albion, kick-off 3pm.", [("4/4", "2026-04-04")]),
        ("en", "Tickets go on sale on Thu 2/4 at noon.", [("2/4", "2026-04-02")]),
    ],
)
def test_weekday_with_numeric_day_month(lang, text, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "lang,text",
    [
        # a score, a share, a fraction: no weekday right before
        ("fr", "Les Bleus ont gagné 4/3 aux tirs au but."),
        ("es", "El equipo ganó 3/1 en casa."),
        ("en", "The bill passed with 2/3 of the votes."),
    ],
)
def test_no_weekday_no_date(lang, text):
    assert found(text, lang) == []


def test_share_after_weekday_is_no_date():
    text = "On Tuesday 2/3 of the members voted to strike."
    assert found(text, "en") == [("Tuesday", "2026-03-17")]
