"""A happening put off or set to a weekday lies ahead, though the putting
off is told in the past: "The court adjourned the case until Monday",
"Sentencing is set for Monday", "El juicio se aplazó hasta el lunes", "Le
procès a été renvoyé à lundi", "Phiên tòa hoãn đến thứ Hai", "推迟至周一",
"ศาลเลื่อนไปเป็นวันจันทร์". Court calendars write so, and the weekday was read
as the last one behind publication. "The strike lasted until Monday" and
"He was delayed on Monday" stay behind. Sentences written for these tests
(WEEKDAY_PUT_OFF_TO)."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-03-13"  # a Thursday


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "text,lang,span,value",
    [
        ("The court adjourned the case until Monday.", "en", "Monday", "2025-03-17"),
        ("Sentencing is set for Monday, the judge said.", "en", "Monday", "2025-03-17"),
        ("The trial was postponed to Tuesday.", "en", "Tuesday", "2025-03-18"),
        ("El juicio se aplazó hasta el lunes.", "es", "lunes", "2025-03-17"),
        ("Le procès a été renvoyé à lundi.", "fr", "lundi", "2025-03-17"),
        ("Tòa quyết định hoãn phiên xử sang thứ Ba.", "vi", "thứ Ba", "2025-03-18"),
        ("法院宣判推迟至周一。", "zh", "周一", "2025-03-17"),
        ("ศาลเลื่อนไปเป็นวันจันทร์", "th", "วันจันทร์", "2025-03-17"),
    ],
)
def test_a_weekday_put_off_to_lies_ahead(text, lang, span, value):
    assert (span, value) in found(text, lang)


@pytest.mark.parametrize(
    "text", ["The strike lasted until Monday.", "He was delayed on Monday by the strike."]
)
def test_other_past_weekdays_stay_behind(text):
    assert found(text, "en") == [("Monday", "2025-03-10")]
