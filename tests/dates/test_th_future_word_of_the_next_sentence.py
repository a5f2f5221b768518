"""Thai marks a sentence's end with a space only. A year-less date opening a
Thai sentence looked ahead when a future word ("จะ") came anywhere in the
next 80 characters, even after the space that ends its sentence: "ระหว่าง
วันที่ 3-5 มี.ค. ฝนตกหนักในหลายจังหวัด เทศกาลจะจัดขึ้นในเดือนหน้า" put the
rain of early March a year ahead. The future word counts in the date's own
clause, up to the next space after Thai letters. Sentences written for
these tests."""

from __future__ import annotations

from newsline.dates import resolve_dates

PUB = "2025-03-14"


def first(text):
    m = resolve_dates(text, "th", PUB)[0]
    return text[m.start : m.end], m.value


def test_the_next_sentence_s_future_word_does_not_count():
    text = "ระหว่างวันที่ 3-5 มี.ค. ฝนตกหนักในหลายจังหวัด เทศกาลจะจัดขึ้นในเดือนหน้า"
    assert first(text) == ("วันที่ 3-5 มี.ค.", "2025-03-03")


def test_the_date_s_own_clause_still_looks_ahead():
    assert first("วันที่ 3 มี.ค. จะมีการประชุมใหญ่ของสมาคม")[1] == "2026-03-03"
    assert first("วันที่ 3 มี.ค. นายกรัฐมนตรีจะเดินทางไปเชียงใหม่")[1] == "2026-03-03"
