"""A Thai day told after its clause, across a space ("... ปิดถนนทั้งสาย
เมื่อวันพฤหัสบดีที่ 4 ก.ย. 2568", "... เมื่อวานนี้", "... เมื่อคืนนี้") is the time of
what was just told, as "เมื่อวันที่ 4 ..." already was: no sentence ends before
it, and the event on that day quotes the clause (held-out story16: "สหภาพแรงงาน
... ได้นัดหยุดงานทั่วประเทศเป็นเวลา 24 ชั่วโมง เมื่อวันอังคารที่ 27 มี.ค. 2578
ส่งผลให้..." lost its subject to the sentence before the weekday). Sentences
written for this test, on other happenings. "เมื่อ" alone ("when ...")
still may open a sentence."""

from __future__ import annotations

import pytest

from newsline.events.sentences import split_sentences

from .records import extract_from_text


def _sentences(text):
    return [text[a:b] for a, b in split_sentences(text, lang="th")]


@pytest.mark.parametrize(
    "text, clause, day",
    [
        (
            (
                "กรมทางหลวงสั่งปิดถนนสายเชียงใหม่-ฮอด ทั้งสายเป็นเวลา 12 ชั่วโมง "
                "เมื่อวันพฤหัสบดีที่ 4 ก.ย. 2568 หลังเกิดดินสไลด์ทับเส้นทาง"
            ),
            "กรมทางหลวงสั่งปิดถนน",
            "2025-09-04",
        ),
        (
            ("นักศึกษากว่าสามพันคนชุมนุมหน้าศาลากลางจังหวัดขอนแก่นอย่างสงบ เมื่อวานนี้ เพื่อเรียกร้องให้ลดค่าเทอม"),
            "นักศึกษากว่าสามพันคนชุมนุม",
            "2025-09-08",
        ),
        (
            (
                "เจ้าหน้าที่ศุลกากรยึดงาช้างน้ำหนักรวมกว่า 200 กิโลกรัมที่ท่าเรือแหลมฉบัง "
                "เมื่อคืนนี้ ก่อนส่งตัวผู้ต้องสงสัยให้ตำรวจ"
            ),
            "เจ้าหน้าที่ศุลกากรยึดงาช้าง",
            "2025-09-08",
        ),
    ],
)
def test_day_after_its_clause_keeps_the_clause(text, clause, day):
    sents = _sentences(text)
    assert len(sents) == 1, sents
    events = extract_from_text(text, "th", "2025-09-09")
    a = text.index(clause)
    assert any(e.start <= a < e.end and e.date == day for e in events), [
        (e.date, text[e.start : e.end]) for e in events
    ]


def test_when_clause_still_opens_a_sentence():
    text = (
        "ฝนตกหนักต่อเนื่องทั้งคืนจนน้ำท่วมถนนหลายสายในตัวเมืองอุบลราชธานี "
        "เมื่อน้ำลดลงเจ้าหน้าที่เทศบาลได้เข้าทำความสะอาดทันที"
    )
    assert len(_sentences(text)) == 2
