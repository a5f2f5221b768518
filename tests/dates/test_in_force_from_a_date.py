"""A rule in force from a year-less date, told in the present ("the permit is
valid from 1 June", "có hiệu lực từ ngày 1/6", "自6月1日起施行", "es válida
desde el 1 de junio", "applicable à partir du 1er juin", "มีผลบังคับใช้ตั้งแต่วันที่
1 มิ.ย."), is the nearer of the day ahead and the day behind: a rule announced
for June and one in force since January are told alike. Told in the past,
the day behind stays; a day far ahead still loses to a near one behind."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-01-10"


def values(text, lang, pub=PUB):
    return [m.value for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Under the new rules, the permit is valid from 1 June."),
        ("en", "The levy applies from June 1, the ministry's notice says."),
        ("es", "La tarifa plana es válida desde el 1 de junio."),
        ("fr", "Le nouveau barème est applicable à partir du 1er juin."),
        ("vi", "Quy định mới có hiệu lực từ ngày 1/6."),
        ("zh", "该办法自6月1日起施行。"),
        ("th", "ประกาศฉบับนี้มีผลบังคับใช้ตั้งแต่วันที่ 1 มิ.ย."),
    ],
)
def test_a_rule_in_force_from_a_day_takes_the_nearer_one(lang, text):
    assert values(text, lang) == ["2025-06-01"]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        # told in the past: the day behind
        ("en", "The permit was valid from 1 June.", "2024-06-01"),
        ("zh", "该办法已于6月1日起施行。", "2024-06-01"),
        # in force since a day just gone: behind
        ("en", "The new tariff is in force from 1 January.", "2025-01-01"),
        ("vi", "Quy định có hiệu lực từ ngày 1/12.", "2024-12-01"),
        # no word of force: a report's date leans to the past as before
        ("en", "The permit office was busy from 1 June.", "2024-06-01"),
    ],
)
def test_the_day_behind_stays_where_it_is_nearer_or_told_past(lang, text, expect):
    assert values(text, lang) == [expect]
