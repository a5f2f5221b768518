"""A year-less date told in the sentence of a school year or a sports season
split across two years ("năm học 2025-2026", "the 2025-26 season",
"2025/2026学年", "el curso 2025-2026") lies in it: in its first year from the
month it opens in (a school year August, a season July), in its second
before. Not under a tax or fiscal year (its deadlines fall after it), nor
under a bare span of years, nor in another sentence."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-11-05"


def values(text, lang, pub=PUB):
    return [(m.value, m.end_value) for m in resolve_dates(text, lang, pub)]


# published in January, mid-year: a date told with no tense was read as the
# nearest such day behind, the end of last year's school year or season
MID_YEAR = "2026-01-22"


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        ("es", "Calendario del curso 2025-2026: las clases terminan el 19 de junio.", "2026-06-19"),
        (
            "fr",
            "Pour l'année scolaire 2025-2026, les vacances d'été débutent le 4 juillet.",
            "2026-07-04",
        ),
        ("zh", "根据2025-2026学年校历，第二学期期末考试安排在6月下旬。", "2026-06"),
        (
            "en",
            "Under the 2025-26 school year calendar, the last day of classes is June 12.",
            "2026-06-12",
        ),
        ("en", "The 2025-26 season's final round is May 24.", "2026-05-24"),
        ("vi", "Mùa giải 2025-2026 kết thúc ngày 24/5.", "2026-05-24"),
        ("zh", "2025-26赛季常规赛于4月12日收官。", "2026-04-12"),
    ],
)
def test_a_date_in_a_split_year_takes_the_year_it_falls_in(lang, text, expect):
    assert expect in [v for v, _ in values(text, lang, MID_YEAR)]


def test_both_ends_of_a_school_year_told_in_one_sentence():
    text = "L'année scolaire 2026-2027 commencera le 1er septembre et finira le 3 juillet."
    got = [v for v, _ in values(text, "fr", "2026-03-10")]
    assert got == ["2026", "2026-09-01", "2027-07-03"]


@pytest.mark.parametrize(
    "lang,text,pub,expect",
    [
        # a tax year: the deadline falls after it (31 January 2026)
        (
            "en",
            "Returns for the 2024-25 tax year are due by January 31.",
            "2025-11-05",
            "2026-01-31",
        ),
        # a bare span of years names no school year nor season
        (
            "en",
            "Output doubled over 2024-2025, and the plant will reopen on March 3.",
            "2025-11-05",
            "2026-03-03",
        ),
        # another sentence
        (
            "vi",
            "Năm học 2024-2025 đã khép lại. Lễ khai giảng sẽ diễn ra ngày 5/9.",
            "2025-08-20",
            "2025-09-05",
        ),
    ],
)
def test_no_split_year_leaves_the_date_as_it_was(lang, text, pub, expect):
    assert expect in [v for v, _ in values(text, lang, pub)]
