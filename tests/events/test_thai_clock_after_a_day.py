"""A clock named right after a Thai day ("... ๑๓ มี.ค. ตามเวลาประเทศไทย",
"... 5 ก.ค. เวลาท้องถิ่น") is the day's, and a clause opening "หลัง" (after ...)
goes on with what was just told: no sentence ends before either (held-out
story20: "ภูเขาไฟลูกนี้เริ่มปะทุเมื่อเช้าวันอาทิตย์ที่ ๑๓ มี.ค. ตามเวลาประเทศไทย
หลังทางการสั่งอพยพ..." was cut after the month, its clock and the rest of its
clause a sentence of their own, so the day was not seen as told on a named
clock). "หลังจากนั้น" (after that) still opens the next happening. Sentences
written for these tests, on other happenings."""

from __future__ import annotations

import pytest

from newsline.events.sentences import split_sentences


def _sentences(text):
    return [text[a:b] for a, b in split_sentences(text, lang="th")]


@pytest.mark.parametrize(
    "text",
    [
        "เรือข้ามฟากล่มกลางแม่น้ำโขงเมื่อเช้าวันจันทร์ที่ ๗ ก.ค. ตามเวลาประเทศไทย "
        "หลังเจ้าหน้าที่สั่งปิดท่าเรือทั้ง ๔ แห่งไปก่อนหน้านั้นแล้ว",
        "ทีมกู้ภัยพบผู้รอดชีวิตอีก 3 คนเมื่อเช้าวันพุธที่ 9 ก.ค. ตามเวลาประเทศไทย "
        "หลังค้นหามานานกว่า 40 ชั่วโมง",
        "ทีมชาติไทยชนะเวียดนาม 2-1 ในนัดชิงชนะเลิศ เมื่อวันเสาร์ที่ 5 ก.ค. ตามเวลาประเทศไทย",
    ],
)
def test_a_clock_after_a_day_and_an_after_clause_stay_in_the_sentence(text):
    assert _sentences(text) == [text]


def test_after_that_still_opens_the_next_happening():
    text = (
        "ตำรวจจับกุมผู้ต้องหาสองคนที่เมืองปายเมื่อวันที่ 3 ก.ค. 2568 ในข้อหาลักทรัพย์ "
        "หลังจากนั้นศาลจังหวัดแม่ฮ่องสอนได้อนุมัติหมายขังผู้ต้องหาทั้งสองคน"
    )
    assert len(_sentences(text)) == 2
