""" "The same period" of a date -- the figure's baseline in company results
and statistics releases ("up 5% from the same period in 2023", "con
respecto al mismo periodo de 2023", "par rapport à la même période de
2023", "so với cùng kỳ năm ngoái", "เมื่อเทียบกับช่วงเดียวกันของปี 2566",
"与去年同期相比") -- is no happening at that date (and a part of its year,
not the year): no event. The period the figure is for stays one."""

from __future__ import annotations

import pytest

from .records import extract_from_text

PUB = "2024-09-10"


def events(text, lang):
    return [(e.date, e.end_date) for e in extract_from_text(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        # a listed company's quarterly release
        ("en", "Sales rose 5% from the same period in 2023.", []),
        ("en", "Net profit fell 8% compared with the same quarter last year.", []),
        (
            "en",
            "Revenue in the third quarter of 2024 rose 5% from the same quarter of 2023.",
            [("2024-07", "2024-09")],
        ),
        ("es", "Las ventas crecieron un 5% respecto al mismo periodo de 2023.", []),
        (
            "es",
            "Las exportaciones subieron un 3% en comparación con el mismo trimestre del año pasado.",
            [],
        ),
        ("fr", "Les ventes ont progressé de 5 % par rapport à la même période de 2023.", []),
        # a Chinese statistics bureau's release
        ("zh", "与去年同期相比，今年国庆假期客流量增长了两成。", [("2024", None)]),
        ("zh", "全市接待游客1200万人次，与2023年同期相比增长15%。", []),
        # a Thai press release
        ("th", "รายได้ของบริษัทเพิ่มขึ้น 15% เมื่อเทียบกับช่วงเดียวกันของปี 2566", []),
        (
            "th",
            "รายได้ไตรมาสที่ 3 ของปีนี้เพิ่มขึ้น 15% เมื่อเทียบกับช่วงเดียวกันของปีที่แล้ว",
            [("2024-07", "2024-09")],
        ),
    ],
)
def test_same_period_is_a_baseline(lang, text, expect):
    assert events(text, lang) == expect


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        ("en", "In the same week, on 12 March 2024, the council voted.", [("2024-03-12", None)]),
        ("es", "En el mismo mes, el 12 de marzo de 2024, el concejo votó.", [("2024-03-12", None)]),
    ],
)
def test_a_date_after_the_same_period_and_a_comma_is_one(lang, text, expect):
    assert events(text, lang) == expect
