"""A bare year after a word that makes it a time, in languages read through
CLDR: pt "Em 2023", "desde 2020", it "dal 2019", "nell'anno 2023" (not
"Nel 2023": an older test holds "Nel 2019 il paese ..." to be no date), de "Im Jahr 2023", "Seit
2020", id "Pada 2023", "tahun 2023" were not read (CLDR has no words to tell
a year from a count). Not a count: a counted noun after the number ("em 2023
pessoas", "pada 2023 orang", "bis 2030 Euro"), a decimal ("nel 2023,5"), or
a number with no such word before it. Pages written for these tests;
published 2025-08-04."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2025-08-04"


def found(text, lang):
    return [(text[m.start : m.end], m.value, m.granularity) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    ("lang", "text", "year"),
    [
        ("pt", "Em 2023, a empresa faturou mais do que nunca.", "2023"),
        ("pt", "A fábrica está fechada desde 2020.", "2020"),
        ("it", "Nell'anno 2023 la società ha raddoppiato gli utili.", "2023"),
        ("it", "Il cantiere è aperto dal 2019.", "2019"),
        ("de", "Im Jahr 2023 hat die Firma mehr verdient.", "2023"),
        ("de", "Seit 2020 wächst die Stadt.", "2020"),
        ("id", "Pada 2023, perusahaan itu mencetak laba.", "2023"),
        ("id", "Jembatan itu dibangun pada tahun 1998.", "1998"),
    ],
)
def test_a_year_after_its_cue(lang, text, year):
    assert found(text, lang) == [(year, year, "year")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "A enchente afetou em 2023 pessoas, segundo a Defesa Civil."),
        ("id", "Banjir berdampak pada 2023 orang di tiga desa."),
        ("de", "Die Firma zahlte seit 2020 Euro Miete im Monat."),
        ("it", "L'indice è salito dal 2023,5 per cento dei casi."),
        ("de", "Der Verein hat 2023 Mitglieder."),
        ("pt", "O clube tem 2023 sócios."),
    ],
)
def test_a_count_is_no_year(lang, text):
    assert found(text, lang) == []


def test_a_written_date_keeps_its_year():
    text = "Am 3. März 2023 wurde gewählt."
    assert found(text, "de") == [("3. März 2023", "2023-03-03", "day")]
