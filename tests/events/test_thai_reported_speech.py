"""Thai reports open with "ผู้สื่อข่าวรายงานว่า" ("the reporter reports
that") and then the date, the subject and the verb: "ผู้สื่อข่าวรายงานว่า
เมื่อวันที่ 10 ก.ค. 67 นายสมชาย ใจดี นายกเทศมนตรี แถลงว่า ...". Nothing is
stated between "ว่า" and the next verb, so no sentence may end there: the
event quotes the whole statement, not "... the reporter reports that on
10 July". Texts are invented."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.dates import ResolveDates
from newsline.events import ExtractEvents, split_sentences
from newsline.model import Document


def sentences(text):
    return [text[s:e] for s, e in split_sentences(text, 0, len(text), "th")]


REPORTED = (
    "ผู้สื่อข่าวรายงานว่า เมื่อวันที่ 10 ก.ค. 67 นายสมชาย ใจดี นายกเทศมนตรีนครขอนแก่น "
    "แถลงว่าเทศบาลได้เริ่มโครงการปรับปรุงสวนสาธารณะกลางเมืองแล้ว"
)


@pytest.mark.parametrize(
    "text",
    [
        REPORTED,
        (
            "รายงานข่าวแจ้งว่า เมื่อวันที่ 3 มี.ค. 2567 นางสาวมาลี ศรีสุข ผู้ว่าราชการจังหวัด "
            "ได้ลงพื้นที่ตรวจสอบความเสียหายจากพายุฤดูร้อน"
        ),
    ],
)
def test_what_was_reported_is_one_sentence(text):
    assert sentences(text) == [text]


@pytest.mark.parametrize(
    "first,second",
    [
        # a statement with its verb after "ว่า", closed by a date: a new
        # clause after it is a new sentence, as before
        (
            "โฆษกรัฐบาลกล่าวว่า คณะรัฐมนตรีอนุมัติงบประมาณซ่อมถนนสายหลักเมื่อ 3 ก.พ.",
            "โค้ชทีมชาติไทยกล่าวว่าผู้เล่นทุกคนทุ่มเทอย่างมาก",
        ),
        (
            "ทีมชาติไทยเอาชนะทีมชาติเวียดนามในนัดชิงชนะเลิศที่สนามกีฬากลางจังหวัดเมื่อ 3 ก.พ.",
            "โค้ชทีมชาติไทยกล่าวว่าผู้เล่นทุกคนทุ่มเทอย่างมาก",
        ),
    ],
)
def test_a_stated_clause_closed_by_a_date_still_ends(first, second):
    assert sentences(first + " " + second) == [first, second]


def test_the_event_quotes_the_whole_report():
    body = REPORTED + " โดยใช้งบประมาณกว่า 35 ล้านบาท"
    doc = Document(id="t", source="t", text=body, lang="th", published="2024-07-11")
    from newsline.model import Block

    doc.blocks = [Block(0, len(body), label="body", lang="th")]
    stats: Counter[str] = Counter()
    ResolveDates()([doc], stats)
    ExtractEvents()([doc], stats)
    (ev,) = [e for e in doc.events if e.date == "2024-07-10"]
    quote = body[ev.start : ev.end]
    assert quote.startswith("ผู้สื่อข่าวรายงานว่า")
    assert "แถลงว่าเทศบาลได้เริ่มโครงการ" in quote
