"""Vietnamese "sáng mai", "trưa mai", "chiều mai", "tối mai", "đêm mai" (a
part of tomorrow) are tomorrow, as "ngày mai" and "sáng nay" / "tối qua"
were. "Mai" is also a given name ("Chiều Mai về quê" = Mai goes home in the
afternoon) and a flower ("hoa mai"): only the lower-case word after a part
of the day is read, and not after a compound ending in one ("ban đêm" at
night, "nửa đêm" midnight, "ánh sáng" light). Sentences written for these
tests; published 2024-06-12."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-06-12"


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "vi", PUB)]


@pytest.mark.parametrize(
    "text,span",
    [
        ("Trưa mai, bão số 2 sẽ đổ bộ vào Quảng Ninh.", "Trưa mai"),
        ("Sáng mai, các trường học tại Huế khai giảng.", "Sáng mai"),
        ("Đội tuyển sẽ lên đường vào chiều mai.", "chiều mai"),
        ("Đêm mai, miền Bắc có mưa to.", "Đêm mai"),
    ],
)
def test_part_of_tomorrow(text, span):
    assert found(text) == [(span, "2024-06-13")]


@pytest.mark.parametrize(
    "text",
    [
        "Chiều Mai về quê thăm mẹ.",
        "Hoa mai nở sớm ở vườn nhà.",
        "Tối Mai thường đọc sách.",
        # the word of a compound: at night, midnight, light; some day
        "Lệnh cấm đánh bắt cá ban đêm mai thu hoạch xong.",
        "Nửa đêm mai phục ở bìa rừng, nhóm cướp bị bắt.",
        "Ánh sáng mai của đèn pha chiếu rọi.",
        "Chiều mai mốt gì đó tôi sẽ về.",
    ],
)
def test_mai_not_tomorrow(text):
    assert found(text) == []
