"""A time limit given in the present ("applicants have until Oct. 2 to
register", "tienen hasta el 15 de octubre para", "ont jusqu'au 2 octobre
pour") and a Chinese notice of what may be done from or by a day ("可于10月8日
起预约", "可在10月8日前") put the day ahead, though a past form may follow or
the day lie months off. Told in the past ("had until", "avait jusqu'au")
the day keeps the nearest-year reading. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2026-06-23"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "Applicants have until Oct. 2 to register.", [("Oct. 2", "2026-10-02")]),
        ("en", "The club has until October 5 to pay the fine.", [("October 5", "2026-10-05")]),
        (
            "es",
            "Los vecinos tienen hasta el 15 de octubre para presentar alegaciones.",
            [("15 de octubre", "2026-10-15")],
        ),
        (
            "fr",
            "Les candidats ont jusqu'au 2 octobre pour s'inscrire, a indiqué la mairie.",
            [("2 octobre", "2026-10-02")],
        ),
        ("zh", "市民可于10月8日起预约接种。", [("10月8日", "2026-10-08")]),
        ("zh", "考生可在10月8日前申请复核。", [("10月8日", "2026-10-08")]),
        # negatives: told in the past
        ("en", "Applicants had until March 30 to register.", [("March 30", "2026-03-30")]),
        (
            "fr",
            "Les candidats avaient jusqu'au 2 mars pour s'inscrire.",
            [("2 mars", "2026-03-02")],
        ),
        ("zh", "该工程于10月8日开工。", [("10月8日", "2025-10-08")]),
    ],
)
def test_time_limit_given_ahead(lang, text, expected):
    assert found(text, lang) == expected
