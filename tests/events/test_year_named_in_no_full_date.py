"""A page with no publication date gives a year-less day the latest year it
names. Named in a full date ("ngày 12/3/2025") that year is the page's own;
named only as a year or a month ("hồi năm 2022", "tháng 2/2022") it is often
a past one the page looks back to: two seeds (vi, of 2023) had their July
2023 summit days dated 2022 from "Tây Ban Nha hồi năm 2022". Such a day is
kept year-less ("--07-12", issue 4); the date itself still resolves with the
guessed year, its anchor saying so. Pages written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates
from newsline.dates.engine import YEAR_NAMED_ONLY

from .records import extract_from_text

# (lang, undated page: a year-less day, a past year named alone, day)
ONLY_A_YEAR = [
    (
        "vi",
        (
            "Ngày 12/7, hai bên đã ký thỏa thuận hợp tác tại Vilnius. "
            "Tại hội nghị ở Madrid hồi năm 2022, hai bên từng thảo luận về vấn đề này."
        ),
        "--07-12",
    ),
    (
        "zh",
        "7月12日，双方在维尔纽斯签署了合作协议。2022年在马德里举行的会议上，双方曾讨论过这一问题。",
        "--07-12",
    ),
    (
        "en",
        (
            "On July 12 the two sides signed a cooperation deal in Vilnius. "
            "At a meeting in Madrid in 2022 they had first discussed it."
        ),
        "--07-12",
    ),
    (
        "th",
        (
            "เมื่อวันที่ 12 กรกฎาคม ทั้งสองฝ่ายได้ลงนามข้อตกลงความร่วมมือที่วิลนีอุส "
            "ในการประชุมที่มาดริดเมื่อปี 2022 ทั้งสองฝ่ายเคยหารือเรื่องนี้"
        ),
        "--07-12",
    ),
    (
        "es",
        (
            "El 12 de julio, ambas partes firmaron un acuerdo en Vilna. "
            "En la cumbre de Madrid de 2022 ya lo habían discutido."
        ),
        "--07-12",
    ),
]


@pytest.mark.parametrize("lang,text,day", ONLY_A_YEAR)
def test_a_day_of_an_undated_page_naming_its_year_in_no_full_date_is_year_less(lang, text, day):
    marked = [m for m in resolve_dates(text, lang, None) if YEAR_NAMED_ONLY in (m.anchor or "")]
    assert marked and marked[0].value == "2022" + day[1:], lang  # resolved, and marked
    dates = {e.date for e in extract_from_text(text, lang, None)}
    assert day in dates and "2022" + day[1:] not in dates, (lang, dates)


@pytest.mark.parametrize(
    "lang,text",
    [
        (
            "vi",
            (
                "Ngày 12/7, hai bên đã ký thỏa thuận tại Vilnius. "
                "Chiều ngày 11/7/2023, các bộ trưởng đã họp trù bị tại đây."
            ),
        ),
        ("zh", "7月12日，双方在维尔纽斯签署协议。2023年7月11日下午，各国部长在此举行了预备会议。"),
        (
            "en",
            (
                "On July 12 the two sides signed a deal in Vilnius. "
                "On July 11, 2023, ministers held a preparatory meeting there."
            ),
        ),
    ],
)
def test_a_year_told_in_a_full_date_is_the_pages_own(lang, text):
    dates = {e.date for e in extract_from_text(text, lang, None)}
    assert "2023-07-12" in dates, (lang, dates)


def test_with_a_publication_date_nothing_changes():
    lang, text, _ = ONLY_A_YEAR[2]
    dates = {e.date for e in extract_from_text(text, lang, "2023-07-20")}
    assert "2023-07-12" in dates, dates
