"""A Vietnamese heading or stamp that writes a weekday, a comma and a
year-less day/month ("Thứ Hai, 10/3.", "Chủ nhật, 9/3"): the date written,
not the weekday alone read as last or next Monday. A weekday that disagrees
with the date keeps the date and notes the mismatch (the README: the date
as written wins). "Thứ hai, ..." with a lowercase day word opens a sentence
with "secondly", so that form stays no cue. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-03-08"  # a Saturday


def found(text, lang="vi"):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("Thứ Hai, 10/3.\nGiá xăng tăng nhẹ từ chiều nay.", "Thứ Hai, 10/3", "2025-03-10"),
        ("Chủ nhật, 9/3, đội tuyển lên đường sang Nhật.", "Chủ nhật, 9/3", "2025-03-09"),
        ("thứ Sáu, 7/3, hội nghị đã bế mạc.", "thứ Sáu, 7/3", "2025-03-07"),
        ("Thứ Hai, 10-3, trường học mở cửa lại.", "Thứ Hai, 10-3", "2025-03-10"),
    ],
)
def test_weekday_comma_day_month_is_the_date(text, span, value):
    assert (span, value) in found(text)


def test_weekday_that_disagrees_keeps_the_date_with_a_note():
    text = "Thứ Ba, 10/3.\nGiá vàng giảm."
    ms = resolve_dates(text, "vi", PUB)
    first = next(m for m in ms if m.start == 0)
    assert first.value == "2025-03-10"
    assert "weekday mismatch" in (first.anchor or "")


@pytest.mark.parametrize(
    "text",
    [
        "Thứ hai, 3/4 số phiếu ủng hộ dự luật.",
        "thứ hai, 2/3 cử tri đi bầu.",
    ],
)
def test_secondly_is_no_weekday_cue(text):
    assert all(value != "2025-04-03" and value != "2025-03-02" for _, value in found(text))
