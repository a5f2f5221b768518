"""A countdown -- "with two weeks to go before the vote", "faltan tres días
para la final", "il reste dix jours avant l'échéance", "距开幕还有8天", "再过3天",
"อีก 5 วันจะเปิดเทอม" -- is the day it counts to. A stretch left of something
("two years left on his contract", "le quedan dos años de contrato", "il reste
4 jours de congés", "还有3天假期") is no date."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-06-04"


def values(text, lang, pub=PUB):
    return [m.value for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        ("en", "With two weeks to go before the referendum, turnout is in doubt.", "2025-06-18"),
        ("en", "There are just three days left until the transfer window shuts.", "2025-06-07"),
        ("es", "Faltan tres días para la final de Copa en Sevilla.", "2025-06-07"),
        ("es", "Queda apenas una semana para el cierre de matrícula.", "2025-06-11"),
        ("fr", "Il reste dix jours avant l'échéance fixée par Bruxelles.", "2025-06-14"),
        ("fr", "Il ne reste plus que deux semaines pour déposer un dossier.", "2025-06-18"),
        ("zh", "距离车展开幕还有8天，展馆仍在布置。", "2025-06-12"),
        ("zh", "再过3天，新航线将正式开通。", "2025-06-07"),
        ("th", "เหลือเวลาอีก 5 วันจะเปิดภาคเรียนใหม่", "2025-06-09"),
        # a language the countdown words were not written for keeps its own
        ("vi", "Còn 6 ngày nữa là khai mạc hội chợ.", "2025-06-10"),
    ],
)
def test_a_countdown_is_the_day_it_counts_to(lang, text, expect):
    assert values(text, lang) == [expect]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The striker has two years left on his contract."),
        ("en", "It took three days to go through the paperwork."),
        ("es", "Al técnico le quedan dos años de contrato."),
        ("es", "Faltan tres días de clase y sobran ganas."),
        ("fr", "Il reste 4 jours de congés aux salariés."),
        ("zh", "他还有3天假期没有休完。"),
        ("th", "ขยายเวลาอีก 30 วัน"),
    ],
)
def test_a_stretch_left_is_no_date(lang, text):
    assert values(text, lang) == []
