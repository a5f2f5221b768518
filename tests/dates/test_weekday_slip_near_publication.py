"""A year-less date written with a weekday that does not fit it in the year
nearest publication, where that reading lies within a month of publication
("The auction is set for Wednesday, June 12", published on 5 June 2025: the
12th is a Thursday in 2025, a Wednesday in 2024): the date near publication
wins and the weekday is noted as a slip -- a story about a day almost a
year back, told with no year, is the rarer thing. The year before is still
chosen from the weekday when the nearest reading is itself far from
publication (tests/dates/test_weekday_days.py keeps "Saturday, October 7"
published in July -> 2023). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from newsline.dates import resolve_dates


@pytest.mark.parametrize(
    "lang,published,text,span,value",
    [
        # 2025-06-12 is a Thursday; 2024-06-12 a Wednesday, a year back
        (
            "en",
            "2025-06-05",
            "Auction of the Hartley collection: Wednesday, June 12, town hall.",
            "June 12",
            "2025-06-12",
        ),
        (
            "fr",
            "2025-06-05",
            "Vente de la collection Hartley : mercredi 12 juin, à la mairie.",
            "12 juin",
            "2025-06-12",
        ),
        (
            "es",
            "2025-06-05",
            "Subasta de la colección Hartley: miércoles 12 de junio, en el ayuntamiento.",
            "12 de junio",
            "2025-06-12",
        ),
        (
            "vi",
            "2025-06-05",
            "Phiên đấu giá diễn ra vào thứ Tư (12/6) tại Đà Nẵng.",
            "12/6",
            "2025-06-12",
        ),
        (
            "zh",
            "2025-06-05",
            "拍卖会时间：6月12日（星期三），地点：市图书馆。",
            "6月12日",
            "2025-06-12",
        ),
    ],
)
def test_a_date_near_publication_keeps_its_year_over_the_weekday(
    lang, published, text, span, value
):
    got = [(text[m.start : m.end], m.value, m.anchor) for m in resolve_dates(text, lang, published)]
    hit = [g for g in got if span in g[0]]
    assert hit and hit[0][1] == value, got
    assert "weekday mismatch" in (hit[0][2] or "")
    # the calendar facts these cases rest on
    y, mo, d = map(int, value.split("-"))
    assert dt.date(y, mo, d).weekday() != dt.date(y - 1, mo, d).weekday()


def test_far_from_publication_the_weekday_still_picks_the_year():
    # 2025-11-07 is a Friday, 2024-11-07 a Thursday; published in June the
    # nearest reading is five months ahead, the weekday's one a past day
    (m,) = resolve_dates("On Thursday, November 7, the council met.", "en", "2025-06-05")
    assert m.value == "2024-11-07"
