"""A foreign name written in Thai is read whole across a silenced letter.

newmm cuts "ฮาร์บิน" (Harbin) into "ฮาร์" and "บิน" -- "บิน" is a Thai word
(to fly) -- and the dictionary word ended the name's run, so the page named
no place at all; "เดอร์บัน" (Durban) was read "doe" (held-out story17). The
piece after an unknown one ending in the silencer (thanthakhat) is the
name's next syllable, unless it is a function word ("โจนส์ได้": Jones, then
"got"). Sentences written for these tests."""

from __future__ import annotations

from newsline.events.anchors import sentence_anchors
from newsline.events.merge import name_similarity


def names(text: str) -> set[str]:
    return {a[5:] for a in sentence_anchors(text, "th") if a.startswith("name:")}


def meets(text: str, latin: str) -> bool:
    return any(name_similarity(n, latin) >= 0.75 for n in names(text))


def test_a_name_cut_after_its_silenced_letter_is_read_whole():
    assert meets("เครื่องบินลงจอดฉุกเฉินที่ฮาร์บิน เมื่อวันจันทร์", "harbin")
    assert meets("น้ำท่วมหนักในการ์ตูม เมื่อคืนนี้", "khartoum")
    assert meets("พายุไซโคลนพัดถล่มดาร์วิน ทางตอนเหนือของออสเตรเลีย", "darwin")


def test_a_function_word_after_the_name_is_not_glued_to_it():
    got = names("นายโจนส์ได้กล่าวว่าจะลาออก")
    assert not any(n.endswith("dai") for n in got)
