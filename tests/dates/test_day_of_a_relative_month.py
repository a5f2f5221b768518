"""A day written before a month counted from now -- vi "ngày 15 tháng
trước", th "วันที่ 15 เดือนนี้", en "the 15th of last month", es "el 15 del
mes pasado", fr "le 15 du mois dernier" -- is that day of that month, as zh
"上月15日" was. The Vietnamese and Thai forms were read as a count ("15
tháng trước" = fifteen months ago: a date more than a year off); a bare
count still is one. A day the month does not have gives no date; a number
without its day word or article stays out. Sentences written for these
tests; published Wednesday 2024-06-12."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-06-12"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        ("vi", "Ngày 15 tháng trước, Hội đồng nhân dân tỉnh đã họp.", ("Ngày 15 tháng trước", "2024-05-15")),
        ("vi", "Luật sẽ có hiệu lực từ ngày 1 tháng tới.", ("ngày 1 tháng tới", "2024-07-01")),
        ("th", "วันที่ 20 เดือนนี้ จะมีการประชุมสภา", ("วันที่ 20 เดือนนี้", "2024-06-20")),
        ("th", "วันที่ 15 เดือนที่แล้ว ตำรวจจับกุมผู้ต้องหา", ("วันที่ 15 เดือนที่แล้ว", "2024-05-15")),
        ("en", "The plant shut on the 15th of last month.", ("the 15th of last month", "2024-05-15")),
        ("en", "Fares rise on the 1st of next month.", ("the 1st of next month", "2024-07-01")),
        ("es", "El 15 del mes pasado se inauguró el puente.", ("El 15 del mes pasado", "2024-05-15")),
        ("es", "El plazo se abre el 20 de este mes.", ("el 20 de este mes", "2024-06-20")),
        ("fr", "Le 15 du mois dernier, la digue a cédé.", ("Le 15 du mois dernier", "2024-05-15")),
        ("fr", "Les tarifs augmentent le 1er du mois prochain.", ("le 1er du mois prochain", "2024-07-01")),
    ],
)
def test_day_of_a_relative_month(lang, text, expect):
    assert found(text, lang) == [expect]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        # a bare count stays a count
        ("vi", "15 tháng trước, ông rời công ty.", [("15 tháng trước", "2023-03")]),
        ("th", "15 เดือนที่แล้ว บริษัทขาดทุน", [("15 เดือนที่แล้ว", "2023-03")]),
        # no article before the number: the month alone
        ("es", "Unos 15 del mes pasado fueron detenidos.", [("del mes pasado", "2024-05")]),
        # no day 31 in June
        ("vi", "Ngày 31 tháng này, hội nghị bế mạc.", []),
        # no day before it: the month
        ("fr", "Les chiffres du mois dernier sont bons.", [("du mois dernier", "2024-05")]),
        ("en", "The world of tomorrow is electric.", []),
    ],
)
def test_no_day_of_a_relative_month(lang, text, expect):
    assert found(text, lang) == expect
