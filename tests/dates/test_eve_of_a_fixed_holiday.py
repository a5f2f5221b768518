"""The eve of a fixed holiday is the day before it, whatever the language:
Thai "คริสต์มาสอีฟ" (with or without "วัน"/"คืน" in front) is 24 December,
not Christmas Day (a bug: the table once read "วันคริสต์มาส(อีฟ)?" as the 25th);
German "Silvester", Italian "San Silvestro" / "vigilia di Capodanno" and
Portuguese "véspera de Ano-Novo" are 31 December, and the day after them
1 January. Sentences invented; published 2026-01-05."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, "2026-01-05")]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("th", "ตำรวจเตรียมกำลังในคืนวันคริสต์มาสอีฟ", [("คืนวันคริสต์มาสอีฟ", "2025-12-24")]),
        ("th", "ห้างเปิดถึงเที่ยงคืนในคริสต์มาสอีฟ", [("คริสต์มาสอีฟ", "2025-12-24")]),
        ("th", "ตลาดปิดในวันคริสต์มาส", [("วันคริสต์มาส", "2025-12-25")]),
        ("de", "An Silvester war die Polizei im Großeinsatz.", [("Silvester", "2025-12-31")]),
        ("de", "In der Silvesternacht brannten drei Autos.", [("Silvesternacht", "2025-12-31")]),
        (
            "it",
            "La notte di San Silvestro i vigili del fuoco sono intervenuti 200 volte.",
            [("La notte di San Silvestro", "2025-12-31")],
        ),
        ("it", "Il museo resta chiuso il giorno di Capodanno.", [("il giorno di Capodanno", "2026-01-01")]),
        ("pt", "Na véspera de Ano-Novo houve 40 acidentes.", [("véspera de Ano-Novo", "2025-12-31")]),
        ("pt", "O metrô funciona normalmente no dia de Ano Novo.", [("dia de Ano Novo", "2026-01-01")]),
        ("en", "Crews were called out 300 times on New Year's Eve.", [("New Year's Eve", "2025-12-31")]),
    ],
)
def test_eve_of_a_fixed_holiday(lang, text, expected):
    assert found(text, lang) == expected
