"""A quarter or half named with no year ("Q2", "el primer trimestre", "quý
I", "ไตรมาสแรก", "一季度", "premier trimestre") in a sentence that also names a
quarter or half of a year ("the fourth quarter of 2024") is a part of the
calendar: the publication year's, as "of this year" is. Alone, or in another
sentence, it is read only where nothing tells of a match
(test_bare_part_alone). Sentences written for these tests; published 2025-05-06."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-05-06"


def found(text, lang):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "en",
            "Shipments fell in the fourth quarter of 2024 and are forecast to recover in Q2.",
            ("Q2", "2025-04", "2025-06"),
        ),
        (
            "es",
            "Las exportaciones crecieron un 4% en el primer trimestre, tras caer en el cuarto trimestre de 2024.",
            ("primer trimestre", "2025-01", "2025-03"),
        ),
        (
            "fr",
            "Les ventes ont progressé au premier trimestre, après un recul au quatrième trimestre 2024.",
            ("premier trimestre", "2025-01", "2025-03"),
        ),
        (
            "vi",
            "Xuất khẩu tăng 4% trong quý I, sau khi giảm trong quý IV/2024.",
            ("quý I", "2025-01", "2025-03"),
        ),
        (
            "th",
            "ยอดขายไตรมาสแรกเพิ่มขึ้น หลังลดลงในไตรมาส 4 ปี 2567",
            ("ไตรมาสแรก", "2025-01", "2025-03"),
        ),
        ("zh", "一季度出口增长4%，2024年四季度则下降。", ("一季度", "2025-01", "2025-03")),
        (
            "en",
            "Profit rose in the first half, after falling in the second half of 2024.",
            ("first half", "2025-01", "2025-06"),
        ),
        # in another sentence: alone, and still of the calendar (test_bare_part_alone)
        (
            "fr",
            "Les ventes ont reculé au quatrième trimestre 2024. Au premier trimestre, elles ont rebondi.",
            ("premier trimestre", "2025-01", "2025-03"),
        ),
    ],
)
def test_bare_part_beside_a_years_part(lang, text, expected):
    assert expected in found(text, lang)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The Lakers trailed by ten in the third quarter."),
        ("th", "ทีมนำ 10 แต้มในไตรมาสที่สาม"),
        ("es", "El Madrid remontó en el segundo tiempo y en el cuarto trimestre."),
        ("en", "Shipments fell in the fourth quarter of 2024. The team scored 30 in the third quarter."),
        ("fr", "Les ventes ont reculé au quatrième trimestre 2024. L'équipe a marqué au premier trimestre."),
    ],
)
def test_bare_part_elsewhere_is_no_date(lang, text):
    kept = [f for f in found(text, lang) if not any(ch.isdigit() for ch in f[0])]
    assert kept == []
