"""The week, month or year two steps from now -- vi "tuần sau nữa", "tháng
sau nữa"; zh "下下周", "上上周", "下下个月", "上上周末"; en "the week after
next", "the month before last", "the year before last" -- is that week
(Monday to Sunday), month or year: the first two were read as "tuần sau" /
"下周" / "上周末" (one step, a wrong date) and the English ones not at all.
One step stays one step. Sentences written for these tests; published
Wednesday 2024-06-12."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-06-12"


def found(text, lang):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        ("vi", "Tuần sau nữa, đoàn đại biểu sẽ về nước.", ("Tuần sau nữa", "2024-06-24", "2024-06-30")),
        ("vi", "Giá điện dự kiến tăng vào tháng sau nữa.", ("tháng sau nữa", "2024-08", None)),
        ("zh", "下下周，代表团将启程回国。", ("下下周", "2024-06-24", "2024-06-30")),
        ("zh", "上上周，央行宣布下调利率。", ("上上周", "2024-05-27", "2024-06-02")),
        ("zh", "下下个月，新规将正式实施。", ("下下个月", "2024-08", None)),
        ("zh", "上上周末，主队在联赛中获胜。", ("上上周末", "2024-06-01", "2024-06-02")),
        ("en", "The week after next, the squad flies to Lima.", ("The week after next", "2024-06-24", "2024-06-30")),
        ("en", "Exports slumped the month before last.", ("the month before last", "2024-04", None)),
        ("en", "The year before last was the driest on record.", ("The year before last", "2022", None)),
    ],
)
def test_two_steps_from_now(lang, text, expect):
    assert found(text, lang) == [expect]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        ("vi", "Tuần sau, đoàn đại biểu sẽ về nước.", ("Tuần sau", "2024-06-17", "2024-06-23")),
        ("zh", "下周，代表团将启程回国。", ("下周", "2024-06-17", "2024-06-23")),
        ("zh", "上周末，主队在联赛中获胜。", ("上周末", "2024-06-08", "2024-06-09")),
        ("en", "Last week, the squad flew to Lima.", ("Last week", "2024-06-03", "2024-06-09")),
    ],
)
def test_one_step_stays_one_step(lang, text, expect):
    assert found(text, lang) == [expect]
