"""A Thai questions-and-answers page generated from its headline (heldout15's
g16): the answers were measured at two characters a word, as Chinese ones
are, so a Thai answer of fifteen words read as forty and the page passed as
an editor's FAQ. Thai answers are now counted in words by the segmenter.
Pages written for this file on other topics; a Thai FAQ whose answers give
figures stays clean."""

from __future__ import annotations

from tests.flags.helpers import flagged, kinds


def test_a_thai_faq_built_on_the_headline_is_a_farm():
    text = (
        "ค่าไฟเดือนนี้ แพงขึ้นไหม ค่าไฟเดือนนี้ จ่ายเท่าไร\n"
        "ค่าไฟเดือนนี้ แพงขึ้นไหม? ค่าไฟเดือนนี้ อาจแพงขึ้นหรือไม่แพงขึ้นก็ได้ ขึ้นอยู่กับหลายปัจจัย\n"
        "ค่าไฟเดือนนี้ จ่ายเท่าไร? ค่าไฟเดือนนี้ แต่ละบ้านจ่ายไม่เท่ากัน ควรติดตามข่าวสารอย่างใกล้ชิด\n"
        "ทำไมค่าไฟเดือนนี้ จึงสำคัญ? เพราะค่าไฟเดือนนี้ เป็นเรื่องที่ทุกคนควรรู้และให้ความสนใจ\n"
    )
    doc = flagged(text, labels={0: "title"})
    assert kinds(doc, "content_farm", signal="generated_faq"), [f.reason for f in doc.flags]


def test_a_thai_faq_answering_with_figures_stays_clean():
    text = (
        "ค่าไฟงวดใหม่ ถาม-ตอบ ค่าไฟงวดใหม่ที่ควรรู้\n"
        "ค่าไฟงวดใหม่ เริ่มเมื่อไร? เริ่มในรอบบิลเดือนมกราคมถึงเมษายน 2570 ตามมติ กกพ.\n"
        "ค่าไฟงวดใหม่ เท่าไร? อัตราเฉลี่ยหน่วยละ 4.15 บาท ลดลง 3 สตางค์จากงวดก่อน\n"
        "ค่าไฟงวดใหม่ ใครได้ส่วนลด? บ้านที่ใช้ไฟไม่เกิน 150 หน่วยต่อเดือนได้ส่วนลดร้อยละ 10\n"
    )
    doc = flagged(text, labels={0: "title"})
    assert not kinds(doc, "content_farm"), [f.reason for f in doc.flags]
