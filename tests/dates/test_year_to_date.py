"""A count kept "so far this year" ("từ đầu năm đến nay", "ตั้งแต่ต้นปีจนถึง
ปัจจุบัน", "今年以来", "so far this year", "en lo que va de año", "depuis le
début de l'année à ce jour") covers 1 January of the publication's year to
the publication day: not January (the start alone), nor the whole year.
Near misses keep their old readings: the start of the year alone ("đầu
năm", "年初", "au début de l'année"), "this year" alone, a season "so far";
"since the start of the year" alone is the count kept since, as "so far
this year" (test_year_to_date_alone). Sentences written for these tests;
published 2025-07-15."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2025-07-15"


def found(text, lang, pub=PUB):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Từ đầu năm tới nay, giá điện đã tăng hai lần.", "vi", [("Từ đầu năm tới nay", "2025-01-01", PUB)]),
        ("ตั้งแต่ต้นปีนี้จนถึงขณะนี้ มีนักท่องเที่ยว 2 ล้านคน", "th", [("ตั้งแต่ต้นปีนี้จนถึงขณะนี้", "2025-01-01", PUB)]),
        ("年初以来，该市新增就业岗位3万个。", "zh", [("年初以来", "2025-01-01", PUB)]),
        ("今年以来，铁路客运量持续增长。", "zh", [("今年以来", "2025-01-01", PUB)]),
        ("Shares have lost 12% so far this year.", "en", [("so far this year", "2025-01-01", PUB)]),
        ("The index is up 4% this year to date.", "en", [("this year to date", "2025-01-01", PUB)]),
        ("En lo que va de año han llegado 3.000 migrantes a Canarias.", "es", [("En lo que va de año", "2025-01-01", PUB)]),
        (
            "Depuis le début de l'année à ce jour, 300 communes ont été inondées.",
            "fr",
            [("Depuis le début de l'année à ce jour", "2025-01-01", PUB)],
        ),
    ],
)
def test_year_to_date(text, lang, want):
    assert found(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Đầu năm, công ty tuyển thêm 50 kỹ sư.", "vi", [("Đầu năm", "2025-01", None)]),
        ("年初，公司宣布裁员。", "zh", [("年初", "2025-01", None)]),
        ("Au début de l'année, 120 entreprises ont fermé.", "fr", [("début de l'année", "2025-01", None)]),
        ("This year, the fair moved to Lyon.", "en", [("This year", "2025", None)]),
        ("It was his best game so far this season.", "en", []),
        ("Since the start of the year-long trial, three jurors left.", "en", []),
    ],
)
def test_not_changed(text, lang, want):
    assert found(text, lang) == want
