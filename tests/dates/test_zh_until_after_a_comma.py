"""A Chinese ban or closure whose "until" word stands after a comma
("禁止小船出海，直至周四", "全市停课，直到周五"): the clause after the comma is only
the "until" word, so it goes on with the one before it, and the weekday lies
ahead as in "停课至周五". After a past marker ("已停课，直至周四") or with no
ban before the comma, the weekday stays the last one; a bare "到" after a
comma starts a clause of its own. Sentences written for these tests;
published Tuesday 2024-09-10."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "zh", "2024-09-10")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("台风逼近，海事局禁止小船出海，直至周四。", [("周四", "2024-09-12")]),
        ("受暴雨影响，全市中小学停课，直到周五。", [("周五", "2024-09-13")]),
        ("高速公路实施交通管制，直至周三。", [("周三", "2024-09-11")]),
    ],
)
def test_until_after_a_comma_is_ahead(text, want):
    assert found(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("该市已停课，直至周四。", [("周四", "2024-09-05")]),
        ("会议讨论了预算，直至周四。", [("周四", "2024-09-05")]),
        ("学校关闭了三天，到周四才重新开放。", [("周四", "2024-09-05")]),
    ],
)
def test_past_or_no_ban_stays_behind(text, want):
    assert found(text) == want
