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


@pytest.mark.parametrize(
    "text,value,written",
    [
        ("公司将投资8亿5000万美元。", "8.5e+08", "8亿5000万"),  # zh: 亿 then 万
        ("総額は8億5000万ドルにのぼる。", "8.5e+08", "8億5000万"),  # ja
        ("預算為12億3000萬元。", "1.23e+09", "12億3000萬"),  # Traditional
        ("共1万2000人参加。", "1.2e+04", "1万2000"),  # the smaller unit unwritten
    ],
)
def test_one_amount_in_two_han_units_is_one_value(text, value, written):
    ((got, start, end),) = amounts(text)
    assert (got, text[start:end]) == (value, written)


def test_han_units_apart_stay_two_amounts():
    # two amounts, not one: a larger unit after a smaller, or text between
    assert [v for v, _, _ in amounts("5000万和8亿")] == ["5e+07", "8e+08"]
    assert [v for v, _, _ in amounts("8亿，5000万")] == ["8e+08", "5e+07"]
