"""Persian (Solar Hijri) dates ("۲۴ اسفند ۱۴۰۴", "22 بهمن 1357", "۱۰ دی‌ماه")
are read, in Persian or ASCII digits: Iranian news dates by its own
calendar, and no date was read at all (CLDR's Persian months are the
Gregorian ones, and Persian digits were no digits to the patterns). The
conversion (dates/calendars.py) is Borkowski's arithmetic, checked here on
days whose Gregorian date is known. A date without its year is the day of
that month nearest publication, as a year-less Gregorian date is. A month
name that is also a common word ("تیر", a shot) needs its year or "ماه";
a number before another word is no date. Sentences written for these
tests; published 2026-03-16."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from newsline.dates.calendars import solar_hijri_to_gregorian, solar_hijri_year
from newsline.dates.engine import resolve_dates

PUB = "2026-03-16"


def found(text, published=PUB):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "fa", published)]


@pytest.mark.parametrize(
    "jalali,gregorian",
    [
        ((1404, 1, 1), "2025-03-21"),  # Nowruz
        ((1403, 12, 30), "2025-03-20"),  # the last day of a leap year
        ((1399, 1, 1), "2020-03-20"),
        ((1357, 11, 22), "1979-02-11"),
        ((1404, 7, 1), "2025-09-23"),  # the first 30-day month
    ],
)
def test_solar_hijri_days_convert(jalali, gregorian):
    assert solar_hijri_to_gregorian(*jalali).isoformat() == gregorian


def test_impossible_days_and_the_year_of_a_day():
    assert solar_hijri_to_gregorian(1404, 12, 30) is None  # 1404 is no leap year
    assert solar_hijri_to_gregorian(1404, 7, 31) is None
    assert solar_hijri_year(dt.date(2026, 3, 16)) == 1404
    assert solar_hijri_year(dt.date(2026, 3, 21)) == 1405


@pytest.mark.parametrize(
    "text,expected",
    [
        ("این نشست در ۲۴ اسفند ۱۴۰۴ برگزار شد.", [("۲۴ اسفند ۱۴۰۴", "2026-03-15")]),
        ("این نشست در 24 اسفند 1404 برگزار شد.", [("24 اسفند 1404", "2026-03-15")]),
        ("مراسم روز ۲۲ بهمن ۱۳۵۷ آغاز شد.", [("۲۲ بهمن ۱۳۵۷", "1979-02-11")]),
        # Arabic yeh in the month's name
        ("در ۱۵ فروردين ۱۴۰۴ زلزله آمد.", [("۱۵ فروردين ۱۴۰۴", "2025-04-04")]),
        # no year: the nearest such day
        ("جلسه روز ۱۰ دی‌ماه برگزار شد.", [("۱۰ دی‌ماه", "2025-12-31")]),
    ],
)
def test_persian_dates_are_read(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    ["۳ تیر شلیک شد.", "جلسه روز ۱۰ دی برگزار شد.", "قیمت ۲۴ درصد افزایش یافت."],
)
def test_no_date(text):
    assert found(text) == []


def test_the_date_stage_reads_a_persian_page():
    from newsline.dates import ResolveDates
    from newsline.model import Document

    doc = Document(
        id="fa",
        source="https://fa.example/a",
        text="این نشست در ۲۴ اسفند ۱۴۰۴ برگزار شد.",
        lang="fa",
        published=PUB,
    )
    ResolveDates()([doc], Counter())
    assert [d.value for d in doc.dates] == ["2026-03-15"]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "نشست از ۲۰ تا ۲۴ اسفند ۱۴۰۴ برگزار شد.",
            [("۲۰ تا ۲۴ اسفند ۱۴۰۴", "2026-03-11", "2026-03-15")],
        ),
        # days of Dey run into the next Gregorian year
        (
            "نمایشگاه از ۵ تا ۱۵ دی‌ماه ۱۴۰۴ برپا بود.",
            [("۵ تا ۱۵ دی‌ماه ۱۴۰۴", "2025-12-26", "2026-01-05")],
        ),
        (
            "نمایشگاه از ۵ تا ۱۵ دی‌ماه برپا بود.",
            [("۵ تا ۱۵ دی‌ماه", "2025-12-26", "2026-01-05")],
        ),
        ("در تاریخ ۱۴۰۴/۱۲/۲۴ اعلام شد.", [("۱۴۰۴/۱۲/۲۴", "2026-03-15", None)]),
    ],
)
def test_persian_ranges_and_numeric_dates(text, expected):
    got = [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, "fa", PUB)]
    assert got == expected


def test_a_longer_number_is_no_numeric_date():
    assert found("کد ۱۴۰۴/۱۲/۲۴/۵ است") == []
