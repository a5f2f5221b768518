"""A span of two years after the words that make a bare year a decade ("the
2024-25 school year", "the 2017-2022 plan", "los años 2020-21", "những năm
2020-2021") is those years: only a single year after them is a decade or an
era ("the 1990s", "những năm 1990"), and "the 2024 school year" stays as it
was. Sentences written for these tests; published 2024-08-20."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def found(text, lang):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, "2024-08-20")]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Enrollment fell during the 2023-24 school year.", "en", [("2023-24", "2023", "2024")]),
        ("The club's wage bill rose in the 2022/23 season.", "en", [("2022/23", "2022", "2023")]),
        ("Los años 2020-21 fueron los peores para el turismo.", "es", [("2020-21", "2020", "2021")]),
        ("Những năm 2020-2021, du lịch gần như đóng băng.", "vi", [("2020-2021", "2020", "2021")]),
    ],
)
def test_span_of_years(text, lang, want):
    assert found(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Music from the 1990s filled the hall.", "en"),
        ("Những năm 1990, thành phố còn rất nhỏ.", "vi"),
        ("Los años 80 volvieron a la moda.", "es"),
        ("The 2023/12 report was filed late.", "en"),
    ],
)
def test_still_no_date(text, lang):
    assert found(text, lang) == []
