"""An ordinal weekday of a named month ("the fourth Thursday in November",
"el último domingo de mayo", "le deuxième dimanche de juin") is that day,
its year read as a year-less date's; a weekday of every month names no one
day. Sentences invented; published Wednesday 2026-03-11."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2026-03-11"


def _read(text: str, lang: str):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,span,value",
    [
        (
            "en",
            "Thanksgiving falls on the fourth Thursday in November 2026.",
            "fourth Thursday in November 2026",
            "2026-11-26",
        ),
        (
            "en",
            "The primary is held on the first Tuesday of June.",
            "first Tuesday of June",
            "2026-06-02",
        ),
        # told in the past: the last one
        (
            "en",
            "The last Friday of February was a bank holiday.",
            "last Friday of February",
            "2026-02-27",
        ),
        (
            "es",
            "Las elecciones serán el último domingo de mayo.",
            "último domingo de mayo",
            "2026-05-31",
        ),
        (
            "fr",
            "Le scrutin aura lieu le deuxième dimanche de juin 2026.",
            "deuxième dimanche de juin 2026",
            "2026-06-14",
        ),
    ],
)
def test_nth_weekday_of_a_month(lang, text, span, value):
    assert (span, value) in _read(text, lang)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The council meets on the first Tuesday of every month."),
        ("fr", "Le marché a lieu le premier samedi de chaque mois."),
    ],
)
def test_a_weekday_of_every_month_is_no_date(lang, text):
    assert _read(text, lang) == []
