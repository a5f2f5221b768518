"""Two forms from a flood-and-arrest story and a Taiwanese biography.

A counted span set beside an explicit day as its gloss -- "三天后（8月9日）",
"Ngày 9/8, tức ba ngày sau", "สามวันต่อมา (9 ส.ค.)" -- names that day: the
count, read from the publication or an earlier date, would name another,
so only the explicit date is kept. A count with no such gloss still counts.

"民國80年代" is a decade of the Republic's calendar, no year.
Sentences invented; published 2024-08-14."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-08-14"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        ("zh", "三天后（8月9日），警方抓获嫌疑人。", [("8月9日", "2024-08-09")]),
        ("vi", "Ngày 9/8, tức ba ngày sau, cảnh sát bắt nghi phạm.", [("Ngày 9/8", "2024-08-09")]),
        ("th", "สามวันต่อมา (9 ส.ค.) ตำรวจจับกุมผู้ต้องหา", [("9 ส.ค.", "2024-08-09")]),
    ],
)
def test_a_count_glossed_by_a_day_is_that_day(lang, text, expect):
    assert found(text, lang) == expect


def test_a_count_without_a_gloss_still_counts_from_the_date_before():
    text = "洪水8月6日来袭，三天后警方抓获嫌疑人。"
    assert found(text, "zh") == [("8月6日", "2024-08-06"), ("三天后", "2024-08-09")]


def test_roc_decade_is_no_year():
    assert found("他在民國80年代移居海外。", "zh") == []
    assert found("民國80年，他移居海外。", "zh") == [("民國80年", "1991")]
