"""A weekday alone in Dutch and Turkish, read as in the other CLDR languages
(T.WEEKDAY_ALONE_CLDR): "Dinsdag vergaderde het kabinet", "op donderdag",
tr "perşembe günü" gave no date. The one just past, or the coming one
after a future word of its clause (nl a schedule told in the present,
"Dinsdag vergadert het kabinet"; tr a future suffix, "yapılacak"). Turkish
needs "günü" after the name: "pazar" is also a market, "cuma" the Friday
prayer. "elke maandag", "her pazartesi" are habitual. Pages written for
these tests; published Wednesday 2025-08-06."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2025-08-06"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("nl", "Dinsdag vergaderde het kabinet over de begroting.", [("Dinsdag", "2025-08-05")]),
        ("nl", "De minister sprak op donderdag met de pers.", [("donderdag", "2025-07-31")]),
        ("nl", "Dinsdag vergadert het kabinet over de begroting.", [("Dinsdag", "2025-08-12")]),
        ("nl", "De stemming is uitgesteld tot vrijdag.", [("vrijdag", "2025-08-08")]),
        ("tr", "Bakan perşembe günü açıklama yaptı.", [("perşembe", "2025-07-31")]),
        ("tr", "Toplantı cuma günü yapılacak.", [("cuma", "2025-08-08")]),
    ],
)
def test_weekday_alone(lang, text, want):
    assert found(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Elke maandag gaat de markt open."),
        ("nl", "Volgens Robinson Zondag is de brug veilig."),
        ("tr", "Pazar yerinde fiyatlar arttı."),
        ("tr", "Cuma namazından sonra halk toplandı."),
        ("tr", "Her pazartesi günü pazar kurulur."),
    ],
)
def test_no_weekday(lang, text):
    assert found(text, lang) == []
