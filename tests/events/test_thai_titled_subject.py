"""A Thai subject written with its title, name and office keeps its verb,
and its name.

Thai writes a person's title, name, surname and office as chunks before the
verb ("นายสุริยา พรมมา ผู้ว่าราชการจังหวัด... แถลงข่าว..."); the splitter cut
the office off from the verb when the tagger read a verb into the office,
so the event sentence lost its name. A given name opening with a word that
is also a stopword ("คำ") was not read after its title. Sentences invented
for this test."""

from __future__ import annotations

import pytest

from newsline.events.anchors import sentence_anchors
from newsline.events.sentences import split_sentences


def _names(text: str, lang: str) -> set[str]:
    return {a[5:] for a in sentence_anchors(text, lang) if a.startswith("name:")}


@pytest.mark.parametrize(
    "text",
    [
        "นายสุริยา พรมมา รัฐมนตรีว่าการกระทรวงสาธารณสุขกัมพูชา แถลงข่าวที่กรุงพนมเปญเมื่อวันที่ 4 ก.ค.",
        "นายสุริยา พรมมา โฆษกกระทรวงการต่างประเทศจีน แถลงข่าวที่กรุงพนมเปญเมื่อวันที่ 4 ก.ค.",
        "นายสุริยา พรมมา ผู้ว่าราชการจังหวัดอุบลราชธานี แถลงข่าวที่กรุงพนมเปญเมื่อวันที่ 4 ก.ค.",
    ],
)
def test_a_thai_titled_name_and_office_stay_with_their_verb(text):
    assert [text[a:b] for a, b in split_sentences(text, lang="th")] == [text]


def test_a_titled_name_after_its_verb_is_no_waiting_subject():
    # "Police arrested Mr Somchai Jaidee, a drug suspect. Officers seized
    # much evidence.": the name is the object of the verb glued before its
    # title, and the sentence ends after who he is
    text = "ตำรวจจับกุมนายสมชาย ใจดี ผู้ต้องหาคดียาเสพติด เจ้าหน้าที่ยึดของกลางได้จำนวนมาก"
    got = [text[a:b] for a, b in split_sentences(text, lang="th")]
    assert got == ["ตำรวจจับกุมนายสมชาย ใจดี ผู้ต้องหาคดียาเสพติด", "เจ้าหน้าที่ยึดของกลางได้จำนวนมาก"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("นายคำแสง บุญมา ผู้ว่าราชการจังหวัดอุบลราชธานี แถลงข่าวที่ศาลากลางเมื่อวันที่ 4 ก.ค.", "khamsaeng"),
        ("นางคำพอง ศรีสุข เดินทางถึงเวียงจันทน์เมื่อวันที่ 4 ก.ค.", "khamphong"),
    ],
)
def test_a_given_name_opening_with_a_stopword_is_read_after_its_title(text, name):
    # "คำ" (word) is a stopword, and opens many Lao and Isan given names
    assert name in _names(text, "th")


def test_a_title_before_a_predicate_gives_no_name():
    # an office title then a stopword ("President of France said"): no name
    assert not _names("ประธานาธิบดีของฝรั่งเศส กล่าวว่า", "th")
