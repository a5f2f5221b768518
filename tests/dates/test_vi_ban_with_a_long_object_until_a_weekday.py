"""A Vietnamese closure or ban that runs up to a weekday is ahead
(UNTIL_AHEAD), also when what is closed or banned takes more than three
syllables between the verb and "đến": Vietnamese writes each syllable as a
word, so "cấm tàu thuyền ra khơi đến hết thứ Năm" (four) or "tạm dừng hoạt
động các bến xe liên tỉnh đến thứ Sáu" (seven) were cut short and the weekday
read as last week's. The window never crosses "đã" (a past marker), "từ" (a
schedule's "from"), another weekday ("thứ"), "hôm" or "ngày" (a day already
named). Sentences written for these tests (not from any page), the same
defect story11 showed in Thai; published Wednesday 2025-03-12."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "vi", "2025-03-12")]


@pytest.mark.parametrize(
    ("text", "span", "want"),
    [
        ("Do bão, tỉnh cấm tàu thuyền ra khơi đến hết thứ Năm.", "thứ Năm", "2025-03-13"),
        ("Hà Nội tạm dừng hoạt động các bến xe liên tỉnh đến thứ Sáu.", "thứ Sáu", "2025-03-14"),
        ("Đà Lạt hạn chế xe khách lên đèo Prenn đến thứ Bảy.", "thứ Bảy", "2025-03-15"),
    ],
)
def test_a_ban_with_a_long_object_runs_ahead(text, span, want):
    assert found(text) == [(span, want)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a past marker: the Friday already had
        (
            "Hà Nội đã tạm dừng hoạt động các bến xe liên tỉnh đến thứ Sáu.",
            [("thứ Sáu", "2025-03-07")],
        ),
        # a schedule from one weekday to another: no date
        ("Thành phố cấm xe tải vào nội đô từ thứ Hai đến thứ Sáu.", []),
    ],
)
def test_a_past_marker_or_a_schedule_keeps_its_reading(text, want):
    assert found(text) == want
