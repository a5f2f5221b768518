"""Vietnamese names a day of the current or next month by its number and
its side: "vào ngày 20 tới" (the coming 20th), "hôm ngày 5 vừa qua" (the
5th just gone). heldout8's "mở cửa trở lại vào ngày 3 tới" (published on
the 20th) was unread: it is the 3rd of next month. "tới" opening a range's
end ("ngày 3 tới ngày 5/7", "tới hết") stays a range word. Sentences
written for these tests; published 2025-03-12."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2025-03-12"


def found(text, lang, pub=PUB):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Phiên tòa sẽ mở lại vào ngày 20 tới.", [("ngày 20", "2025-03-20", None)]),
        ("Bến xe hoạt động bình thường từ ngày 2 tới.", [("ngày 2", "2025-04-02", None)]),
        ("Vụ tai nạn xảy ra hôm ngày 9 vừa qua.", [("ngày 9", "2025-03-09", None)]),
        ("Cuộc họp diễn ra ngày 28 vừa rồi tại Huế.", [("ngày 28", "2025-02-28", None)]),
    ],
)
def test_bare_day_with_its_side(text, want):
    assert found(text, "vi") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Đường đóng từ ngày 14 tới ngày 16/3.",
            [("ngày 14 tới ngày 16/3", "2025-03-14", "2025-03-16")],
        ),
        ("Giá xăng tăng 3 lần trong 10 ngày tới.", []),
        ("Mỗi ngày 2 tới 3 chuyến xe.", []),
    ],
)
def test_no_bare_day(text, want):
    assert found(text, "vi") == want
