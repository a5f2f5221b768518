"""Languages without date tables still get the dates they write out in full,
read with CLDR's month names and numeric date order (dates/cldr.py). The
sentences are written for these tests in the style of German, Portuguese,
Italian, Indonesian, Russian, Dutch and Polish news."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates
from newsline.model import Document
from newsline.settings import DateSettings

PUB = "2024-09-02"


def found(text, lang, published=PUB, settings=None):
    return [
        (text[m.start : m.end], m.value, m.end_value)
        for m in resolve_dates(text, lang, published, settings=settings)
    ]


@pytest.mark.parametrize(
    "lang,text,span,value",
    [
        ("de", "Das Parlament stimmte am 14. März 2024 über das Gesetz ab.", "14. März 2024", "2024-03-14"),
        ("de", "Der Zug fiel am 29. August aus.", "29. August", "2024-08-29"),
        ("de", "Die Frist endete am 12.03.2023 um Mitternacht.", "12.03.2023", "2023-03-12"),
        ("de", "Im Juni 2023 begann der Prozess.", "Juni 2023", "2023-06"),
        ("pt", "O governo anunciou em 3 de março de 2024 um novo plano.", "3 de março de 2024", "2024-03-03"),
        ("pt", "A votação foi em 15 de agosto.", "15 de agosto", "2024-08-15"),
        ("it", "Il 15 marzo 2023 il governo ha approvato la legge.", "15 marzo 2023", "2023-03-15"),
        ("id", "Presiden mengumumkan pada 3 Maret 2024 sebuah rencana baru.", "3 Maret 2024", "2024-03-03"),
        ("ru", "Президент объявил 3 марта 2024 года о новом плане.", "3 марта 2024", "2024-03-03"),
        ("nl", "Het kabinet viel op 7 juli 2023.", "7 juli 2023", "2023-07-07"),
        ("pl", "Wybory odbyły się 15 października 2023 roku.", "15 października 2023", "2023-10-15"),
    ],
)
def test_written_out_dates(lang, text, span, value):
    assert (span, value, None) in found(text, lang)


def test_days_of_one_month_make_a_range():
    assert found("Das Festival läuft vom 3.–5. Mai 2024.", "de") == [
        ("3.–5. Mai 2024", "2024-05-03", "2024-05-05")
    ]


def test_the_sentence_period_after_a_month_is_not_part_of_it():
    assert found("Die Wahl ist am 3. Mai.", "de", "2024-05-10") == [("3. Mai", "2024-05-03", None)]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("de", "Rund 10.000 Menschen und 2000 Polizisten waren im Einsatz."),  # counts
        ("de", "Um 5 im Mai gepflanzte Bäume."),  # no day before the month
        ("pt", "O mar 2024 estava calmo."),  # an abbreviation alone is no month
        ("de", "Die Adresse 10.1.1.2024 war gesperrt."),  # dotted numbers that run on
        ("it", "Nel 2019 il paese ha vissuto una crisi."),  # a bare year may be a count
    ],
)
def test_not_dates(lang, text):
    assert found(text, lang) == []


def test_languages_with_tables_and_digit_months_are_not_read_here():
    from newsline.dates import cldr

    assert cldr.month_names("en") is None  # has tables of its own
    assert cldr.month_names("ja") is None  # writes its months "1月"
    assert cldr.month_names("xx-nonsense") is None


def test_the_fallback_can_be_turned_off():
    text = "Das Parlament stimmte am 14. März 2024 über das Gesetz ab."
    assert found(text, "de", settings=DateSettings(cldr_fallback=False)) == []


def test_dates_stage_reads_a_german_page():
    from collections import Counter

    from newsline.dates.stage import ResolveDates

    doc = Document(id="d", source="s", text="Der Bundestag stimmte am 14. März 2024 ab.", lang="de")
    ResolveDates()([doc], Counter())
    assert [(m.value, m.kind) for m in doc.dates] == [("2024-03-14", "absolute")]
