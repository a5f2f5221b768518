"""A date whose year is written again in brackets in another calendar
("11 มิถุนายน 2568 (ค.ศ. 2025)", "民国114年（2025年）6月1日") was read as
two or three dates: the bracketed year is the same year glossed, read once
with the date (heldout8). Not when the bracket holds another year, nor a
bare year in brackets after an unrelated date. Sentences written for these
tests; published 2025-03-12."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2025-03-12"


def found(text, lang, pub=PUB):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "th",
            "ประกาศ ณ วันที่ 3 มีนาคม 2568 (ค.ศ. 2025) โดยกรมทางหลวง",
            [("วันที่ 3 มีนาคม 2568 (ค.ศ. 2025)", "2025-03-03", None)],
        ),
        (
            "zh",
            "本规定自中华民国114年（2025年）4月1日起施行。",
            [("中华民国114年（2025年）4月1日", "2025-04-01", None)],
        ),
        # Japanese era, read by the Chinese table
        (
            "zh",
            "令和7年（2025年）4月1日から施行する。",
            [("令和7年（2025年）4月1日", "2025-04-01", None)],
        ),
        (
            "zh",
            "二〇二五年（公元2025年）3月，新馆开放。",
            [("二〇二五年（公元2025年）3月", "2025-03", None)],
        ),
    ],
)
def test_glossed_year_read_once(lang, text, want):
    assert found(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # another year in the brackets: two years
        ("zh", "2024年（2025年）预算", [("2024年", "2024", None), ("2025年", "2025", None)]),
        # a gloss that names another year (a slip): both kept, as written
        (
            "th",
            "ประกาศ ณ วันที่ 3 มีนาคม 2568 (ค.ศ. 2024) โดยกรมทางหลวง",
            [("วันที่ 3 มีนาคม 2568", "2025-03-03", None), ("ค.ศ. 2024", "2024", None)],
        ),
    ],
)
def test_other_year_stays_apart(lang, text, want):
    assert found(text, lang) == want
