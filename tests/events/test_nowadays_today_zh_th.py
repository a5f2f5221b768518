"""'Today' opening a Chinese or Thai sentence that says how things stand
("今天的深圳已是一座千万人口的大都市", "วันนี้ กรุงเทพฯ เป็นเมืองที่มีประชากร
กว่า 10 ล้านคน") means "nowadays", as "Today, the company is the largest
..." does in English: no event of the publication day. Today with a
happening ("今天的会议已经结束", "วันนี้ นายกรัฐมนตรีเป็นประธานเปิดงาน" -- chairs
an opening), today as the day itself ("今天是选举日") and a statement made
today ("今天公司宣布它是…", "โฆษกรัฐบาลแถลงว่า…") stay events.
Publication date: Tuesday 10 September 2024."""

from __future__ import annotations

import pytest

from .records import extract_from_text

PUB = "2024-09-10"


def event_dates(text, lang):
    return [e.date for e in extract_from_text(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("zh", "今天的深圳已是一座千万人口的大都市。"),
        ("zh", "今天，这家公司已成为全国最大的乳制品企业。"),
        ("zh", "今天的华为拥有近20万名员工，业务遍及170多个国家。"),
        ("th", "วันนี้ กรุงเทพฯ เป็นเมืองที่มีประชากรกว่า 10 ล้านคน"),
        ("th", "วันนี้ บริษัทกลายเป็นผู้ผลิตรายใหญ่ที่สุดในภูมิภาค"),
        ("th", "วันนี้ สหกรณ์มีสมาชิกกว่า 3,000 รายทั่วภาคเหนือ"),
    ],
)
def test_today_describing_how_things_stand_is_no_event(lang, text):
    assert event_dates(text, lang) == []


@pytest.mark.parametrize(
    "lang,text",
    [
        ("zh", "今天的会议已经结束，代表们离开了会场。"),
        ("zh", "今天是选举日，选民在投票站外排起长队。"),
        ("zh", "今天公司宣布它是全国最大的乳制品企业。"),
        ("th", "วันนี้ นายกรัฐมนตรีเป็นประธานเปิดงานที่จังหวัดเชียงใหม่"),
        ("th", "วันนี้ โฆษกรัฐบาลแถลงว่าไทยเป็นประเทศที่ส่งออกข้าวมากที่สุด"),
    ],
)
def test_today_with_a_happening_stays_an_event(lang, text):
    assert event_dates(text, lang) == [PUB]
