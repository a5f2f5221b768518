"""A weekday in a clause of its own that schedules a happening, after a
clause told in the past: English "... and talks with the regulator resume on
Thursday" (a base form no noun shares, right before "on"), Thai "นัดเจรจา /
นัดประชุม ... วันพฤหัสบดี" (talks or a meeting set for the day). It lies
ahead; it was read as the last such day, the past verb reaching it. Not
after an auxiliary or "to" ("did not resume on Monday"), not a Thai strike
("นัดหยุดงาน") nor a meeting told with "เมื่อ". Sentences invented; published
Wednesday 2025-07-16."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-07-16"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "en",
            "Nurses struck on Monday and talks with the health board resume on Friday.",
            [("Monday", "2025-07-14"), ("Friday", "2025-07-18")],
        ),
        (
            "en",
            "The assembly was suspended on Tuesday and members reconvene on Monday.",
            [("Tuesday", "2025-07-15"), ("Monday", "2025-07-21")],
        ),
        (
            "th",
            "พนักงานหยุดงานประท้วงเมื่อวันจันทร์ นัดหารือกับผู้บริหารวันศุกร์",
            [("วันจันทร์", "2025-07-14"), ("วันศุกร์", "2025-07-18")],
        ),
    ],
)
def test_scheduled_weekday_lies_ahead(lang, text, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "Talks did not resume on Monday, the union said.", [("Monday", "2025-07-14")]),
        ("en", "The talks failed to resume on Monday.", [("Monday", "2025-07-14")]),
        ("th", "สหภาพแรงงานนัดหยุดงานวันจันทร์", [("วันจันทร์", "2025-07-14")]),
        ("th", "ทั้งสองฝ่ายนัดประชุมกันเมื่อวันจันทร์", [("วันจันทร์", "2025-07-14")]),
    ],
)
def test_told_past_stays_behind(lang, text, expected):
    assert found(text, lang) == expected
