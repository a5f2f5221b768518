"""A Thai name written over several chunks after its title ("นายโฮเซ่ หลุยส์
การ์เซีย", a transliterated name's syllables), then who the person is
("ผู้ร่วมก่อตั้ง ...", co-founder): the apposition continues the sentence.
The tagger reads "ผู้" + verb as a pronoun and a verb, and the space before it
ended the sentence, leaving its date to a sentence of its own that lacked
who was arrested. A new sentence whose subject opens with "ผู้" after a
statement that ends with no name ("... ของธนาคาร ผู้ก่อเหตุหลบหนี ...") still
ends there. Sentences written for this test (invented people)."""

from __future__ import annotations

import pytest

from newsline.events.sentences import split_sentences

from .records import extract_from_text


def sentences(text):
    return [text[a:b] for a, b in split_sentences(text, lang="th")]


@pytest.mark.parametrize(
    "text",
    [
        "เจ้าหน้าที่ได้ควบคุมตัวนายเหงียน วัน ฮุง ผู้ร่วมก่อตั้งบริษัทสตาร์ตอัป ที่สนามบินเมื่อวันที่ 8 มี.ค.",
        "ศาลได้ตัดสินจำคุกนายโฮเซ่ หลุยส์ การ์เซีย ผู้ร่วมเดินทางที่พลัดตกจากเรือ",
        "เจ้าหน้าที่ได้ควบคุมตัวนางสาวมารี โคลด ดูว์ปง ผู้ร่วมก่อตั้งบริษัทสตาร์ตอัป ที่สนามบินเมื่อวันที่ 8 มี.ค.",
        "กองทัพเรือส่งเรือไปช่วยเหลือนายจอห์น ปีเตอร์ สมิธ ผู้ร่วมเดินทางที่ตกเรือกลางทะเลอันดามัน",
    ],
)
def test_who_a_named_person_is_stays_in_the_sentence(text):
    assert sentences(text) == [text]


def test_the_event_quotes_who_was_arrested():
    text = "ขณะที่ตำรวจจับกุมนายโฮเซ่ หลุยส์ การ์เซีย ผู้ร่วมก่อตั้งบริษัทสตาร์ตอัป ที่สนามบินเมื่อวันที่ 8 มี.ค."
    events = extract_from_text(text, "th", published="2026-03-10")
    assert [(text[e.start : e.end], e.date) for e in events] == [(text, "2026-03-08")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "คนร้ายใช้อาวุธปืนยิงเจ้าหน้าที่รักษาความปลอดภัยของธนาคาร ผู้ก่อเหตุหลบหนีไปทางถนนพหลโยธิน",
            [
                "คนร้ายใช้อาวุธปืนยิงเจ้าหน้าที่รักษาความปลอดภัยของธนาคาร",
                "ผู้ก่อเหตุหลบหนีไปทางถนนพหลโยธิน",
            ],
        ),
        (
            "ตำรวจควบคุมตัวนายสมชาย ใจดี ไว้สอบสวนที่สถานีตำรวจ ผู้บังคับการตำรวจแถลงข่าวในช่วงบ่าย",
            ["ตำรวจควบคุมตัวนายสมชาย ใจดี ไว้สอบสวนที่สถานีตำรวจ", "ผู้บังคับการตำรวจแถลงข่าวในช่วงบ่าย"],
        ),
    ],
)
def test_a_new_sentence_opening_with_phu_still_ends_the_last(text, want):
    assert sentences(text) == want
