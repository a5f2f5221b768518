"""Two Vietnamese forms of a day (heldout15's misses):
- a bare day and month after the noun of a happening held on a day ("cuộc
  bầu cử 7/2", "phiên họp 15/3", "hội nghị 20/11"): the day it is held, as
  "lễ 2/9" and "ngày 7/2" already were; it was no date, so "Một ngày sau
  cuộc bầu cử 7/2" had nothing to count from. Not a share ("2/3 số ghế");
- a part of the day before "ngày" and a bare day ("vào sáng ngày 25"): a day
  of the month, as "ngày 25 tới" is; not with its month after it.
Sentences written for these tests; published 2026-03-04."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2026-03-04"


def found(text, pub=PUB):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "vi", pub)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Hai ngày sau cuộc bầu cử 15/3, kết quả chính thức sẽ được công bố.",
            [("Hai ngày sau", "2026-03-17"), ("15/3", "2026-03-15")],
        ),
        ("Phiên họp 20/3 của Ủy ban sẽ bàn về ngân sách.", [("20/3", "2026-03-20")]),
        ("Hội nghị 27/2 đã thông qua nghị quyết về giá điện.", [("27/2", "2026-02-27")]),
        ("Phiên tòa sẽ được mở lại vào chiều ngày 12.", [("ngày 12", "2026-03-12")]),
        ("Tối ngày 2, lực lượng cứu hộ đã tiếp cận hiện trường.", [("ngày 2", "2026-03-02")]),
    ],
)
def test_vi_day_of_a_happening_or_a_part_of_the_day(text, want):
    assert found(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Đảng này giành 2/3 số ghế trong cuộc bầu cử.",
        "Cuộc bầu cử 2/3 số ghế còn lại diễn ra sôi nổi.",
        "Anh ấy làm việc suốt ngày đêm, sáng ngày nào cũng dậy sớm.",
    ],
)
def test_vi_no_date(text):
    assert found(text) == []


def test_vi_day_part_day_with_its_month_is_read_whole():
    assert found("Sáng ngày 25 tháng 3, đoàn sẽ lên đường.") == [("ngày 25 tháng 3", "2026-03-25")]


@pytest.mark.parametrize(
    "text",
    [
        # a share of a body of people after the noun of a meeting: "two
        # thirds of the delegates", "three quarters of the members"
        "Hội nghị 2/3 đại biểu tán thành nghị quyết.",
        "Phiên họp 3/4 thành viên vắng mặt nên phải hoãn.",
        "Cuộc trưng cầu ý dân cần 1/2 cử tri đi bỏ phiếu mới hợp lệ.",
    ],
)
def test_vi_a_share_of_a_body_after_a_meeting_noun_is_no_date(text):
    assert found(text) == []
