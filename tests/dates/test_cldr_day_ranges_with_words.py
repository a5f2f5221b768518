"""Days of one month joined by a word in languages read through CLDR ("de 3
a 5 de março", "dal 3 al 5 marzo", "vom 3. bis 5. März", "с 3 по 5 марта",
"3 hingga 5 Maret", "van 3 tot 5 maart") are one range, as "3-5 de maio"
was: only the second day was read, and a flood of three days became its last
day. A count before a month ("3 a 5 pessoas em 5 de março") is no range.
Lines written for these tests (CLDR_RANGE_SEP)."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text, lang):
    return [
        (text[m.start : m.end], m.value, m.end_value)
        for m in resolve_dates(text, lang, "2025-03-14")
    ]


@pytest.mark.parametrize(
    "text,lang,span",
    [
        ("As chuvas de 3 a 5 de março fecharam escolas.", "pt", "3 a 5 de março"),
        ("Le piogge dal 3 al 5 marzo hanno chiuso le scuole.", "it", "3 al 5 marzo"),
        ("Der Regen vom 3. bis 5. März schloss Schulen.", "de", "3. bis 5. März"),
        ("Дожди с 3 по 5 марта закрыли школы.", "ru", "3 по 5 марта"),
        ("Hujan deras 3 hingga 5 Maret menutup sekolah.", "id", "3 hingga 5 Maret"),
        ("De regen van 3 tot 5 maart sloot scholen.", "nl", "3 tot 5 maart"),
    ],
)
def test_day_ranges_joined_by_a_word(text, lang, span):
    assert (span, "2025-03-03", "2025-03-05") in found(text, lang)


def test_a_count_before_a_date_is_no_range():
    assert found("Foram 3 a 5 pessoas em 5 de março.", "pt") == [("5 de março", "2025-03-05", None)]
