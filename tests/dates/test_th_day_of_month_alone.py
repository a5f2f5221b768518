"""A Thai day of the month named alone, "วันที่ N", with the word after it
that tells which such day: "นี้" / "ที่จะถึง" (the coming one), "ที่ผ่านมา"
(the one just past), "เป็นต้นไป" (from it on: ahead when told with "จะ",
will). Not a bare "วันที่ 5" (as often the fifth day of something: "เข้าสู่
วันที่ 5"), nor "from the 5th on" told with no future word (a rise since the
5th). Sentences written for these tests; published Wednesday 2025-10-15."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-10-15"


def values(text):
    return [m.value for m in resolve_dates(text, "th", PUB)]


@pytest.mark.parametrize(
    "text,value",
    [
        ("คณะกรรมการจะประชุมสรุปผลในวันที่ 20 นี้", "2025-10-20"),
        ("ตำรวจแถลงผลการจับกุมเมื่อวันที่ 3 ที่ผ่านมา", "2025-10-03"),
        ("สะพานจะปิดการจราจรตั้งแต่เวลา 22.00 น. ของวันที่ 2 เป็นต้นไป", "2025-11-02"),
        ("ผู้ว่าฯ นัดหารือในวันที่ 28 ที่จะถึง", "2025-10-28"),
    ],
)
def test_a_day_alone_with_the_word_that_tells_which(text, value):
    assert values(text) == [value]


@pytest.mark.parametrize(
    "text,value",
    [
        ("การชุมนุมเข้าสู่วันที่ 5 แล้ว", []),
        ("ผู้ประท้วงอดอาหารเป็นวันที่ 12 ติดต่อกัน", []),
        # no future word: the 2nd just past, not next month's
        ("ค่าโดยสารปรับขึ้นตั้งแต่วันที่ 2 เป็นต้นไป", ["2025-10-02"]),
    ],
)
def test_no_day_alone_without_it(text, value):
    assert values(text) == value
