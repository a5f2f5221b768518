"""Weeks counted from a day written before them ("Two weeks later", "Une
semaine plus tard", "หนึ่งสัปดาห์ต่อมา" after "on 3 March") give the
happening's day, as "three days later" does: a timeline places it on that day
and it meets other pages' reports of the day. Weeks counted from the
publication ("three weeks ago") and a week named rather than counted ("la
semaine suivante", "the following week") stay weeks. Sentences invented;
published 2025-05-01."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-05-01"


def mention(text, lang, surface):
    (m,) = [m for m in resolve_dates(text, lang, PUB) if text[m.start : m.end] == surface]
    return m.value, m.granularity


@pytest.mark.parametrize(
    ("text", "lang", "surface", "day"),
    [
        (
            "The dam's spillway failed on March 3. Two weeks later, the operator was fined.",
            "en",
            "Two weeks later",
            "2025-03-17",
        ),
        (
            "Le 3 mars, la digue a cédé. Une semaine plus tard, l'exploitant a été mis en examen.",
            "fr",
            "Une semaine plus tard",
            "2025-03-10",
        ),
        (
            "เขื่อนแตกเมื่อวันที่ 3 มี.ค. หนึ่งสัปดาห์ต่อมา ผู้ว่าราชการจังหวัดถูกสั่งย้าย",
            "th",
            "หนึ่งสัปดาห์ต่อมา",
            "2025-03-10",
        ),
    ],
)
def test_weeks_after_a_written_day_are_a_day(text, lang, surface, day):
    assert mention(text, lang, surface) == (day, "day")


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        ("The spillway was inspected three weeks ago.", "en", "three weeks ago"),
        (
            "Le 3 mars, la digue a cédé. La semaine suivante, l'exploitant a été mis en examen.",
            "fr",
            "La semaine suivante",
        ),
    ],
)
def test_weeks_from_now_or_a_named_week_stay_a_week(text, lang, surface):
    assert mention(text, lang, surface)[1] == "week"
