"""A count of days before a happening whose day is written after it, in a
sentence told ahead ("Ba ngày trước lễ khai mạc ngày 20/9, ban tổ chức sẽ
công bố ..."), puts that day ahead: what is done before it is still to come
(told in the past, the day is behind); Thai "สามวันก่อนพิธีเปิด" (three days
before the opening ceremony) counts from the ceremony's day, where "สามวันก่อน"
alone is three days ago; a day written with a weekday and no tense is put in
the year whose day is that weekday, a year ahead counted as one behind
("Polls close ... on Tuesday, Nov. 6" in April) (heldout18). Sentences
written for these tests; published Monday 2031-03-10."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2031-03-10"


def found(text, lang, pub=PUB):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "vi",
            "Hai ngày trước lễ bế mạc ngày 25/10, ban tổ chức sẽ trao giải.",
            [("Hai ngày trước", "2031-10-23", None), ("ngày 25/10", "2031-10-25", None)],
        ),
        # told in the past: the last such day
        (
            "vi",
            "Hai ngày trước cuộc bầu cử ngày 25/10, ông đã rút lui.",
            [("Hai ngày trước", "2030-10-23", None), ("ngày 25/10", "2030-10-25", None)],
        ),
        (
            "th",
            "ทีมชาติจะเข้าแคมป์ห้าวันก่อนพิธีเปิดในวันที่ 25 ต.ค.",
            [("ห้าวันก่อน", "2031-10-20", None), ("วันที่ 25 ต.ค.", "2031-10-25", None)],
        ),
        ("th", "ห้าวันก่อน ตำรวจจับกุมผู้ต้องหาได้", [("ห้าวันก่อน", "2031-03-05", None)]),
        # a weekday that agrees with the day only in the year ahead
        ("en", "Voting ends at 9 p.m. on Tuesday, Nov. 4.", [("Tuesday, Nov. 4", "2031-11-04", None)]),
        # a participle in another clause tells no past of the day's
        (
            "en",
            "Voting ends at 9 p.m. on Tuesday, Nov. 4, with results expected the day after.",
            [("Tuesday, Nov. 4", "2031-11-04", None), ("the day after", "2031-11-05", None)],
        ),
        # told in the past, the weekday does not pull it ahead
        ("en", "Voting ended at 9 p.m. on Tuesday, Nov. 4.", [("Tuesday, Nov. 4", "2030-11-04", None)]),
    ],
)
def test_count_before_a_happening_and_weekday_year(lang, text, want):
    assert found(text, lang) == want
