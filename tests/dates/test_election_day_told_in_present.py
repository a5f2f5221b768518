"""An election day told in the present ("Dutch voters go to the polls on
Sunday", "Les Néerlandais votent dimanche", "Cataluña vota el domingo", "Los
chilenos acuden a las urnas el domingo") lies ahead, as other schedules in
the present do (SCHEDULED_PRESENT); it was read as last Sunday. The past
forms and the noun ("le vote dimanche") stay behind. Sentences written for
these tests; published Wednesday 2025-10-15."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-10-15"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "Dutch voters go to the polls on Sunday.", ("Sunday", "2025-10-19")),
        ("fr", "Les Néerlandais votent dimanche pour élire leurs députés.", ("dimanche", "2025-10-19")),
        ("es", "Cataluña vota el domingo en unas elecciones clave.", ("domingo", "2025-10-19")),
        ("es", "Los chilenos acuden a las urnas el domingo.", ("domingo", "2025-10-19")),
        ("es", "Cataluña vota el 14 de febrero.", ("14 de febrero", "2026-02-14")),
        ("en", "Dutch voters went to the polls on Sunday.", ("Sunday", "2025-10-12")),
        ("fr", "Les Néerlandais ont voté dimanche.", ("dimanche", "2025-10-12")),
        ("fr", "Le vote dimanche a été serré.", ("dimanche", "2025-10-12")),
        ("es", "Cataluña votó el domingo en unas elecciones clave.", ("domingo", "2025-10-12")),
    ],
)
def test_election_day(lang, text, expected):
    assert expected in found(text, lang)
