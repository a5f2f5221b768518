"""A numbered week ("la semaine 40", "la semana 40", "week 40", "tuần 40",
"สัปดาห์ที่ 40", "2024年第40周") is that ISO week, Monday to Sunday, of the year
written with it, else of the publication's (heldout4's choice). Not a count
("40 semaines"), a week of something else ("week 40 of pregnancy", "tuần 3
liên tiếp"), a fiscal or school year's week, a working week's hours, a
league's week, nor Chinese "第3周" with no year. Sentences written for these
tests; published Thursday 2025-10-09 (ISO week 41)."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2025-10-09"


def found(text, lang):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        (
            "En semaine 39, Santé publique France a compté 800 passages aux urgences.",
            "fr",
            "semaine 39",
        ),
        ("La semana 39 se notificaron 800 casos de gripe en Castilla.", "es", "semana 39"),
        ("Flu admissions climbed during week 39, health officials said.", "en", "week 39"),
        ("Tuần 39, thành phố ghi nhận 800 ca tay chân miệng.", "vi", "Tuần 39"),
        ("สัปดาห์ที่ 39 พบผู้ป่วยโรคมือเท้าปาก 800 ราย", "th", "สัปดาห์ที่ 39"),
        ("今年第39周，全省报告手足口病800例。", "zh", "今年第39周"),
    ],
)
def test_a_numbered_week_of_the_publication_year(text, lang, span):
    assert found(text, lang) == [(span, "2025-09-22", "2025-09-28")]


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        ("Au cours de la semaine 52 de 2024, la grippe a flambé.", "fr", "semaine 52 de 2024"),
        ("In week 52 of 2024, flu cases peaked.", "en", "week 52 of 2024"),
        ("2024年第52周，流感病例达到高峰。", "zh", "2024年第52周"),
        ("สัปดาห์ที่ 52 ปี 2567 ผู้ป่วยไข้หวัดใหญ่สูงสุด", "th", "สัปดาห์ที่ 52 ปี 2567"),
    ],
)
def test_a_numbered_week_of_a_written_year(text, lang, span):
    assert found(text, lang) == [(span, "2024-12-23", "2024-12-29")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Elle est enceinte de 40 semaines.", "fr"),
        ("La semaine 12 de grossesse est décisive.", "fr"),
        ("La semaine 35 heures reste la norme.", "fr"),
        ("In week 40 of pregnancy, most babies are born.", "en"),
        ("Sales rose in fiscal week 47.", "en"),
        ("In Week 3, the Chiefs beat the Ravens.", "en"),
        ("Defensive snap counts and notes: Week 11", "en"),  # a league's week, capitalised
        ("En la semana 16 del año fiscal, las ventas subieron.", "es"),
        ("Giá xăng giảm tuần 3 liên tiếp.", "vi"),
        ("Tuần 2 của tháng, giá vàng tăng.", "vi"),
        ("การชุมนุมเข้าสู่สัปดาห์ที่ 2 ติดต่อกัน", "th"),
        ("该片上映第3周票房下滑。", "zh"),
        ("Semaine 53 : aucun cas.", "fr"),  # 2025 has no 53rd ISO week
    ],
)
def test_no_numbered_week(text, lang):
    assert found(text, lang) == []
