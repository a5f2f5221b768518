"""A range whose only month comes after both days and whose first day is
larger than the second runs from the month before: "del 30 al 2 de julio" is
30 June to 2 July, not 30 July to 2 July of the next year. Published
Monday 15 July 2024."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text, lang):
    return [
        (text[m.start : m.end], m.value, m.end_value)
        for m in resolve_dates(text, lang, "2024-07-15")
    ]


@pytest.mark.parametrize(
    "lang,text,start,end",
    [
        ("es", "del 30 al 2 de julio", "2024-06-30", "2024-07-02"),
        ("fr", "du 30 au 2 juillet", "2024-06-30", "2024-07-02"),
        ("vi", "ngày 30-2/7", "2024-06-30", "2024-07-02"),
        ("th", "30-2 ก.ค. 67", "2024-06-30", "2024-07-02"),
        # across a new year: the first day is in December of the year before
        ("es", "del 30 al 2 de enero de 2024", "2023-12-30", "2024-01-02"),
        ("vi", "ngày 30-2/1/2024", "2023-12-30", "2024-01-02"),
    ],
)
def test_first_day_in_the_month_before(lang, text, start, end):
    ((_, value, end_value),) = found(text, lang)
    assert (value, end_value) == (start, end)


@pytest.mark.parametrize(
    "lang,text,start,end",
    [
        ("es", "del 9 al 11 de marzo", "2024-03-09", "2024-03-11"),
        ("vi", "ngày 11-13/7", "2024-07-11", "2024-07-13"),
    ],
)
def test_forward_ranges_keep_their_month(lang, text, start, end):
    ((_, value, end_value),) = found(text, lang)
    assert (value, end_value) == (start, end)


def test_a_day_the_month_before_lacks_gives_no_range():
    # 31 June does not exist: only the second day is a date
    assert found("del 31 al 2 de julio", "es") == [("2 de julio", "2024-07-02", None)]
