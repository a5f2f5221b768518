"""English idioms rendered word for word in Korean and Thai, which
heldout15's g19 and g21 showed the calque tables lacked: "at the end of the
day" (하루의 끝에서), "it makes sense" (의미를 만든다), "looking forward to"
(앞으로 보고 있), "on a daily basis" (매일의 기초 / บนพื้นฐานรายวัน), "he is
excited" with a copula (เป็นตื่นเต้น). Two different ones make a page machine
translation. Texts written for this file on other topics; natural Korean
and Thai with the idioms' own wording, and a page quoting one calque, stay
clean."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds


@pytest.mark.parametrize(
    "text",
    [
        (
            "목요일에, 교육청은 새로운 급식 계획을 발표했다. 그것은 모든 학생들을 위한 것이다.\n"
            "하루의 끝에서, 이것은 우리 아이들을 위해 의미를 만든다고 교육감은 말했다.\n"
            "우리는 학부모들과 함께 일하는 것을 앞으로 보고 있습니다, 라고 그녀는 덧붙였다.\n"
        ),
        (
            "ใน วันพฤหัสบดี โรงพยาบาลได้ประกาศเพื่อที่จะเปิดคลินิกใหม่สำหรับผู้สูงอายุ ซึ่งมันได้ถูกวางแผนมาเป็นเวลานาน\n"
            "ผู้อำนวยการกล่าวว่าเขาเป็นตื่นเต้นมากเกี่ยวกับคลินิกนี้ และพนักงานจะให้บริการบนพื้นฐานรายวัน\n"
            "เรากำลังมองไปข้างหน้าเพื่อที่จะช่วยเหลือผู้ป่วยทุกคน เขากล่าวเพิ่มเติม\n"
        ),
    ],
)
def test_two_english_calques_make_a_machine_translation(text):
    doc = flagged(text)
    assert kinds(doc, "machine_translation"), [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    "text",
    [
        (
            "교육청은 목요일 새 급식 계획을 발표했다. 모든 초등학생이 대상이다.\n"
            "교육감은 \"결국 아이들을 위해 말이 되는 일\"이라며 학부모들과 함께하기를 기대한다고 말했다.\n"
            "급식은 매일 제공되며, 예산은 40억 원이다.\n"
        ),
        (
            "โรงพยาบาลประกาศเปิดคลินิกผู้สูงอายุแห่งใหม่เมื่อวันพฤหัสบดี\n"
            "ผู้อำนวยการกล่าวว่ารู้สึกตื่นเต้นกับคลินิกนี้ และตั้งตารอที่จะดูแลผู้ป่วยทุกวัน\n"
            "คลินิกจะเปิดให้บริการตั้งแต่เวลา 08.00 ถึง 16.00 น.\n"
        ),
        (
            "번역 앱의 오류가 화제다. 한 앱은 영어 관용구를 \"하루의 끝에서\"라고 옮겼다.\n"
            "전문가들은 이런 직역이 흔하다며 결국 사람이 검토해야 한다고 말했다.\n"
        ),
    ],
)
def test_natural_prose_and_a_quoted_calque_stay_clean(text):
    doc = flagged(text)
    assert not kinds(doc, "machine_translation"), [f.reason for f in doc.flags]
