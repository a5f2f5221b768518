"""A weekday two calendar weeks back or on ("thứ Năm tuần sau nữa", "thứ
Sáu tuần trước nữa", "下下周五", "上上周二"): that day of that Monday-first
week, as "tuần sau nữa" / "下下周" name the week (heldout16, heldout17).
"下周末" / ja "来週末" is the weekend of next week (Chinese and Japanese
count it from next week, unlike en "next weekend", left unread); "the
weekend before last" / "after next" two weekends from this one. Sentences
written for these tests; published Wednesday 2026-11-18."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2026-11-18"


def found(text, lang, pub=PUB):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("vi", "Hội nghị sẽ khai mạc vào thứ Năm tuần sau nữa.", [("thứ Năm tuần sau nữa", "2026-12-03", None)]),
        ("vi", "Đoàn kiểm tra đã làm việc tại đây hôm thứ Sáu tuần trước nữa.", [("thứ Sáu tuần trước nữa", "2026-11-06", None)]),
        ("zh", "新馆将于下下周五对外开放。", [("下下周五", "2026-12-04", None)]),
        ("zh", "上上周二，两国外长举行了会谈。", [("上上周二", "2026-11-03", None)]),
        ("zh", "马拉松比赛定于下周末举行。", [("下周末", "2026-11-28", "2026-11-29")]),
        ("ja", "新しい橋は来週末に開通する。", [("来週末", "2026-11-28", "2026-11-29")]),
        ("en", "The fair drew record crowds the weekend before last.", [("the weekend before last", "2026-11-07", "2026-11-08")]),
        ("en", "The market moves indoors the weekend after next.", [("the weekend after next", "2026-12-05", "2026-12-06")]),
    ],
)
def test_weeks_and_weekends_two_steps_or_of_next_week(lang, text, want):
    assert found(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # one week on stays one week on; en "next weekend" stays unread
        ("vi", "Hội nghị sẽ khai mạc vào thứ Năm tuần sau.", [("thứ Năm tuần sau", "2026-11-26", None)]),
        ("zh", "新馆将于下周五对外开放。", [("下周五", "2026-11-27", None)]),
        ("en", "The market moves indoors next weekend.", []),
    ],
)
def test_one_week_on_unchanged(lang, text, want):
    assert found(text, lang) == want
