"""A day that recurs names no one day (heldout8's choice): "the first Tuesday
of every month", "le premier mardi de chaque mois", "thứ Ba đầu tiên của
mỗi tháng" were read as the Tuesday nearest publication, "每月15日前"
(before the 15th of every month) as "15 days ago", and "falls on a
Friday" / "tombe un vendredi" (some Friday, none in particular) as last
Friday. A weekday or a count with its own date stays read. Sentences
written for these tests; published 2025-03-12 (a Wednesday)."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2025-03-12"


def found(text, lang, pub=PUB):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The repair café opens on the second Saturday of every month."),
        ("en", "Bins are collected on the last Friday of each month."),
        ("en", "Her birthday falls on a Sunday."),
        ("fr", "La brocante se tient le premier dimanche de chaque mois."),
        ("fr", "Le jour férié tombe un samedi."),
        ("vi", "Chợ phiên họp vào Chủ nhật cuối cùng của mỗi tháng."),
        ("zh", "物业费须于每个月5日前缴纳。"),
        ("zh", "会员每月10日前可免费退换。"),
    ],
)
def test_recurring_day_is_no_date(lang, text):
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "The café opens on the second Saturday of every month; the next is on Saturday, April 12.",
            [("Saturday, April 12", "2025-04-12", None)],
        ),
        ("en", "The café opened on Saturday.", [("Saturday", "2025-03-08", None)]),
        ("fr", "La brocante s'est tenue dimanche.", [("dimanche", "2025-03-09", None)]),
        ("zh", "他于5日前抵达北京。", [("5日前", "2025-03-07", None)]),
    ],
)
def test_a_day_of_its_own_stays(lang, text, want):
    assert found(text, lang) == want
