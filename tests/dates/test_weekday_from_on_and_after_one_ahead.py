"""Chinese "周五起" (from Friday on) in a notice was read as the Friday just
gone, and a weekday told after it in the same sentence ("... 周日恢复") as
the Sunday before that (heldout8). 起 after a bare weekday, with nothing
told as past before the sentence ends, announces what starts: the coming
day. A weekday told after a day read ahead, in one sentence with no past
form nor reported speech between ("工会周一表示", "cho biết hôm thứ Hai"
are the day it was said), is the first such day from it (any language).
Told as past, both stay behind. Sentences written for these tests; published 2025-03-12
(a Wednesday)."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2025-03-12"


def found(text, lang, pub=PUB):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("zh", "周六起，地铁2号线末班车延后半小时。", [("周六", "2025-03-15", None)]),
        (
            "zh",
            "周四起，该路段封闭施工，下周二恢复通行。",
            [("周四", "2025-03-13", None), ("下周二", "2025-03-18", None)],
        ),
        (
            "zh",
            "星期五起景区暂停开放，星期一重新开放。",
            [("星期五", "2025-03-14", None), ("星期一", "2025-03-17", None)],
        ),
        # a weekday after a date read ahead, no past form between
        (
            "en",
            "The pool will shut on March 14 and reopen on Monday.",
            [("March 14", "2025-03-14", None), ("Monday", "2025-03-17", None)],
        ),
        (
            "vi",
            "Cầu sẽ đóng từ ngày 14/3, thông xe trở lại vào thứ Hai.",
            [("ngày 14/3", "2025-03-14", None), ("thứ Hai", "2025-03-17", None)],
        ),
    ],
)
def test_weekday_ahead(lang, text, want):
    assert found(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # told as past: the days just gone
        ("zh", "周五起，大雨已持续五天。", [("周五", "2025-03-07", None)]),
        ("zh", "周五起床后，他去了医院。", [("周五", "2025-03-07", None)]),
        ("zh", "周五起火的仓库被查封。", [("周五", "2025-03-07", None)]),
        (
            "en",
            "The pool will shut on March 14; it flooded on Monday.",
            [("March 14", "2025-03-14", None), ("Monday", "2025-03-10", None)],
        ),
        # reported speech with no past form: the day it was said
        (
            "zh",
            "罢工将于3月20日举行，工会周一表示。",
            [("3月20日", "2025-03-20", None), ("周一", "2025-03-10", None)],
        ),
        (
            "vi",
            "Cuộc đình công sẽ bắt đầu ngày 20/3, công đoàn cho biết hôm thứ Hai.",
            [("ngày 20/3", "2025-03-20", None), ("thứ Hai", "2025-03-10", None)],
        ),
        (
            "en",
            "The strike will begin on March 20, the union says, not on Monday.",
            [("March 20", "2025-03-20", None), ("Monday", "2025-03-10", None)],
        ),
    ],
)
def test_weekday_told_past_stays_behind(lang, text, want):
    assert found(text, lang) == want
