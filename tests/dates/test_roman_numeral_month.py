"""A day, its month in Roman numerals and a year ("12.XI.1918", "5-V-1945",
"20/VII/1969"), as archive labels, herbarium sheets, old letters and Central
European papers write dates, is that day: day first, one separator written
twice, the numeral in capitals. A Roman numeral that is no month ("Louis
XIV", "Chapter 3.IV", "quý III/2026", a thirteenth "XIII") and a day the
month cannot hold keep no such date. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2026-06-23"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "en",
            "The herbarium sheet is stamped 12.XI.1918 in violet ink.",
            [("12.XI.1918", "1918-11-12")],
        ),
        (
            "fr",
            "La lettre, datée du 5-V-1945, a été retrouvée dans un grenier.",
            [("5-V-1945", "1945-05-05")],
        ),
        (
            "es",
            "El acta de fundación lleva la fecha 20/VII/1969 y dos firmas.",
            [("20/VII/1969", "1969-07-20")],
        ),
        (
            "vi",
            "Bức thư đề ngày 2.IX.1945 được trưng bày tại bảo tàng.",
            [("2.IX.1945", "1945-09-02")],
        ),
        # negatives: a king, a chapter, a quarter, no thirteenth month, no 30 February
        ("en", "Louis XIV reigned for 72 years.", []),
        ("en", "See section 3.IV of the appendix.", []),
        ("vi", "Quý III/2026, doanh thu tăng.", [("Quý III/2026", "2026-07")]),
        ("en", "The stamp reads 15.XIII.2020, which is no date.", []),
        ("fr", "La copie porte « 30.II.2024 », une erreur de saisie.", []),
        # mixed separators are no such date
        ("en", "Part 3.IV-1921 of the inventory.", []),
    ],
)
def test_roman_numeral_month(lang, text, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # languages without tables (read through CLDR), where the form is most common
        ("pl", "List z dnia 11.XI.1918 r. trafił do archiwum.", [("11.XI.1918", "1918-11-11")]),
        ("it", "La lettera del 2.VI.1946 è stata restaurata.", [("2.VI.1946", "1946-06-02")]),
        ("cs", "Dopis ze dne 28.X.1918 je vystaven.", [("28.X.1918", "1918-10-28")]),
        ("ru", "Письмо от 9.V.1945 г. хранится в музее.", [("9.V.1945", "1945-05-09")]),
        # negatives: no 30 February, a king and a year
        ("cs", "Dopis ze dne 30.II.1921 je padělek.", []),
        ("cs", "Karel IV. 1346 korunován", []),
    ],
)
def test_roman_numeral_month_in_languages_without_tables(lang, text, expected):
    assert found(text, lang) == expected
