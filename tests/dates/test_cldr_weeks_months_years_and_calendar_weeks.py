"""This, last and next week, month and year in the languages read through
CLDR ("letzte Woche", "bulan lalu", "в следующем году", "지난달", "mês
passado": cldr.relative_unit_words, from the locale data's relative fields,
their abbreviations left out), not where a weekday or a part of a year takes
the words ("다음 주 화요일", "다음 달 5일", "kuartal pertama tahun ini"); German calendar weeks
("KW 15", "Kalenderwoche 22/2030") as the tables' numbered ISO weeks, not "15
kW"; en a company's results on a calendar ("which reports earnings on
Thursday") and fr "la rentrée de septembre" (heldout18). Sentences written
for these tests; published Wednesday 2031-10-15."""

from __future__ import annotations

import pytest

from newsline.dates import cldr
from newsline.dates.engine import resolve_dates

PUB = "2031-10-15"


def found(text, lang, pub=PUB):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("id", "Harga beras naik sejak awal bulan lalu.", [("bulan lalu", "2031-09", None)]),
        ("id", "Pabrik baru dibuka tahun depan.", [("tahun depan", "2032", None)]),
        ("de", "Die Gewerkschaft streikte letzte Woche.", [("letzte Woche", "2031-10-06", "2031-10-12")]),
        ("ru", "Завод откроется в следующем году.", [("в следующем году", "2032", None)]),
        ("ko", "지난달 말 기준 실업률은 3%였다.", [("지난달", "2031-09", None)]),
        ("pt", "As vendas caíram no mês passado.", [("mês passado", "2031-09", None)]),
        ("it", "Il ponte è stato chiuso il mese scorso.", [("mese scorso", "2031-09", None)]),
        # the weekday takes its week word; the part of a year its year word
        ("ko", "다음 주 수요일에 선거가 열린다.", [("다음 주 수요일", "2031-10-22", None)]),
        ("ko", "새 제도는 다음 달 5일부터 시행된다.", [("다음 달 5일", "2031-11-05", None)]),
        ("id", "Pada kuartal ketiga tahun ini, ekspor naik.", [("kuartal ketiga tahun ini", "2031-07", "2031-09")]),
        ("de", "In KW 44 ist die Strecke gesperrt.", [("KW 44", "2031-10-27", "2031-11-02")]),
        ("de", "Die Lieferung folgt in Kalenderwoche 3/2032.", [("Kalenderwoche 3/2032", "2032-01-12", "2032-01-18")]),
        ("en", "Shares of the lender, which reports earnings on Friday, rose 2%.", [("Friday", "2031-10-17", None)]),
    ],
)
def test_read(lang, text, want):
    assert found(text, lang) == want


def test_fr_month_of_the_school_year_opening():
    # told in spring: the coming September
    text = "La réforme entrera en vigueur à la rentrée de septembre."
    assert found(text, "fr", "2031-04-15") == [("septembre", "2031-09", None)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Der Motor leistet 15 kW."),
        # a count before the word: a length of time (tables.COUNT_BEFORE_UNIT_CLDR)
        ("id", "Harga beras naik dua minggu lalu."),
        ("id", "Banjir terjadi 3 bulan lalu."),
        ("pt", "Vendas deste ano."),  # "deste ano" is no "este ano" (a part of a word)
        ("en", "The lender reported earnings on a weekly basis."),
    ],
)
def test_not_read(lang, text):
    assert found(text, lang) == []


def test_abbreviations_left_out():
    words = cldr.relative_unit_words("id") or {}
    assert "bulan lalu" in words and "bln lalu" not in words
    words = cldr.relative_unit_words("ru") or {}
    assert "в прошлом году" in words and "в пр г" not in words
