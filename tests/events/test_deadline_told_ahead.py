"""A deadline told ahead of its page ("before the end of 2028" on a January
2028 page, held-out story10) is a plan: its date reads as the year's last
month, after the page's day, so the merged event is flagged planned
(plans.told_ahead). Sentences written for these tests in other domains and
languages. This pins what main already does (story10's README listed it as
left over before the year's end was read as December)."""

from __future__ import annotations

import pytest

from newsline.events.plans import told_ahead
from tests.events.records import extract_from_text


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The port operator has promised to finish the new quay before the end of 2032."),
        ("vi", "Công ty cam kết hoàn thành cầu cảng mới trước cuối năm 2032."),
        ("fr", "L'opérateur s'est engagé à achever le nouveau quai avant fin 2032."),
        ("zh", "该公司承诺2032年底前完成新码头建设。"),
        ("th", "บริษัทให้คำมั่นว่าจะสร้างท่าเรือใหม่ให้เสร็จก่อนสิ้นปี 2575"),
    ],
)
def test_a_deadline_told_ahead_is_a_plan(lang, text):
    published = "2031-05-06"
    evs = extract_from_text(text, lang, published=published)
    assert [e.date for e in evs] == ["2032-12"]
    assert told_ahead(evs[0].date, published)
