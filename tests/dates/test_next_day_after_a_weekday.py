""" "The next day" after a weekday just told ("arrested on Tuesday and
charged the next day", "arrêté mardi et mis en examen le lendemain") is the
day after that weekday; it was left unread (only "the same day" and "the
day before" counted from a weekday). "A week later" after a weekday still
counts from the last full date. Invented sentences in other stories than
bundle5's; the positives failed before."""

from __future__ import annotations

import pytest

from newsline.dates.engine import find_dates, resolve_found
from newsline.settings import DateSettings

PUB = "2026-07-17"  # a Friday


def _dates(text: str, lang: str) -> list[tuple[str, str]]:
    found = find_dates(text, lang, DateSettings())
    return [(text[m.start : m.end], m.value) for m in resolve_found(found, PUB)]


@pytest.mark.parametrize(
    ("lang", "text", "next_day"),
    [
        (
            "en",
            "Police arrested the suspect on Tuesday and charged him the next day.",
            "the next day",
        ),
        ("fr", "Le maire a été arrêté mardi et mis en examen le lendemain.", "le lendemain"),
        ("vi", "Cảnh sát bắt nghi phạm hôm thứ Ba và ngày hôm sau đã khởi tố.", "ngày hôm sau"),
    ],
)
def test_next_day_after_a_past_weekday(lang, text, next_day):
    got = dict(_dates(text, lang))
    assert got[next_day] == "2026-07-15", got


def test_next_day_after_a_weekday_ahead():
    text = "The council will vote on Tuesday and the mayor will sign the bill the next day."
    assert dict(_dates(text, "en"))["the next day"] == "2026-07-22"


def test_a_week_later_still_counts_from_the_full_date():
    text = "On July 2 the strike began. Talks failed on Tuesday. A week later, workers returned."
    assert dict(_dates(text, "en"))["A week later"] == "2026-07-09"
