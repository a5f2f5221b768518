"""A year with a finer date of that same year in its sentence ('This year the
festival fell on February 12', '今年元宵节（2月12日）当天各地举办灯会', 'Năm
nay, lễ hội diễn ra vào ngày 12/2') only frames that date: one event, of the
day. It was a second event of the whole year. A year of another happening
('In 2024 they signed the deal, and in July 2025 they renewed it', 'grew
10% in 2024 and listed on February 12') stays its own. Sentences written for
these tests; published 2025-03-14."""

from __future__ import annotations

import pytest

from tests.events.records import extract_from_text

PUB = "2025-03-14"


@pytest.mark.parametrize(
    "text,lang",
    [
        ("This year the lantern festival fell on February 12 and drew large crowds.", "en"),
        ("In 2025, the lantern festival fell on February 12 and drew large crowds.", "en"),
        ("今年元宵节（2月12日）当天各地举办灯会，吸引大批游客。", "zh"),
        ("Năm nay, lễ hội diễn ra vào ngày 12/2 và thu hút đông đảo du khách.", "vi"),
        (
            "Cette année, la fête des lanternes a eu lieu le 12 février devant une foule nombreuse.",
            "fr",
        ),
    ],
)
def test_the_year_frames_its_day(text, lang):
    assert sorted(e.date for e in extract_from_text(text, lang, PUB)) == ["2025-02-12"]


@pytest.mark.parametrize(
    "text,dates",
    [
        ("In 2024 they signed the deal, and in July 2025 they renewed it.", ["2024", "2025-07"]),
        ("The company grew 10% in 2024 and listed on February 12.", ["2024", "2025-02-12"]),
    ],
)
def test_a_year_of_another_happening_stays(text, dates):
    assert sorted(e.date for e in extract_from_text(text, "en", PUB)) == dates
