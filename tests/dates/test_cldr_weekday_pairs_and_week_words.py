"""Two fixes in languages read through CLDR, found in election and court
paragraphs written for this session (published Wednesday 2025-10-15):

A pair of weekdays joined by "and" ("Si vota domenica e lunedì", "Am Samstag
und Sonntag wird gestreikt") is told in one tense: the day on the far side
of the conjunction from the future word was read as last week's, since "e"
/ "und" ends the clause a future word is looked for in. A pair told in the
past stays behind.

Indonesian "Kamis pekan depan" (Thursday of next week), "Senin pekan lalu",
"Jumat pekan ini" name a day of that week: "pekan depan" was not heard and
"Kamis" was tomorrow."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-10-15"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("it", "Si vota domenica e lunedì per il referendum.", [("domenica", "2025-10-19"), ("lunedì", "2025-10-20")]),
        ("de", "Am Samstag und Sonntag wird gestreikt.", [("Samstag", "2025-10-18"), ("Sonntag", "2025-10-19")]),
        ("it", "Si è votato domenica e lunedì per il referendum.", [("domenica", "2025-10-12"), ("lunedì", "2025-10-13")]),
        (
            "de",
            "Am Samstag und am Sonntag streikten die Piloten.",
            [("Samstag", "2025-10-11"), ("Sonntag", "2025-10-12")],
        ),
    ],
)
def test_a_pair_of_weekdays_shares_its_tense(lang, text, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Sidang putusan dijadwalkan pada Kamis pekan depan.", ("Kamis pekan depan", "2025-10-23")),
        ("Jaksa membacakan tuntutan pada Senin pekan lalu.", ("Senin pekan lalu", "2025-10-06")),
        ("Rapat itu digelar Jumat pekan ini.", ("Jumat pekan ini", "2025-10-17")),
        # unchanged
        ("Pada Senin lalu, jaksa membacakan tuntutan.", ("Senin lalu", "2025-10-13")),
    ],
)
def test_indonesian_weekday_of_a_named_week(text, expected):
    assert expected in found(text, "id")
