"""Thai "นี้" right after a weekday ("วันศุกร์นี้", this coming Friday) looks
ahead, as after a month ("เดือน ก.ค. นี้"): "เตือนฝนตกหนักวันศุกร์นี้" was
read as last Friday. Without it, or with a past word after it, the weekday
stays the one just past. Sentences written for these tests; published
Wednesday 2025-10-15."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-10-15"


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "th", PUB)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("กรมอุตุฯ เตือนฝนตกหนักวันศุกร์นี้", ("วันศุกร์", "2025-10-17")),
        ("วันเสาร์นี้ จะมีการแข่งขันนัดชิง", ("วันเสาร์", "2025-10-18")),
        # unchanged
        ("เมื่อวันศุกร์ ฝนตกหนักในกรุงเทพฯ", ("วันศุกร์", "2025-10-10")),
        ("วันศุกร์ที่ผ่านมา ฝนตกหนัก", ("วันศุกร์ที่ผ่านมา", "2025-10-10")),
    ],
)
def test_this_weekday(text, expected):
    assert expected in found(text)
