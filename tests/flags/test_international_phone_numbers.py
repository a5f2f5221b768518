"""A phone number with a "+" and a country code spaced off ("+34 612 345
678") is a contact, not an amount in thousands: FH's held-out page with a
Spanish advert gave one and no contact was found. Amounts, with or without a
sign, stay amounts."""

from __future__ import annotations

import pytest

from newsline.contacts import find_contact


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        ("Llame ya al +34 612 345 678 y gane", "+34 612 345 678"),
        ("Appelez le +33 6 12 34 56 78 pour votre prêt", "+33 6 12 34 56 78"),
        ("Call +1 202 555 0143 today for the offer", "+1 202 555 0143"),
        ("Hubungi +62 812 3456 7890 sekarang", "+62 812 3456 7890"),
    ],
)
def test_international_numbers_are_contacts(text, contact):
    assert find_contact(text) == contact


@pytest.mark.parametrize(
    "text",
    [
        "Lợi nhuận tăng +1.200.000.000 đồng so với cùng kỳ",
        "The fund grew by +1,200,000 dollars last year",
        "Le budget atteint 612 345 678 euros",
        "El presupuesto fue de 34 612 345 678 pesos",
    ],
)
def test_amounts_stay_amounts(text):
    assert find_contact(text) is None
