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
        (
            "de",
            "Das Parlament stimmte am 14. März 2024 über das Gesetz ab.",
            "14. März 2024",
            "2024-03-14",
        ),
        ("de", "Der Zug fiel am 29. August aus.", "29. August", "2024-08-29"),
        ("de", "Die Frist endete am 12.03.2023 um Mitternacht.", "12.03.2023", "2023-03-12"),
        ("de", "Im Juni 2023 begann der Prozess.", "Juni 2023", "2023-06"),
        (
            "pt",
            "O governo anunciou em 3 de março de 2024 um novo plano.",
            "3 de março de 2024",
            "2024-03-03",
        ),
        ("pt", "A votação foi em 15 de agosto.", "15 de agosto", "2024-08-15"),
        ("it", "Il 15 marzo 2023 il governo ha approvato la legge.", "15 marzo 2023", "2023-03-15"),
        (
            "id",
            "Presiden mengumumkan pada 3 Maret 2024 sebuah rencana baru.",
            "3 Maret 2024",
            "2024-03-03",
        ),
        ("ru", "Президент объявил 3 марта 2024 года о новом плане.", "3 марта 2024", "2024-03-03"),
        ("nl", "Het kabinet viel op 7 juli 2023.", "7 juli 2023", "2023-07-07"),
        (
            "pl",
            "Wybory odbyły się 15 października 2023 roku.",
            "15 października 2023",
            "2023-10-15",
        ),
        # the language's own long date format, from CLDR: year first, months as numbers...
        ("ko", "정부는 2024년 8월 29일 대책을 발표했다.", "2024년 8월 29일", "2024-08-29"),
        ("ko", "태풍은 8월 30일 상륙했다.", "8월 30일", "2024-08-30"),
        ("hu", "A kormány 2024. augusztus 29. napján döntött.", "2024. augusztus 29", "2024-08-29"),
        # ... and scripts whose month names carry marks or a prefix
        ("hi", "सरकार ने 29 अगस्त 2024 को घोषणा की।", "29 अगस्त 2024", "2024-08-29"),
        ("he", "הממשלה הודיעה ב-29 באוגוסט 2024 על התוכנית.", "29 באוגוסט 2024", "2024-08-29"),
        ("uk", "Уряд оголосив 29 серпня 2024 року про план.", "29 серпня 2024", "2024-08-29"),
        (
            "el",
            "Η κυβέρνηση ανακοίνωσε στις 29 Αυγούστου 2024 το σχέδιο.",
            "29 Αυγούστου 2024",
            "2024-08-29",
        ),
        ("ar", "أعلنت الحكومة في 29 أغسطس 2024 عن الخطة.", "29 أغسطس 2024", "2024-08-29"),
        (
            "tr",
            "Hükümet 29 Ağustos 2024 tarihinde planı açıkladı.",
            "29 Ağustos 2024",
            "2024-08-29",
        ),
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
    assert cldr.month_names("ja") is None  # writes its months "1月" (read by the Chinese table)
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


def test_month_tables_do_not_depend_on_which_language_was_read_first():
    # babel (<= 2.18) memoises the stand-alone -> format month alias in data all
    # locales share, so after Hebrew every aliased locale's stand-alone months
    # came out Hebrew (python-babel/babel#1263). A fresh process, Hebrew first:
    import subprocess
    import sys

    code = (
        "from babel.dates import get_month_names\n"
        "get_month_names('wide', 'stand-alone', 'he')\n"
        "get_month_names('abbreviated', 'stand-alone', 'he')\n"
        "from newsline.dates import tables, cldr\n"
        "names = set(tables.month_names('fr')) | set(tables.full_month_names('es'))\n"
        "names |= set(cldr.cldr_month_names('it')) | set(cldr.cldr_month_names('ru'))\n"
        "print(sorted(n for n in names if any('\\u0590' <= c <= '\\u05ff' for c in n)))\n"
        "print('март' in cldr.cldr_month_names('ru'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:2] == ["[]", "True"], out.stdout + out.stderr
