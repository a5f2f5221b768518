"""A weekday of a named week joined by a possessive particle is that week's
day, as the bare compound is: Japanese "来週の月曜日" / "先週の金曜" /
"再来週の水曜日", Chinese "下周的周一" / "上周的周五" -- one date, not the week
and a separate weekday read against now. Sentences invented; published
Tuesday 2028-10-17."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, "2028-10-17")]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("ja", "市民ホールは来週の月曜日に再開する。", [("来週の月曜日", "2028-10-23")]),
        ("ja", "記者会見は先週の金曜に行われた。", [("先週の金曜", "2028-10-13")]),
        ("ja", "判決は今週の金曜日に言い渡される。", [("今週の金曜日", "2028-10-20")]),
        ("ja", "再来週の水曜日に投票が行われる。", [("再来週の水曜日", "2028-11-01")]),
        ("ja", "市民ホールは来週月曜日に再開する。", [("来週月曜日", "2028-10-23")]),
        ("zh", "新图书馆将于下周的周一开放。", [("下周的周一", "2028-10-23")]),
        ("zh", "发布会已于上周的周五举行。", [("上周的周五", "2028-10-13")]),
    ],
)
def test_weekday_of_a_named_week_with_possessive(lang, text, expected):
    assert found(text, lang) == expected
