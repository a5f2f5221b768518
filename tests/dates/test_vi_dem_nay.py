"""Vietnamese "đêm nay" (tonight) is today, as "tối nay" and "đêm qua" (last
night, yesterday) were read; it was not. Sentences invented; published
Wednesday 2025-12-03."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "vi", "2025-12-03")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Đêm nay, Nam Bộ có mưa dông rải rác.", [("Đêm nay", "2025-12-03")]),
        ("Trận chung kết diễn ra lúc 20h đêm nay.", [("đêm nay", "2025-12-03")]),
        (
            "Đêm nay và sáng mai, vùng núi có sương muối.",
            [("Đêm nay", "2025-12-03"), ("sáng mai", "2025-12-04")],
        ),
        # unchanged: last night, and "ban đêm" (at night) names no day
        ("Đêm qua, lũ lên nhanh ở thượng nguồn.", [("Đêm qua", "2025-12-02")]),
        ("Ban đêm nhiệt độ xuống thấp.", []),
    ],
)
def test_tonight(text, expected):
    assert found(text) == expected
