"""A dateline in a script without capitals -- a place, the full date, a dash
("ขอนแก่น 9 ส.ค. 2568 – ...", as Thai papers and wires open a story) -- is
the day the story was filed: "yesterday", "this morning" and weekdays after
it count from it, not from a publish stamp days later (an update stamp, a
page re-saved). Nor is the dateline's day an event: the filing day is no
happening. A date opening a chronology line with no place, or after a word
that leads to a date in a sentence ("เมื่อวันที่"), is no dateline. Stories
invented; the page is stamped 2025-08-13, four days after its dateline."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.dates import ResolveDates, resolve_dates
from newsline.events import ExtractEvents
from newsline.model import Document

STAMP = "2025-08-13"


def found(text):
    return {text[m.start : m.end]: m.value for m in resolve_dates(text, "th", STAMP)}


@pytest.mark.parametrize("place", ["ขอนแก่น", "ทำเนียบรัฐบาล", "อ.เมือง จ.ภูเก็ต"])
def test_a_thai_dateline_is_the_writers_today(place):
    text = (
        f"{place} 9 ส.ค. 2568 – เมื่อวานนี้ เจ้าหน้าที่ตำรวจจับกุมผู้ต้องสงสัยได้ 3 ราย "
        "และเช้าวันนี้ได้นำตัวไปฝากขังที่ศาลจังหวัด"
    )
    got = found(text)
    assert got["เมื่อวานนี้"] == "2025-08-08"
    assert got["วันนี้"] == "2025-08-09"


@pytest.mark.parametrize(
    "line",
    [
        # a chronology line: no place before its date
        "9 ส.ค. 2568 – ตำรวจแถลงผลการสอบสวน",
        # a sentence's date ("on the 9th"), a dash after it all the same
        "เมื่อวันที่ 9 ส.ค. 2568 – ตำรวจแถลงผลการสอบสวน",
    ],
)
def test_a_date_opening_a_line_without_a_place_is_no_dateline(line):
    text = line + "\nเมื่อวานนี้ เจ้าหน้าที่ตำรวจจับกุมผู้ต้องสงสัยได้ 3 ราย"
    assert found(text)["เมื่อวานนี้"] == "2025-08-12"


def test_the_datelines_day_is_no_event():
    text = "ขอนแก่น 9 ส.ค. 2568 – เมื่อวานนี้ เจ้าหน้าที่ตำรวจจับกุมผู้ต้องสงสัยในคดีฉ้อโกงได้ 3 ราย ที่อำเภอบ้านไผ่"
    doc = Document(id="d", source="https://d.example/a", text=text, lang="th", published=STAMP)
    stats: Counter[str] = Counter()
    ResolveDates()([doc], stats)
    ExtractEvents()([doc], stats)
    assert [e.date for e in doc.events] == ["2025-08-08"]
