"""A bridge, square, station, school or armed unit named for a date ("pont
du 6 Octobre", "plaza del 2 de Mayo", "the October 6 Bridge", "cầu 2 Tháng
9", "ถนน 14 ตุลาคม") is a name, no date, as a street so named ("rue du
8-Mai-1945", "đường 3/2"). In French and Spanish only a month written with a
capital makes the name ("la place du 14 juillet dans l'histoire" is the
date's place in history); a year before a place word names none ("In 2019
Bridge players ..."); a Chinese date before a place word opens its clause
("3月5日广场重新开放": the square reopened on 5 March). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2026-06-23"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Un camion s'est renversé sur le pont du 15 Novembre à l'aube."),
        ("fr", "Les supporters se sont retrouvés devant la gare du 3 Mars."),
        ("fr", "Les élèves du lycée du 11 Décembre ont manifesté."),
        ("es", "Miles de personas llenaron la plaza del 5 de Febrero."),
        ("es", "El tráfico quedó cortado en el puente 24 de Agosto."),
        ("es", "La estación 18 de Marzo reabrió tras las obras."),
        ("en", "Traffic backed up across the 15 November Bridge."),
        ("en", "Police cleared the 3 March Square overnight."),
        ("en", "The 11 December Brigade said it had withdrawn."),
        ("vi", "Xe buýt bị kẹt trên cầu 19 Tháng 5 suốt hai giờ."),
        ("vi", "Hàng nghìn người đổ về quảng trường 27 tháng 7."),
        ("th", "รถติดยาวบนสะพาน 15 พฤศจิกายน"),
        ("th", "ผู้ชุมนุมเดินไปยังถนน 3 มีนาคม"),
    ],
)
def test_place_named_for_a_date_is_no_date(lang, text):
    assert found(text, lang) == []


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # the month in lower case: a date, not a name
        ("fr", "Le pont a rouvert le 15 novembre.", [("15 novembre", "2025-11-15")]),
        (
            "fr",
            "La place du 3 mars dans le calendrier électoral inquiète.",
            [("3 mars", "2026-03-03")],
        ),
        ("es", "El puente reabrió el 24 de agosto.", [("24 de agosto", "2025-08-24")]),
        # the place word after a sentence's end is no name's
        (
            "en",
            "The bridge reopened on November 15. Square footage was not given.",
            [("November 15", "2025-11-15")],
        ),
        ("vi", "Cầu thông xe ngày 19 tháng 5.", [("ngày 19 tháng 5", "2026-05-19")]),
        ("th", "สะพานเปิดวันที่ 15 พฤศจิกายน", [("วันที่ 15 พฤศจิกายน", "2025-11-15")]),
        ("zh", "广场于三月五日重新开放。", [("三月五日", "2026-03-05")]),
        ("zh", "2025年3月5日广场重新开放。", [("2025年3月5日", "2025-03-05")]),
        ("en", "In 2019 Bridge players met in Leeds.", [("2019", "2019")]),
    ],
)
def test_a_date_beside_a_place_word_stays(lang, text, expected):
    assert found(text, lang) == expected
