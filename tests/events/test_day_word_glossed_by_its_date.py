"""A day word written onto the date that glosses it ("เมื่อเช้าวันพุธที่ ๙ ก.ค.",
"yesterday, March 3") is one date for its event: the event's date span runs to
the end of the written date, so a named clock after it ("... ตามเวลาประเทศไทย")
is seen as the clock the day is told on (held-out story19's th_buddha and
story20's th_lava: the span was the day word alone, 17 characters before the
clock, and the day was taken for a local one). Sentences written for this test."""

from __future__ import annotations

from newsline.events.merge import _told_in_a_named_clock, event_records
from newsline.model import Document

from .records import extract_from_text

TEXT = (
    "ทีมกู้ภัยพบผู้รอดชีวิตอีก 3 คนเมื่อเช้าวันพุธที่ ๙ ก.ค. ตามเวลาประเทศไทย "
    "หลังค้นหามานานกว่า 40 ชั่วโมง"
)


def test_the_event_date_runs_to_the_written_date():
    text = TEXT
    (event,) = extract_from_text(text, "th", published="2025-07-10")
    assert event.date == "2025-07-09"
    assert text[event.date_start : event.date_end].endswith("ก.ค.")


def test_a_clock_after_the_glossed_date_is_the_days_clock():
    text = TEXT
    doc = Document(id="d", source="https://d.example/a", text=text, lang="th")
    doc.published = "2025-07-10"
    doc.events = extract_from_text(text, "th", published="2025-07-10")
    (record,) = event_records(doc)
    assert _told_in_a_named_clock(record)


def test_a_day_alone_keeps_its_span():
    text = "The ferry sank off Cebu yesterday after its engine failed, the coast guard said."
    (event,) = extract_from_text(text, "en", published="2025-07-10")
    assert text[event.date_start : event.date_end] == "yesterday"
