"""Japanese news writes its dates as Chinese does ("8月29日", "2024年"), and
is read by the Chinese table by script; its own relative words (先週, 来月,
昨年, 月曜日, 3か月前) are in that table too, none of them a Chinese word
with another meaning. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-08-29"  # a Thursday


def found(text, lang="ja"):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("先週、首相は訪米した。", "先週", "2024-08-19"),
        ("来週の会議で決める。", "来週", "2024-09-02"),
        ("先月の選挙で与党が勝った。", "先月", "2024-07"),
        ("来月に正式に発表する。", "来月", "2024-09"),
        ("昨年8月にも同じ地域で被害が出た。", "昨年8月", "2023-08"),
        ("一昨年の3月に法律が成立した。", "一昨年の3月", "2022-03"),
        ("来年、選挙が行われる。", "来年", "2025"),
        ("一昨日、会談が行われた。", "一昨日", "2024-08-27"),
        ("月曜日に政府が発表した。", "月曜日", "2024-08-26"),
        ("金曜の会議で決まった。", "金曜", "2024-08-23"),
        ("3か月前に工事が始まった。", "3か月前", "2024-05"),
    ],
)
def test_japanese_relative_words(text, span, value):
    assert (span, value) in found(text)


def test_a_year_less_date_after_last_year_is_last_years():
    # "昨年8月" was read as this August: the year word was not Chinese
    assert found("昨年8月、台風で大きな被害が出た。") == [("昨年8月", "2023-08")]


@pytest.mark.parametrize(
    "text",
    [
        "星期一上午，市长视察了灾区。",  # Chinese weekdays are unchanged
        "去年8月发生了洪灾。",
    ],
)
def test_chinese_reads_as_before(text):
    assert found(text, "zh") in (
        [("星期一上午", "2024-08-26")],
        [("星期一", "2024-08-26")],
        [("去年8月", "2023-08")],
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        # a forecast or plan at the end of the sentence puts its bare days ahead
        (
            "台風は30日にかけて北上し、31日には沿岸に接近する見通しだ。",
            [("30日", "2024-08-30"), ("31日", "2024-08-31")],
        ),
        ("首相は2日に訪米する予定だ。", [("2日", "2024-09-02")]),
        # without one, a day after the publication day is last month's
        ("首相は2日に訪米した。", [("2日", "2024-08-02")]),
        # days in rising order in one sentence share a month
        (
            "鉄道会社は29日と30日の運転を見合わせると発表した。",
            [("29日", "2024-08-29"), ("30日", "2024-08-30")],
        ),
    ],
)
def test_bare_days_and_where_they_lie(text, expected):
    assert found(text) == expected
