"""Adverts injected into articles give a messenger id spelled the way their
readers spell it: Thai "ไลน์ไอดี" (LINE ID written in Thai), "ID Line",
Chinese "微信号" (WeChat number), Korean "카톡" (KakaoTalk). The solicitation
rule needs the contact; these spellings were not read as one, so such a
line, with loan or betting words the rest of the page does not use, was not
flagged. Pages written for this file; the positives failed before."""

from __future__ import annotations

import pytest

from newsline.contacts import find_contact
from tests.flags.helpers import flagged, kinds, span

TH = (
    "เทศกาลสงกรานต์เชียงใหม่คึกคัก นักท่องเที่ยวแห่ร่วมงานกว่าแสนคน\n"
    "บรรยากาศเทศกาลสงกรานต์ที่จังหวัดเชียงใหม่เป็นไปอย่างคึกคัก โดยมีนักท่องเที่ยวทั้งชาวไทยและชาวต่างชาติ"
    "เดินทางมาร่วมเล่นน้ำบริเวณคูเมืองและประตูท่าแพกว่าแสนคน\n"
    "{line}\n"
    "ผู้ประกอบการโรงแรมในตัวเมืองระบุว่า อัตราการเข้าพักช่วงสงกรานต์ปีนี้เต็มเกือบร้อยเปอร์เซ็นต์\n"
)
ZH = (
    "城市公园改造完成 周末迎来大批市民\n"
    "经过一年的改造，市中心公园于周六重新开放，新增步道三公里和儿童游乐区两处，吸引了上万名市民前来游玩。\n"
    "{line}\n"
    "园林部门表示，公园夜间照明系统将在下月投入使用。\n"
)
KO = (
    "서울시, 한강 공원에 야간 조명 설치 확대\n"
    "서울시는 올해 말까지 한강 공원 11곳에 야간 조명 1,200개를 추가로 설치한다고 10일 밝혔다.\n"
    "{line}\n"
    "이번 사업에는 총 45억 원이 투입되며, 모든 조명은 LED로 교체된다.\n"
)


@pytest.mark.parametrize(
    "page, line",
    [
        (TH, "รับเงินด่วน อนุมัติไว ไม่เช็คบูโร ทักไลน์ไอดี: loan24"),
        (TH, "สล็อตเว็บตรง ฝากถอนไม่มีขั้นต่ำ ID Line : slot789"),
        (ZH, "网贷秒批，黑白户均可，微信号：dk8899"),
        (KO, "바카라 첫충 20% 카톡: abc777"),
    ],
)
def test_an_advert_with_a_messenger_id_in_the_readers_spelling_is_flagged(page, line):
    doc = flagged(page.format(line=line))
    assert [span(doc, f) for f in kinds(doc, "spam")] == [line], [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    "text",
    [
        # the app named in a sentence, no id after it
        "ตำรวจเตือนประชาชนไม่ให้เพิ่มเพื่อนจากไลน์ไอดีที่ไม่รู้จัก",
        "警方提醒市民不要随意添加陌生人的微信号",
        "카톡으로 받은 링크를 누르지 말라고 경찰이 당부했다",
    ],
)
def test_the_app_named_without_an_id_is_no_contact(text):
    assert find_contact(text) is None
