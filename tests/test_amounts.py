"""Amounts with scale words as one value across languages (newsline.amounts).

Invented sentences about one dam's cost and one evacuation, in six languages.
"""

from __future__ import annotations

import pytest

from newsline.amounts import amounts, parse_number


@pytest.mark.parametrize(
    "text",
    [
        "The dam cost 25 billion baht.",
        "Con đập trị giá 25 tỷ baht.",
        "大坝耗资250亿泰铢。",
        "เขื่อนมูลค่า 25,000 ล้านบาท",
        "La presa costó 25.000 millones de bahts.",
        "Le barrage a coûté 25 milliards de bahts.",
    ],
)
def test_one_cost_in_six_languages_is_one_value(text):
    assert [v for v, _, _ in amounts(text)] == ["2.5e+10"]


@pytest.mark.parametrize(
    "text,value",
    [
        ("Some 50,000 people fled the valley.", "5e+04"),
        ("约5万人撤离。", "5e+04"),
        ("ราว 5 หมื่นคนอพยพ", "5e+04"),
        ("Près de 50 000 personnes ont fui.", "5e+04"),
        ("Khoảng 1,5 triệu người bị ảnh hưởng.", "1.5e+06"),
        ("About 1.5 million people were affected.", "1.5e+06"),
    ],
)
def test_scales_and_decimal_marks(text, value):
    assert [v for v, _, _ in amounts(text)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "In 2024 the river rose by 3 metres.",  # a year and a small number
        "Three millonarios bought the mill.",  # scale words inside other words
        "Vào năm 2024, tỷ lệ thất nghiệp là 3%.",  # 'tỷ lệ' (rate) after no number
        "Model AB12 345 was recalled.",  # digits glued to Latin letters
    ],
)
def test_no_amount(text):
    assert amounts(text) == []


def test_spans_point_at_the_written_amount():
    text = "Chi phí dự kiến 25 tỷ baht, theo bộ."
    ((value, start, end),) = amounts(text)
    assert text[start:end] == "25 tỷ"


def test_grouping_versus_decimal_separators():
    assert parse_number("25,000") == parse_number("25.000") == 25000
    assert parse_number("2,5") == parse_number("2.5") == 2.5
