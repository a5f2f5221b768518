"""A Thai subject with no title -- a company, a cooperative, a foundation --
and an apposition opened by the agent noun "ผู้" keeps its verb, and its name.

Thai writes "บริษัท X ผู้ผลิต...รายใหญ่ ยื่นข้อเสนอ..." (X, a large maker of
..., submitted ...) as space-separated chunks. The tagger reads the
adjective "รายใหญ่" (large) as a stative verb, so the apposition looked like
a statement and the splitter cut the subject off from its predicate when
that opens with a word tagged as a noun ("ยื่นข้อเสนอ", "แจ้งความ"): the
event's sentence lost the name that merges it across languages. Sentences
invented for this test (not from any page)."""

from __future__ import annotations

import pytest

from newsline.events.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang="th")]


@pytest.mark.parametrize(
    "text",
    [
        # a cement maker bids for a rival
        "บริษัท ลานนาซีเมนต์ ผู้ผลิตปูนซีเมนต์รายใหญ่จากภาคเหนือ ยื่นข้อเสนอซื้อกิจการคู่แข่งเมื่อวันที่ 4 ก.ย.",
        # a fishery firm from another country, its name in three chunks
        "บริษัท ซานโต ปาโบล ฟิชชิ่ง ผู้แปรรูปปลาทูน่ารายใหญ่ที่สุดในเอเชีย ยื่นข้อเสนอซื้อกิจการเมื่อวานนี้",
        # a foundation, no "บริษัท" before it, withdraws
        "มูลนิธิกระจกใส ผู้ให้ทุนรายใหญ่ของโครงการ แจ้งถอนตัวเมื่อวันจันทร์",
        # a rice exporter files a complaint (one sentence before as well)
        "บริษัท ข้าวทองอีสาน ผู้ส่งออกข้าวรายใหญ่ที่สุดของประเทศ แจ้งความต่อตำรวจเมื่อวันอังคาร",
    ],
)
def test_an_untitled_subject_and_its_apposition_stay_with_their_verb(text):
    assert _sentences(text) == [text]


def test_a_verb_before_the_apposition_still_ends_the_sentence():
    # "Police arrested Mr Somchai Jaidee, a drug suspect. Officers seized
    # much evidence.": the apposition follows a clause, not a waiting subject
    text = "ตำรวจจับกุมนายสมชาย ใจดี ผู้ต้องหาคดียาเสพติด เจ้าหน้าที่ยึดของกลางได้จำนวนมาก"
    assert len(_sentences(text)) == 2


def test_an_agent_noun_chunk_with_an_action_verb_is_a_clause():
    # "At the Government House, protesters stormed in. Police came an hour
    # later.": the chunk opened by "ผู้" has its own action verb ("บุกเข้ายึด")
    text = "ลานหน้าทำเนียบ ผู้ชุมนุมบุกเข้ายึดทำเนียบ ตำรวจเดินทางมาถึงในอีกหนึ่งชั่วโมงต่อมา"
    assert _sentences(text)[-1] == "ตำรวจเดินทางมาถึงในอีกหนึ่งชั่วโมงต่อมา"
