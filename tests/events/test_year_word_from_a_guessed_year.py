"""A page with no publication date takes the year of a year-less date from
the latest year it names. For "on 3 July" in a page's own narrative that is
a fair guess; for "next July", "juillet prochain", "tháng 7 tới" (a year word
counted from the writer's now) it is not: the latest year named is often a
past one the page looks back to, and a Vietnamese page of 2023 had its
"next July" summit dated July 2018. Such a date is kept year-less ("--07",
as issue 4 asks: when the year cannot be inferred, keep it year-less); "30
years ago" counted from a guessed year makes no event. The date itself is
still resolved. Found on a seed (events_audit); tested in other languages."""

from __future__ import annotations

from newsline.dates import resolve_dates
from newsline.dates.engine import COUNTED_FROM_NOW

from .records import extract_from_text

PAGES = [
    (
        "en",
        "The ministers will meet again next July in Oslo, the agency said. "
        "In 2019 they signed a fisheries pact in Bergen after long talks.",
    ),
    (
        "fr",
        "Les ministres se retrouveront en juillet prochain à Genève, selon l'agence. "
        "En 2019, ils avaient signé un accord de pêche à Lausanne.",
    ),
    (
        "th",
        "การประชุมสุดยอดจะจัดขึ้นในเดือนกรกฎาคมปีหน้าที่กรุงเทพฯ ตามแถลงการณ์ของกระทรวง "
        "ในปี 2019 ทั้งสองฝ่ายได้ลงนามข้อตกลงด้านการประมงที่เชียงใหม่",
    ),
]


def test_a_year_word_counted_from_a_guessed_year_is_kept_year_less():
    for lang, text in PAGES:
        marked = [
            m for m in resolve_dates(text, lang, None) if COUNTED_FROM_NOW in (m.anchor or "")
        ]
        assert marked, lang  # still resolved, and marked
        dates = {e.date for e in extract_from_text(text, lang, None)}
        # no year guessed for it: neither 2019-07 nor 2020-07, but July
        assert not any(d[:4].isdigit() and d.endswith("-07") for d in dates), (lang, dates)
        assert "--07" in dates, (lang, dates)
        assert "2019" in dates, (lang, dates)


def test_a_plain_day_takes_the_page_year_told_in_a_full_date():
    text = (
        "Les ministres se sont retrouvés le 3 juillet à Genève, selon l'agence. "
        "Le 12 mars 2019, ils avaient signé un accord de pêche à Lausanne."
    )
    assert "2019-07-03" in {e.date for e in extract_from_text(text, "fr", None)}


def test_a_plain_day_is_year_less_when_the_page_names_its_year_in_no_full_date():
    # "En 2019, ils avaient signé": a year the page looks back to, no "now"
    text = (
        "Les ministres se sont retrouvés le 3 juillet à Genève, selon l'agence. "
        "En 2019, ils avaient signé un accord de pêche à Lausanne."
    )
    dates = {e.date for e in extract_from_text(text, "fr", None)}
    assert "--07-03" in dates and "2019-07-03" not in dates, dates


def test_with_a_publication_date_the_year_word_is_an_event():
    lang, text = PAGES[1]
    assert "2024-07" in {e.date for e in extract_from_text(text, lang, "2024-03-02")}
