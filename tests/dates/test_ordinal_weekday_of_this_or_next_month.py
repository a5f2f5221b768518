"""An ordinal weekday of this, next or last month ("the last Friday of this
month", "el primer lunes del mes que viene", "le dernier vendredi du mois
prochain", "thứ Sáu cuối cùng của tháng này", "วันศุกร์สุดท้ายของเดือนนี้",
"下个月的第一个星期一"): that day of the month counted from publication, as
an ordinal weekday of a named month is (heldout9, heldout16, heldout17); one
kept every month stays no date. Sentences written for these tests;
published Wednesday 2026-11-18 (December 2026 starts on a Tuesday)."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2026-11-18"


def found(text, lang, pub=PUB):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("en", "The council votes on the budget on the last Thursday of this month.", [("last Thursday of this month", "2026-11-26", None)]),
        ("en", "Applications open on the first Monday of next month.", [("first Monday of next month", "2026-12-07", None)]),
        ("es", "El pleno se celebrará el primer martes del mes que viene.", [("primer martes del mes que viene", "2026-12-01", None)]),
        ("fr", "Le marché aura lieu le dernier samedi du mois prochain.", [("dernier samedi du mois prochain", "2026-12-26", None)]),
        ("vi", "Hội chợ khai mạc vào Chủ nhật cuối cùng của tháng này.", [("Chủ nhật cuối cùng của tháng này", "2026-11-29", None)]),
        ("th", "สมาคมจะประชุมใหญ่ในวันเสาร์แรกของเดือนหน้า", [("วันเสาร์แรกของเดือนหน้า", "2026-12-05", None)]),
        ("zh", "下个月的第二个星期三将举行听证会。", [("下个月的第二个星期三", "2026-12-09", None)]),
        # kept every month: a habit, no date
        ("en", "The club meets on the first Tuesday of every month.", []),
    ],
)
def test_ordinal_weekday_of_a_month_counted_from_now(lang, text, want):
    assert found(text, lang) == want
