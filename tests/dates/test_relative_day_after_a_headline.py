"""A word ending the line above ("... sau 20 ngày", "... trong tháng") does not
block a relative day that opens the next line ("Hôm qua, ...", "Sáng nay,
..."): the blocking words ("những", "các", "tháng", "ngày") make the
expression right after them plural or part of a date only inside one line
(held-out story16: a headline "... chấm dứt đình công sau 20 ngày" above
"Hôm qua, công đoàn ... đã ký thỏa thuận" left the sentence dated by a month
told later in it). Pages written for this test, on other happenings."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2026-07-09"


def values(text, lang="vi", published=PUB):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, published)]


@pytest.mark.parametrize(
    "text, span, day",
    [
        (
            (
                "Giá xăng tăng lần thứ ba trong tháng\n\nSáng nay, liên bộ Công Thương - Tài chính "
                "điều chỉnh giá bán lẻ xăng dầu."
            ),
            "Sáng nay",
            "2026-07-09",
        ),
        (
            (
                "Hà Nội nắng nóng gay gắt kéo dài 5 ngày\nHôm qua, nhiệt độ ngoài trời ở nội thành "
                "vượt 40 độ C."
            ),
            "Hôm qua",
            "2026-07-08",
        ),
        (
            "Ký ức về những\n\nTối qua, nhà hát lớn tổ chức đêm nhạc tưởng nhớ cố nhạc sĩ.",
            "Tối qua",
            "2026-07-08",
        ),
    ],
)
def test_relative_day_opening_a_line_after_a_blocking_word(text, span, day):
    assert (span, day) in values(text)


def test_blocking_word_in_the_same_line_still_blocks():
    # "những ngày qua" (the past days) is a span, not yesterday; "ngày 15 tháng
    # trước" the 15th of last month, not "15 months ago"
    text = "Trong những ngày qua, giá vàng tăng liên tục."
    assert not any(v == "2026-07-08" for _, v in values(text))
    got = values("Hợp đồng được ký ngày 15 tháng trước tại Đà Nẵng.")
    assert all(not v.startswith("2025") for _, v in got), got
