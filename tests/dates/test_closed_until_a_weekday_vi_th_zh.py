"""A closure or a ban that runs up to a weekday, told in a language that
marks no tense on the verb ("Trường học đóng cửa đến thứ Sáu", "โรงเรียนปิด
ถึงวันศุกร์", "学校停课至周五"), ends ahead, as en "closed until Friday" does:
the coming weekday, not last week's. After a past marker ("đã", "ได้", "已")
the weekday stays the last one; a schedule "từ thứ Hai đến thứ Sáu" is no
date. Sentences written for these tests; published Wednesday 2025-03-12."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, "2025-03-12")]


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        ("Do mưa lũ, các trường ở Quảng Trị đóng cửa đến thứ Sáu.", "vi", "thứ Sáu"),
        ("Cầu Long Biên tạm dừng lưu thông đến thứ Sáu để sửa chữa.", "vi", "thứ Sáu"),
        ("เชียงใหม่สั่งปิดโรงเรียนถึงวันศุกร์ เนื่องจากฝุ่นควัน", "th", "วันศุกร์"),
        ("ทางหลวงสาย 4 งดการสัญจรจนถึงวันศุกร์", "th", "วันศุกร์"),
        ("受暴雪影响，该市中小学停课至周五。", "zh", "周五"),
        ("机场跑道暂停使用至周五。", "zh", "周五"),
    ],
)
def test_closed_until_a_weekday_is_ahead(text, lang, span):
    assert found(text, lang) == [(span, "2025-03-14")]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Các trường ở Quảng Trị đã đóng cửa đến thứ Sáu.", "vi", [("thứ Sáu", "2025-03-07")]),
        ("โรงเรียนได้ปิดถึงวันศุกร์", "th", [("วันศุกร์", "2025-03-07")]),
        ("该市中小学已停课至周五。", "zh", [("周五", "2025-03-07")]),
        ("Học sinh đi học từ thứ Hai đến thứ Sáu.", "vi", []),
    ],
)
def test_a_past_marker_or_a_schedule_keeps_its_reading(text, lang, want):
    assert found(text, lang) == want
