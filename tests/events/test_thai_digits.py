"""Thai digits (๐-๙) read as the digits they are.

A Thai page that writes its numbers in Thai digits ("๕๐ ล้านบาท", "๔๗ ราย")
must read as one that writes them in ASCII: the sentence goes on after the
number (a space after a Thai letter may end a Thai sentence, one after a
digit does not), the amount meets "50 millones" and "50 triệu", and "๑๒๐"
is a number, not a Thai name. All sentences are written for these tests.
"""

from __future__ import annotations

from newsline.events.anchors import sentence_anchors
from newsline.events.merge import merge_records
from newsline.events.sentences import split_sentences

from .records import event_record, extract_from_text, merge_documents

PLEDGE = "รัฐบาลไทยประกาศมอบเงินช่วยเหลือ ๕๐ ล้านบาทแก่ผู้ประสบภัยน้ำท่วมในกัมพูชา"


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang="th")]


DATED_PLEDGE = "เมื่อวันที่ ๘ มี.ค. ๒๕๖๙ " + PLEDGE


def test_a_space_after_a_thai_digit_ends_no_sentence():
    assert sentences(DATED_PLEDGE) == [DATED_PLEDGE]
    assert sentences(PLEDGE) == [PLEDGE]


def test_the_event_of_a_thai_digit_page_carries_the_amount_and_the_number():
    events = extract_from_text(DATED_PLEDGE, "th", published="2026-03-09")
    assert [e.date for e in events] == ["2026-03-08"]
    assert "num:5e+07" in events[0].anchors
    toll = "เมื่อวันที่ ๖ มี.ค. ทางการลาวแถลงว่าผู้เสียชีวิตเพิ่มขึ้นเป็น ๔๗ รายตามข้อมูลของทางการ"
    assert "num:47" in extract_from_text(toll, "th", published="2026-03-09")[0].anchors


def test_thai_digit_numbers_and_amounts_are_read_as_ascii_ones():
    assert "num:5e+07" in sentence_anchors(PLEDGE, "th")
    assert "num:47" in sentence_anchors("ผู้เสียชีวิตเพิ่มขึ้นเป็น ๔๗ ราย", "th")
    a = sentence_anchors("ที่ประชุมผู้บริจาคให้คำมั่นช่วยเหลือ ๑๒๐ ล้านดอลลาร์", "th")
    assert "num:1.2e+08" in a
    assert not any(x.startswith("name:") and any(c.isdigit() for c in x) for x in a)
    # full-width digits alike
    assert "num:47" in sentence_anchors("死亡人数升至４７人", "zh")


def test_a_thai_pledge_a_day_off_meets_the_others_and_is_flagged():
    from newsline.model import Document

    pages = [
        ("t", "th", "2026-03-09", DATED_PLEDGE),
        ("s", "es", "2026-03-10", "Tailandia aportó 50 millones de bahts a Camboya el sábado 7."),
        ("v", "vi", "2026-03-08", "Hôm qua, Thái Lan cam kết viện trợ 50 triệu baht cho Campuchia"),
    ]
    docs = [
        Document(id=i, source=f"https://{i}.example/a", text=t, lang=lg, published=p)
        for i, lg, p, t in pages
    ]
    events = merge_documents(docs).finalize()["events"]
    pledge = [e for e in events if len(e["sources"]) > 1]
    assert len(pledge) == 1 and pledge[0]["documents"] == 3
    assert [f["kind"] for f in pledge[0]["flags"]] == ["date_conflict"]


# ------------------------------------------------------------ near misses
def test_ascii_digit_thai_reads_as_before():
    text = PLEDGE.replace("๕๐", "50")
    assert sentences(text) == [text]
    assert "num:5e+07" in sentence_anchors(text, "th")


def test_a_space_after_a_thai_word_still_ends_a_sentence():
    text = (
        "รัฐบาลไทยประกาศมอบเงินช่วยเหลือ ๕๐ ล้านบาท "
        "นายกรัฐมนตรีเดินทางไปเยี่ยมผู้ประสบภัยที่จังหวัดอุบลราชธานี"
    )
    assert len(sentences(text)) == 2


def test_another_pledge_a_day_off_sharing_one_country_does_not_meet():
    th = event_record(
        "t", "เมื่อวันที่ ๘ มี.ค. ญี่ปุ่นมอบเงิน ๘๐ ล้านเยนแก่กัมพูชา", "2026-03-08", "th",
        surface="วันที่ ๘ มี.ค.",
    )
    es = event_record(
        "s", "Corea aportó 50 millones de wones a Camboya el sábado 7.", "2026-03-07",
        "es", surface="sábado 7",
    )
    assert len(merge_records([th, es])) == 2
