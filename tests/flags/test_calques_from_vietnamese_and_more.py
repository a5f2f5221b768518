"""Machine translation into English from Vietnamese news prose ("said that:",
"in the coming time", "strictly handle", "hand over the ground"), more
Chinese news calques in English ("according to understanding", "happiness
feeling", "reporter learned from" without its article) and English turns
rendered word for word in Thai ("ในตอนท้ายของวัน", "ทำให้ความรู้สึก"). Two
different ones on a page make a machine_translation flag; one alone, or the
words inside a quotation, do not. Pages written for this file, on other
topics than the held-out set; the planted pages failed before the change."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

EN_FROM_VI = (
    "Quang Ninh to relocate 200 fish cages from Ha Long Bay\n"
    "The Provincial People's Committee said that: in the coming time, the province will move "
    "200 floating fish cages out of the core zone of the heritage site before the end of the year.\n"
    "Households not yet hand over the ground for the new aquaculture area will be supported, "
    "while cases of raising fish illegally will be strictly handled according to regulations.\n"
    "The relocation is expected to cost about 40 billion dong from the provincial budget.\n"
)
EN_FROM_ZH = (
    "Xi'an opens 12 new community canteens for the elderly\n"
    "According to understanding, the 12 canteens are located in the old city districts and "
    "provide lunch for residents over 60 at a price of 8 yuan per meal.\n"
    "Reporter learned from the civil affairs bureau that the canteens will further improve "
    "the happiness feeling of the elderly living alone.\n"
    "The bureau plans to open another 20 canteens next year.\n"
)
TH_FROM_EN = (
    "บริษัทเทคโนโลยีเปิดศูนย์ข้อมูลแห่งใหม่ในชลบุรี\n"
    "ประธานเจ้าหน้าที่บริหารกล่าวว่าในตอนท้ายของวัน การลงทุนครั้งนี้เป็นเรื่องของลูกค้าในภูมิภาค "
    "และมันทำให้ความรู้สึกที่จะสร้างศูนย์ข้อมูลใกล้กับท่าเรือแหลมฉบัง\n"
    "ศูนย์ข้อมูลแห่งนี้มีมูลค่าการลงทุน 12,000 ล้านบาท และจะเริ่มให้บริการในไตรมาสที่สามของปีหน้า\n"
)


@pytest.mark.parametrize(
    ("page", "source"),
    [(EN_FROM_VI, "Vietnamese"), (EN_FROM_ZH, "Chinese"), (TH_FROM_EN, "English")],
)
def test_two_calques_make_machine_translation(page: str, source: str) -> None:
    doc = flagged(page)
    got = kinds(doc, "machine_translation", signal="calque")
    assert got and got[0].data["source_language"] == source, [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    "page",
    [
        # one Vietnamese turn alone, in otherwise idiomatic English
        (
            "Hanoi extends pedestrian zone around Hoan Kiem Lake\n"
            "Hanoi will extend the weekend pedestrian zone around Hoan Kiem Lake to two more streets "
            "from next month, the city said on Friday.\n"
            "Officials said more streets could be added in the coming time if traffic in the old "
            "quarter stays manageable.\n"
        ),
        # the turns inside a quotation a reporter gives word for word
        (
            "Translation app criticised for stiff English\n"
            'Users shared screenshots in which the app rendered a notice as "said that: in the coming '
            'time the unit construction will hand over the ground" instead of plain English.\n'
            "The developer said a new version would be released next month.\n"
        ),
        # idiomatic Thai: "สุดท้ายแล้ว", "สมเหตุสมผล"
        (
            "บริษัทเทคโนโลยีเปิดศูนย์ข้อมูลแห่งใหม่ในชลบุรี\n"
            "ประธานเจ้าหน้าที่บริหารกล่าวว่าสุดท้ายแล้ว การลงทุนครั้งนี้เป็นเรื่องของลูกค้าในภูมิภาค "
            "และการสร้างศูนย์ข้อมูลใกล้ท่าเรือแหลมฉบังเป็นเรื่องที่สมเหตุสมผล\n"
            "ศูนย์ข้อมูลแห่งนี้มีมูลค่าการลงทุน 12,000 ล้านบาท และจะเริ่มให้บริการในไตรมาสที่สามของปีหน้า\n"
        ),
    ],
)
def test_one_calque_or_a_quoted_one_is_not_machine_translation(page: str) -> None:
    doc = flagged(page)
    assert not kinds(doc, "machine_translation"), [f.reason for f in doc.flags]
