"""A Chinese day of the month alone set as a deadline ("并将21日定为最后期
限", held-out story15, published on the 17th) is ahead of the page: read as
the nearest such day before it, it was last month's 21st. The deadline told
first ("最后期限为21日") is ahead too. Days told past keep the one before
the page's day. Sentences written for these tests (a strike, an enrolment);
published 2034-03-17."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2034-03-17"


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "zh", PUB)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("工会把25日定为罢工的最后期限。", [("25日", "2034-03-25")]),
        ("学校已将28日设为报名截止日期。", [("28日", "2034-03-28")]),
        ("政府给出的最后期限为21日。", [("21日", "2034-03-21")]),
        ("申请的截止日期是30日。", [("30日", "2034-03-30")]),
    ],
)
def test_a_day_set_as_a_deadline_is_ahead(text, want):
    assert found(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("警方12日已将嫌犯逮捕。", [("12日", "2034-03-12")]),
        ("工会于25日举行罢工。", [("25日", "2034-02-25")]),
        ("绑匪在21日把期限延长了十天。", [("21日", "2034-02-21")]),
    ],
)
def test_days_told_past_stay_before_the_page(text, want):
    assert found(text) == want
