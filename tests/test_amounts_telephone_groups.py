"""Telephone numbers written in groups are no amounts: a group opening on 0
("021 555 1234", "0412 555 218", "Gọi 0903 123 456") is a dialling prefix,
and the groups after it are not thousands. Amounts grouped in threes, and an
amount right after a year, are kept."""

import pytest

from newsline.amounts import amounts


@pytest.mark.parametrize(
    "text",
    [
        "Hotline: 021 555 1234",
        "Tel. 0412 555 218",
        "Gọi 0903 123 456 để được tư vấn",
        "โทร 02 555 1234",
        "Renseignements au 04 555 123",
        "Teléfono: 0341 555 218",
    ],
)
def test_a_telephone_number_in_groups_is_no_amount(text):
    assert amounts(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("spent 603 555 218 euros", "6.04e+08"),
        ("In 2023 15,000 people visited", "1.5e+04"),
        ("Năm 2023 10 000 người đã đến", "1e+04"),
        ("un budget de 1 050 000 euros", "1.05e+06"),
        ("0,5 million de visiteurs", "5e+05"),
        ("0.5 billion dollars", "5e+08"),
    ],
)
def test_amounts_in_groups_are_kept(text, value):
    assert [v for v, _, _ in amounts(text)] == [value]
