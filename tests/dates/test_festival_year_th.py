"""A Thai festival named with its Buddhist-era year ("เทศกาลลอยกระทง 2567",
"เทศกาลกินเจ 2566") gives that year, as "La Semana Santa de 2025" does; the
festival alone gives none (its day moves). Not a count after a festival word
("เทศกาลหนังสือ 2500 เล่ม", "ลดราคาช่วงเทศกาล 2500 บาท"). Publication date:
10 December 2025."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-12-10"


def spans(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "th", PUB)]


@pytest.mark.parametrize(
    "text,expect",
    [
        ("เทศกาลลอยกระทง 2567 มีนักท่องเที่ยวกว่าหนึ่งแสนคน", [("2567", "2024")]),
        ("ยอดขายอาหารเจช่วงเทศกาลกินเจ 2566 เพิ่มขึ้นร้อยละ 5", [("2566", "2023")]),
    ],
)
def test_festival_with_its_year_gives_the_year(text, expect):
    assert spans(text) == expect


@pytest.mark.parametrize(
    "text",
    [
        "งานเทศกาลหนังสือ 2500 เล่มถูกขายหมดในวันแรก",
        "ห้างลดราคาช่วงเทศกาล 2500 บาททุกชิ้น",
        "เทศกาลลอยกระทงคึกคักทั่วประเทศ",
    ],
)
def test_festival_without_a_year_is_no_date(text):
    assert spans(text) == []
