"""A schedule told in the present shortly before a year-less date or a
holiday ("Arsenal face Fulham on Boxing Day", "The fair opens on December
26", "Le PSG reçoit Lyon le 26 décembre", "El Madrid recibe al Barça el 26
de diciembre"), published months before, is the coming one, as the same
verbs before a weekday already put it ahead; the nearer date, last year's,
was taken. A past form keeps the date behind ("opened on December 26",
"the fair, which opened on December 26, ..."), and so does a noun ("the
play on Boxing Day drew a crowd"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text, lang, published):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, published)]


@pytest.mark.parametrize(
    "lang,text,published,expected",
    [
        ("en", "Arsenal face Fulham on Boxing Day.", "2025-06-18", ("Boxing Day", "2025-12-26")),
        ("en", "Celtic host Rangers on New Year's Day.", "2025-06-18", ("New Year's Day", "2026-01-01")),
        ("en", "The Christmas market opens on December 26.", "2025-06-18", ("December 26", "2025-12-26")),
        ("fr", "Le PSG reçoit Lyon le 26 décembre.", "2025-06-18", ("26 décembre", "2025-12-26")),
        ("es", "El Madrid recibe al Barça el 26 de diciembre.", "2025-06-18", ("26 de diciembre", "2025-12-26")),
        # past forms and nouns: the date just past
        ("en", "The Christmas market opened on December 26.", "2025-06-18", ("December 26", "2024-12-26")),
        ("en", "The play on Boxing Day drew a crowd.", "2025-06-18", ("Boxing Day", "2024-12-26")),
        (
            "en",
            "The market, which opened on December 26, closes in July.",
            "2025-06-18",
            ("December 26", "2024-12-26"),
        ),
    ],
)
def test_scheduled_present_before_a_yearless_date(lang, text, published, expected):
    assert expected in found(text, lang, published)
