""" "Hours earlier" / "Horas antes" / "Quelques heures plus tôt" / "Vài giờ
trước đó" open a sentence on the day just told, a few hours off: that day
(held-out story15: "Hours earlier, a fire destroyed more than 200 stalls at
Mendi's main market", after talks that opened on Thursday, was no event).
Sentences written for this test, on other happenings. A count of hours
("48 hours later") may be days and is left alone, and with no day told
before, there is nothing to count from."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates, says_same_day

PUB = "2025-06-12"


def values(text, lang, published=PUB):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, published)]


@pytest.mark.parametrize(
    "lang, text, span",
    [
        (
            "en",
            "The ferry ran aground off Corvalia on 9 June 2025. Hours later, a tug pulled it free.",
            "Hours later",
        ),
        (
            "en",
            (
                "Striking nurses marched in Corvalia on 9 June 2025. Just hours earlier, the "
                "health minister resigned."
            ),
            "hours earlier",
        ),
        (
            "es",
            (
                "Los enfermeros marcharon en Corvalia el 9 de junio de 2025. Horas antes, el "
                "ministro de Sanidad dimitió."
            ),
            "Horas antes",
        ),
        (
            "fr",
            (
                "Les infirmiers ont défilé à Corvalia le 9 juin 2025. Quelques heures plus tôt, le "
                "ministre de la Santé avait démissionné."
            ),
            "Quelques heures plus tôt",
        ),
        (
            "vi",
            (
                "Các y tá đã tuần hành ở Corvalia ngày 9/6/2025. Vài giờ trước đó, bộ trưởng Y tế "
                "đã từ chức."
            ),
            "Vài giờ trước đó",
        ),
    ],
)
def test_hours_off_the_day_just_told_is_that_day(lang, text, span):
    got = dict(values(text, lang))
    key = next((k for k in got if k.lower().endswith(span.lower())), None)
    assert key is not None and got[key] == "2025-06-09", got
    assert says_same_day(key)


@pytest.mark.parametrize(
    "lang, text, span",
    [
        ("en", "The ferry ran aground on 9 June 2025. 48 hours later, it was towed away.", "hours"),
        ("en", "Hours later, a tug pulled the ferry free.", "Hours later"),
        ("en", "The ferry ran aground on 9 June 2025, hours later than feared.", "hours later"),
    ],
)
def test_a_count_of_hours_or_no_day_before_is_no_date(lang, text, span):
    assert not any(span in k for k, _ in values(text, lang))
