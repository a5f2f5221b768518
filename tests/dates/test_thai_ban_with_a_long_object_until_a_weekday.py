"""A Thai closure or ban that runs up to a weekday is ahead (UNTIL_AHEAD),
also when what is closed or banned is written at length between the verb and
"จนถึง": Thai writes its object with no space ("ห้ามเรือเล็กออกจากฝั่ง",
"ปิดโรงเรียนทุกแห่งในอำเภอเมือง"), and its vowels and tone marks are letters of
their own, so sixteen letters cut most objects short and the weekday was read
as last week's. A past marker before the verb ("ได้ปิด") keeps the last one; a
"เมื่อ" (when) between verb and weekday tells a day already had. Sentences
written for these tests (not from any page); published Wednesday 2025-03-12."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "th", "2025-03-12")]


@pytest.mark.parametrize(
    ("text", "span", "want"),
    [
        # a province shuts every school of a district until Friday
        ("ผู้ว่าฯ สั่งปิดโรงเรียนทุกแห่งในอำเภอเมืองจนถึงวันศุกร์", "วันศุกร์", "2025-03-14"),
        # a waterworks stops the supply of the old town until Saturday
        ("การประปางดจ่ายน้ำในเขตเมืองเก่าทั้งหมดจนถึงวันเสาร์", "วันเสาร์", "2025-03-15"),
        # a ban on trucks entering the inner city until Thursday
        ("กรุงเทพฯ ห้ามรถบรรทุกขนาดใหญ่เข้าเขตชั้นในจนถึงวันพฤหัสบดี", "วันพฤหัสบดี", "2025-03-13"),
    ],
)
def test_a_ban_with_a_long_object_runs_ahead(text, span, want):
    assert found(text) == [(span, want)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a past marker before the verb: the Friday already had
        ("โรงเรียนทุกแห่งในอำเภอเมืองได้ปิดจนถึงวันศุกร์", [("วันศุกร์", "2025-03-07")]),
        # "เมื่อ" between: the closing happened on that day
        ("ตำรวจปิดถนนสายหลักเมื่อวันศุกร์", [("วันศุกร์", "2025-03-07")]),
    ],
)
def test_a_past_marker_or_when_keeps_the_last_weekday(text, want):
    assert found(text) == want
