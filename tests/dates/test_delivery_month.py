"""A futures or delivery month ("for December delivery", "March futures",
"échéance février", "para entrega en enero", "3月合约") lies ahead: a
contract named for a month trades before it, so the month is the next one
of its name even where the price move is told in the past ("fell"). A
month with no market word keeps its tense ("delivered in March" is the last
March), and "the March delivery" alone is no date. Sentences written for
these tests, published in October."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2026-10-15"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "en",
            "Arabica for March delivery dropped 3% in New York on Wednesday.",
            [("March", "2027-03"), ("Wednesday", "2026-10-14")],
        ),
        ("en", "Soybean March futures slumped after the report.", [("March", "2027-03")]),
        ("fr", "Le colza échéance février a perdu 4 euros la tonne.", [("février", "2027-02")]),
        ("es", "El crudo para entrega en enero cayó un 2%.", [("enero", "2027-01")]),
        ("zh", "沪铜3月合约昨日收跌。", [("3月合约", "2027-03"), ("昨日", "2026-10-14")]),
        # the month just ahead
        ("en", "Heating oil for November delivery rose.", [("November", "2026-11")]),
        # negatives: a shipment told in the past, a delivery alone
        ("en", "The parts were delivered in March.", [("March", "2026-03")]),
        ("en", "The March delivery arrived late.", []),
    ],
)
def test_delivery_month(lang, text, expected):
    assert found(text, lang) == expected
