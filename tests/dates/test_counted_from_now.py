"""A count of days, weeks or months from now ("dentro de tres días", "dans
quinze jours", "d'ici deux semaines", "ในอีก 3 วัน", "อีก 2 สัปดาห์ข้างหน้า", "3 ngày nữa", "two
weeks from now", "in ten days' time") is that long after the publication, as
"hace tres días" / "il y a quinze jours" are that long before it. Not a
duration ("built in three days", "thêm 3 ngày nữa" = three more days,
"ขยายเวลาอีก 30 วัน" = extended by another 30 days), a vague count ("dentro de
unos días"), "within" a count ("dentro de los 30 días", "dans les 15 jours"),
nor a stretch named by what follows ("dans une journée de mobilisation").
Sentences written for these tests; published Wednesday 2024-04-10."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-04-10"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        # a Mexican regional daily
        ("es", "Dentro de dos semanas abrirá la nueva terminal de autobuses.", ("Dentro de dos semanas", "2024-04-24")),
        ("es", "El alcalde dijo que dentro de 5 días se reparará la tubería.", ("dentro de 5 días", "2024-04-15")),
        # a Belgian and a Swiss daily
        ("fr", "Dans dix jours, la piscine communale rouvrira ses portes.", ("Dans dix jours", "2024-04-20")),
        ("fr", "Le chantier sera achevé dans deux mois, selon la commune.", ("dans deux mois", "2024-06")),
        ("fr", "La décision tombera dans trois jours d'ici.", ("dans trois jours", "2024-04-13")),
        ("fr", "D'ici deux semaines, le pont sera rouvert.", ("D'ici deux semaines", "2024-04-24")),
        # a Thai provincial site
        ("th", "ในอีก 3 วัน จะมีการเปิดสะพานแห่งใหม่", ("ในอีก 3 วัน", "2024-04-13")),
        ("th", "อีก 2 สัปดาห์ข้างหน้า ราคาน้ำมันจะปรับลดลง", ("อีก 2 สัปดาห์ข้างหน้า", "2024-04-24")),
        ("th", "อีก 5 วัน นักเรียนจะสอบปลายภาค", ("อีก 5 วัน", "2024-04-15")),
        # a Vietnamese provincial paper
        ("vi", "Khoảng 3 ngày nữa, cầu Rạch Miễu 2 sẽ thông xe.", ("3 ngày nữa", "2024-04-13")),
        ("vi", "Hai tuần nữa, học sinh sẽ thi học kỳ.", ("Hai tuần nữa", "2024-04-24")),
        # a Canadian and an Indian daily
        ("en", "Two weeks from now, the ferry will stop running.", ("Two weeks from now", "2024-04-24")),
        ("en", "Results are due in ten days' time, the board said.", ("in ten days' time", "2024-04-20")),
        ("en", "The toll rises in a week's time.", ("in a week's time", "2024-04-17")),
    ],
)
def test_a_count_from_now(lang, text, expect):
    assert found(text, lang) == [expect]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("es", "Dentro de unos días sabremos el resultado."),
        ("es", "Deberá pagar dentro de los 30 días siguientes."),
        ("fr", "Il faut répondre dans les 15 jours."),
        ("fr", "Dans une journée de mobilisation, 2 000 personnes ont défilé."),
        ("fr", "Dans un mois où les prix ont flambé, les ventes ont chuté."),
        ("fr", "Il a été condamné dans deux ans d'enquête."),
        ("th", "กรมชลประทานขยายเวลาอีก 30 วัน"),
        ("th", "กรมชลประทานขยายเวลา อีก 30 วัน"),
        ("th", "สายการบินสั่งซื้อเครื่องบินเพิ่มอีก 2 ลำ"),
        ("vi", "Lệnh cấm được kéo dài thêm 3 ngày nữa."),
        ("en", "The bridge was built in three days."),
        ("en", "He will finish the course in two weeks."),
    ],
)
def test_no_count_from_now(lang, text):
    assert found(text, lang) == []
