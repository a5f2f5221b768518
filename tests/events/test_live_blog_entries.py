"""A live blog's entries open with a clock time under a heading line that
names the day, and name no date of their own: each entry is an event of its
heading's day ("Tuesday, September 10" / "09:15 The river crossed ...";
"Thứ Ba, 10/9/2024" / "9h15: Nước sông Hồng ..."; "Mardi 10 septembre 2024"
/ "10h32 Deux ponts ..."). Without a day heading above them, clock-stamped
lines stay undated (the publication date is no heading). All pages written
for these tests; publication date Tuesday 10 September 2024."""

from __future__ import annotations

import pytest

from .records import extract_from_text

PUB = "2024-09-10"


def events(text, lang):
    return sorted((e.date, text[e.start : e.end]) for e in extract_from_text(text, lang, PUB))


EN_LIVE = """Live: Flooding in the north — latest updates
Tuesday, September 10
09:15 The Red River crossed the third alert level at Lao Cai, officials said.
11:05 - The provincial government ordered schools to close for two days.
Monday, September 9
21:40 Heavy rain began falling across the northern provinces.
"""

VI_LIVE = """Trực tiếp: Mưa lũ miền Bắc
Thứ Ba, 10/9/2024
9h15: Nước sông Hồng tại Lào Cai vượt mức báo động 3.
10 giờ 32 - Hai cây cầu trên quốc lộ 4 bị cấm lưu thông.
"""

FR_LIVE = """En direct : crue de la Seine
Mardi 10 septembre 2024
9h15 La Seine a dépassé la cote d'alerte à Rouen, selon la préfecture.
10h32 Deux ponts ont été fermés à la circulation.
"""


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        (
            "en",
            EN_LIVE,
            [
                ("2024-09-09", "21:40 Heavy rain began falling across the northern provinces."),
                (
                    "2024-09-10",
                    "09:15 The Red River crossed the third alert level at Lao Cai, officials said.",
                ),
                (
                    "2024-09-10",
                    "11:05 - The provincial government ordered schools to close for two days.",
                ),
            ],
        ),
        (
            "vi",
            VI_LIVE,
            [
                ("2024-09-10", "10 giờ 32 - Hai cây cầu trên quốc lộ 4 bị cấm lưu thông."),
                ("2024-09-10", "9h15: Nước sông Hồng tại Lào Cai vượt mức báo động 3."),
            ],
        ),
        (
            "fr",
            FR_LIVE,
            [
                ("2024-09-10", "10h32 Deux ponts ont été fermés à la circulation."),
                (
                    "2024-09-10",
                    "9h15 La Seine a dépassé la cote d'alerte à Rouen, selon la préfecture.",
                ),
            ],
        ),
    ],
)
def test_live_entries_take_their_heading_day(lang, text, expect):
    assert events(text, lang) == expect


def test_an_entry_with_its_own_date_keeps_it():
    text = (
        "Tuesday, September 10\n10:32 The minister will visit Lao Cai on Thursday, September 12.\n"
    )
    assert events(text, "en") == [
        ("2024-09-12", "10:32 The minister will visit Lao Cai on Thursday, September 12.")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no day heading: clock-stamped lines stay undated
        "Match report\n09:15 The gates opened early and fans poured in.\n",
        # a date inside a sentence is no heading
        "The committee met on Tuesday, September 10 in Hanoi.\n10:32 Two bridges were closed.\n",
    ],
)
def test_no_heading_no_entry_date(text):
    assert [q for _, q in events(text, "en") if q.startswith(("09:15", "10:32"))] == []
