"""A holiday on a fixed day, named instead of dated ('since Christmas Day',
'on Boxing Day', 'le jour de Noël', 'la Saint-Sylvestre', 'en Nochevieja',
'Đêm Giáng sinh', '平安夜', 'วันคริสต์มาสที่ผ่านมา'), is that year-less day,
its year from publication and the tense as for 'December 25': sports
round-ups and holiday-night reports had no date. The season ('Christmas
shopping', 'à Noël', '圣诞节期间') and lunar holidays ('Tết', '春节') stay no
date. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def found(text, lang, pub):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    "text,lang,pub,expected",
    [
        (
            "The Gunners have not lost since Christmas Day.",
            "en",
            "2025-03-10",
            [("Christmas Day", "2024-12-25")],
        ),
        (
            "The club will host a party on New Year's Eve.",
            "en",
            "2025-11-20",
            [("New Year's Eve", "2025-12-31")],
        ),
        (
            "Le drame s'est produit le jour de Noël.",
            "fr",
            "2025-01-10",
            [("le jour de Noël", "2024-12-25")],
        ),
        (
            "Les pompiers sont intervenus à 40 reprises lors de la Saint-Sylvestre.",
            "fr",
            "2025-01-02",
            [("la Saint-Sylvestre", "2024-12-31")],
        ),
        ("El incendio ocurrió en Nochevieja.", "es", "2025-01-05", [("Nochevieja", "2024-12-31")]),
        (
            "Đêm Giáng sinh, hàng nghìn người đổ về nhà thờ Lớn.",
            "vi",
            "2024-12-26",
            [("Đêm Giáng sinh", "2024-12-24")],
        ),
        ("平安夜当晚，商场人流如织。", "zh", "2024-12-26", [("平安夜", "2024-12-24")]),
        (
            "วันคริสต์มาสที่ผ่านมา มีนักท่องเที่ยวจำนวนมาก",
            "th",
            "2024-12-28",
            [("วันคริสต์มาสที่ผ่านมา", "2024-12-25")],
        ),
    ],
)
def test_a_fixed_holiday_is_its_day(text, lang, pub, expected):
    assert found(text, lang, pub) == expected


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Christmas shopping has begun in the city centre.", "en"),
        ("Les familles se retrouvent à Noël.", "fr"),
        ("圣诞节期间，商场人流如织。", "zh"),
        ("Người dân về quê ăn Tết.", "vi"),
        ("春节期间，各地客流明显增加。", "zh"),
    ],
)
def test_a_season_or_lunar_holiday_is_no_day(text, lang):
    assert found(text, lang, "2024-12-20") == []
