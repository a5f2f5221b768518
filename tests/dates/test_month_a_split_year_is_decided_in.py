"""A month told as when something about a school year or a season split
across two years is decided or made known ("the 2026-27 timetable will be
published in April", "los precios del curso 2026-2027 se anunciarán en
abril", "2026/27赛季赛程将于4月发布") is the next such month from the
publication: the time of the deciding, before the year, not a month of its
calendar (heldout15's choice). It was put in the split year's second year.
A month or day of the year's own calendar ("ends in May", "set for May 24",
"terminará en mayo") still lies in it (test_dates_in_a_split_year.py).
Sentences written for these tests; published 2026-01-22."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2026-01-22"


def values(text, lang, pub=PUB):
    return [m.value for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("en", "The timetable for the 2026-27 school year will be published in April.", "2026-04"),
        ("es", "Los precios del curso 2026-2027 se anunciarán en abril.", "2026-04"),
        ("fr", "Les tarifs de l'année scolaire 2026-2027 seront fixés en avril.", "2026-04"),
        ("vi", "Học phí năm học 2026-2027 sẽ được công bố vào tháng 4.", "2026-04"),
        ("zh", "2026/27赛季赛程将于4月发布。", "2026-04"),
        ("th", "ค่าเทอมปีการศึกษา 2569-2570 จะประกาศในเดือนเมษายน", "2026-04"),
    ],
)
def test_a_month_of_deciding_is_not_placed_in_the_split_year(lang, text, want):
    assert want in values(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # a month or day of the year's own calendar stays in it
        ("en", "The 2026-27 season's final round is set for May 24.", "2027-05-24"),
        ("es", "La temporada 2026-27 terminará en mayo.", "2027-05"),
        ("fr", "L'année scolaire 2026-2027 s'achèvera en juin.", "2027-06"),
        ("zh", "2026/27赛季将于5月结束。", "2027-05"),
    ],
)
def test_a_month_of_the_years_calendar_stays_in_it(lang, text, want):
    assert want in values(text, lang)
