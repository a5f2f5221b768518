""" "This time last year" ("at this time last year", "a estas alturas del año
pasado", "à pareille époque l'an dernier", "giờ này năm trước", "เวลานี้เมื่อปี
ที่แล้ว", "去年这个时候") names a time of year: the publication's month a year
back, not the whole of last year. A business "same period last year" ("cùng
kỳ năm trước", "去年同期") stays what it was, and "last year" alone stays the
year. Sentences written for these tests (harvests, a drought, tourism);
published 2025-06-19."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-06-19"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,span",
    [
        ("en", "At this time last year the reservoir was almost dry.", "this time last year"),
        ("en", "Hotels are fuller than at the same time last year.", "the same time last year"),
        (
            "es",
            "A estas alturas del año pasado ya se había cosechado el trigo.",
            "A estas alturas del año pasado",
        ),
        (
            "es",
            "Para estas fechas del pasado año, el embalse estaba al 30%.",
            "Para estas fechas del pasado año",
        ),
        (
            "fr",
            "À pareille époque l'an dernier, les nappes étaient au plus bas.",
            "À pareille époque l'an dernier",
        ),
        (
            "fr",
            "Cette époque de l'année dernière, les vignes avaient gelé.",
            "Cette époque de l'année dernière",
        ),
        ("vi", "Giờ này năm trước, cả vùng còn chìm trong hạn hán.", "Giờ này năm trước"),
        ("th", "เวลานี้เมื่อปีที่แล้ว ชาวนายังไม่ได้เริ่มปลูกข้าว", "เวลานี้เมื่อปีที่แล้ว"),
        ("zh", "去年这个时候，水库几近干涸。", "去年这个时候"),
    ],
)
def test_this_time_last_year_is_the_month_a_year_back(lang, text, span):
    assert found(text, lang) == [(span, "2024-06")]


@pytest.mark.parametrize(
    "lang,text,span",
    [
        ("en", "Last year the reservoir was almost dry.", "Last year"),
        ("es", "El año pasado ya se había cosechado el trigo.", "El año pasado"),
        ("zh", "去年水库几近干涸。", "去年"),
    ],
)
def test_last_year_alone_stays_the_year(lang, text, span):
    assert found(text, lang) == [(span, "2024")]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("vi", "Doanh thu tăng 8% so với cùng kỳ năm trước."),
        ("zh", "营收较去年同期增长8%。"),
        ("en", "It was the first time last year's champion had lost."),
    ],
)
def test_a_same_period_or_a_possessive_is_not_this_time_last_year(lang, text):
    assert all(v != "2024-06" for _, v in found(text, lang))
