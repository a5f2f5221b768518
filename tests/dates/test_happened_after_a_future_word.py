"""A happening told as past between a future word and the date -- a
relative clause or a participle ("Bộ Y tế sẽ xử lý nghiêm các sai phạm xảy
ra trong tháng 3", "will punish the violations that occurred in March",
"investigará los delitos cometidos en marzo", "sanctionnera les infractions
commises en mars", "จะสอบสวนเหตุที่เกิดขึ้นในเดือนมีนาคม", Chinese
"将对3月发生的火灾展开调查") -- owns the date: the future word does not put
it ahead. The future word's own verb ("sẽ xảy ra", "sẽ diễn ra") and a
"diễn ra" that only says when a planned thing takes place still look
ahead."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-09-10"  # March ahead is nearer than March behind


def values(text, lang, pub=PUB):
    return [m.value for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("vi", "Bộ Y tế sẽ xử lý nghiêm các sai phạm xảy ra trong tháng 3."),
        ("vi", "Bộ sẽ xử lý vụ xảy ra tháng 3."),
        ("vi", "Tỉnh sẽ điều tra vụ cháy đã diễn ra vào tháng 3."),
        ("en", "Police will probe the fire that occurred in March."),
        ("en", "Police will review the crimes that took place in March."),
        ("es", "La policía investigará los delitos cometidos en marzo."),
        ("es", "La policía investigará el incendio que se produjo en marzo."),
        ("fr", "Le ministère sanctionnera les infractions commises en mars."),
        ("fr", "La police enquêtera sur l'incendie survenu en mars."),
        ("th", "ตำรวจจะสอบสวนเหตุไฟไหม้ที่เกิดขึ้นในเดือนมีนาคม"),
        ("zh", "警方将对3月发生的火灾展开调查。"),
    ],
)
def test_the_date_of_a_past_happening_stays_behind(lang, text):
    assert values(text, lang) == ["2024-03"]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Police will probe the fire that broke out on Tuesday."),
        ("vi", "Công an sẽ điều tra vụ cháy xảy ra hôm thứ Ba."),
    ],
)
def test_a_weekday_of_a_past_happening_stays_behind(lang, text):
    assert values(text, lang, "2024-09-12") == ["2024-09-10"]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("vi", "Hội nghị sẽ diễn ra vào tháng 3."),
        ("vi", "Bão sẽ xảy ra vào tháng 3."),
        ("vi", "Tỉnh sẽ tổ chức lễ hội diễn ra vào tháng 3."),
        ("en", "The summit will be held in March."),
        ("th", "ตำรวจจะจัดงานในเดือนมีนาคม"),
        ("zh", "警方将于3月展开调查。"),
        ("fr", "La réunion se tiendra en mars."),
    ],
)
def test_a_planned_happening_still_lies_ahead(lang, text):
    assert values(text, lang) == ["2025-03"]
