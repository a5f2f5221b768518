"""Thai sentences around dates: a date is never split, and a date closing a
statement ends the sentence when a new clause (its own subject and verb)
follows.

Thai writes no sentence punctuation; a space after a date's digits ("2568",
"68") or its abbreviated month ("ก.พ.") was never a place to end one, so the
statement and the next sentence became one event quote. Texts are invented
(an announcement, a sports report, a business note).
"""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.dates import ResolveDates
from newsline.events import ExtractEvents, split_sentences
from newsline.model import Document


def sentences(text):
    return [text[s:e] for s, e in split_sentences(text, 0, len(text), "th")]


@pytest.mark.parametrize(
    "first,second",
    [
        # a government announcement: full date, Buddhist-era year
        (
            (
                "คณะรัฐมนตรีอนุมัติงบประมาณก่อสร้างเขื่อนป้องกันน้ำท่วมในจังหวัดลำปาง "
                "โดยสัญญาลงนามเมื่อวันที่ 12 มีนาคม 2568"
            ),
            "ผู้แทนทั้งสองฝ่ายจะประชุมติดตามความคืบหน้าทุกไตรมาส",
        ),
        # a sports report: day and abbreviated month only
        (
            "ทีมชาติไทยเอาชนะทีมชาติเวียดนามในนัดชิงชนะเลิศที่สนามกีฬากลางจังหวัดเมื่อ 3 ก.พ.",
            "โค้ชทีมชาติไทยกล่าวว่าผู้เล่นทุกคนทุ่มเทอย่างมาก",
        ),
        # a business note: abbreviated month, two-digit year
        (
            "บริษัทผู้ผลิตชิ้นส่วนยานยนต์รายใหญ่ประกาศเพิ่มทุนจดทะเบียนเมื่อ 12 มี.ค. 68",
            "นักวิเคราะห์คาดว่าราคาหุ้นจะปรับตัวขึ้นในไตรมาสหน้า",
        ),
        # the new subject written apart from its verb (name, surname, position)
        (
            "กรมชลประทานเปิดประตูระบายน้ำเพิ่มอีกสามบานเมื่อวันที่ 12 มีนาคม 2568",
            "นายสมหมาย ทองดี ผู้ว่าราชการจังหวัด กล่าวว่าระดับน้ำในแม่น้ำลดลงแล้ว",
        ),
        # Thai digits, era written out
        (
            "สภาผู้แทนราษฎรลงมติรับร่างกฎหมายงบประมาณในวาระแรกเมื่อวันที่ ๑๒ มีนาคม พ.ศ. ๒๕๖๘",
            "ฝ่ายค้านประกาศว่าจะยื่นญัตติอภิปรายไม่ไว้วางใจ",
        ),
    ],
)
def test_a_date_closing_a_statement_ends_the_sentence(first, second):
    assert sentences(first + " " + second) == [first, second]


@pytest.mark.parametrize(
    "text",
    [
        # what follows the date continues the statement: a time, a place,
        # a consequence, "ที่ผ่านมา", "นี้"
        (
            "สำนักงานคณะกรรมการการเลือกตั้งจะประกาศผลการนับคะแนนในวันที่ 12 มีนาคม 2568 "
            "เวลา 10.00 น. ณ ศาลากลางจังหวัด"
        ),
        ("ธนาคารกลางปรับขึ้นอัตราดอกเบี้ยนโยบายเมื่อวันที่ 12 มี.ค. 68 ส่งผลให้ราคาหุ้นกลุ่มธนาคารปรับตัวสูงขึ้นทันที"),
        ("นักวิ่งมาราธอนจากทั่วประเทศเข้าร่วมการแข่งขันการกุศลเมื่อ 3 ก.พ. ที่ผ่านมา โดยมีผู้สมัครกว่าห้าพันคน"),
        "กระทรวงศึกษาธิการจะเปิดรับสมัครครูอัตราจ้างทั่วประเทศในวันที่ 12 มีนาคม 2568 นี้",
        # the date opens the sentence: nothing was stated before it
        "เมื่อวันที่ 12 มีนาคม 2568 ผู้แทนทั้งสองฝ่ายได้ลงนามในสัญญาก่อสร้างเขื่อนแห่งใหม่",
    ],
)
def test_a_date_inside_a_statement_does_not_end_it(text):
    assert sentences(text) == [text]


@pytest.mark.parametrize(
    "text,date",
    [
        (
            (
                "สภาผู้แทนราษฎรลงมติรับร่างกฎหมายงบประมาณในวาระแรกเมื่อวันที่ ๑๒ มีนาคม ๒๕๖๘"
                "ฝ่ายค้านประกาศว่าจะยื่นญัตติอภิปรายไม่ไว้วางใจ"
            ),
            "วันที่ ๑๒ มีนาคม ๒๕๖๘",
        ),
        (
            (
                "สหกรณ์การเกษตรรับซื้อข้าวเปลือกจากสมาชิกในราคาประกันตั้งแต่วันที่ ๑๒ มี.ค. ๖๘"
                "เกษตรกรหลายรายนำข้าวมาขายจนโกดังเต็ม"
            ),
            "วันที่ ๑๒ มี.ค. ๖๘",
        ),
        (
            (
                "นักกีฬาว่ายน้ำทีมชาติคว้าเหรียญทองในการแข่งขันชิงแชมป์ภูมิภาคเมื่อ ๓ ก.พ."
                "สมาคมกีฬาว่ายน้ำจะมอบเงินรางวัลให้นักกีฬาทุกคน"
            ),
            "๓ ก.พ.",
        ),
    ],
)
def test_a_date_is_never_split_inside(text, date):
    a = text.index(date)
    spans = split_sentences(text, 0, len(text), "th")
    assert any(s <= a and a + len(date) <= e for s, e in spans), [text[s:e] for s, e in spans]


def test_the_event_quote_is_the_sentence_that_holds_the_date():
    first = "คณะรัฐมนตรีอนุมัติงบประมาณก่อสร้างเขื่อนป้องกันน้ำท่วมในจังหวัดลำปาง โดยสัญญาลงนามเมื่อวันที่ 12 มีนาคม 2568"
    text = first + " ผู้แทนทั้งสองฝ่ายจะประชุมติดตามความคืบหน้าทุกไตรมาส"
    doc = Document(id="d", source="s", text=text, lang="th", published="2025-03-14")
    stats = Counter()
    ResolveDates()([doc], stats)
    ExtractEvents()([doc], stats)
    (ev,) = [e for e in doc.events if e.date == "2025-03-12"]
    assert text[ev.start : ev.end] == first
