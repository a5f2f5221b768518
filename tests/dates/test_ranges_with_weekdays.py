"""A range whose days carry their weekdays: "3月3日（周一）至5日（周三）" and
"from Monday, March 3, to Wednesday, March 5" are one range, as "du lundi 3
au mercredi 5 mars" was. The bracketed weekday made the second day a
weekday rather than a bare day, and the comma closing the first date's
weekday phrase hid the "to": two separate days were read. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text, lang):
    return [
        (text[m.start : m.end], m.value, m.end_value)
        for m in resolve_dates(text, lang, "2025-03-14")
    ]


@pytest.mark.parametrize(
    "text,lang,span",
    [
        ("3月3日（周一）至5日（周三），暴雨袭击该地区。", "zh", "3月3日（周一）至5日（周三）"),
        (
            "Storms hit the coast from Monday, March 3, to Wednesday, March 5.",
            "en",
            "Monday, March 3, to Wednesday, March 5",
        ),
    ],
)
def test_a_range_of_days_with_weekdays(text, lang, span):
    assert found(text, lang) == [(span, "2025-03-03", "2025-03-05")]


def test_a_weekday_in_another_clause_stays_apart():
    got = found("3月3日（周一）下午，周三将开会。", "zh")
    assert got[0] == ("3月3日（周一）", "2025-03-03", None) and len(got) == 2
