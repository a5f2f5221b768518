"""A Thai place name after a place word whose first word is one syllable
the dictionary knows alone (อำเภอแม่ริม: แม่|ริม, "mother" and a rim) is
read whole, "maerim", as Latin pages write it (Mae Rim), not as its first
syllable "mae", which any แม่ (mother, river) gives. A Thai and an English
page telling one of two happenings of a story's day meet on the district's
name and figures, the other happening of the day (Lamphun) apart.
Invented pages (Chiang Mai and Lamphun), not bundle2's places."""

from __future__ import annotations

from newsline.events.anchors import sentence_anchors
from newsline.model import Document

from .records import merge_documents

PAGES = {
    "th": (
        "เมื่อวันที่ 9 กันยายน ทีมกู้ภัยอำเภอแม่ริมช่วยนักท่องเที่ยวได้ 37 คนจากน้ำป่าที่น้ำตก "
        "ส่วนที่จังหวัดลำพูน ตำรวจจับผู้ต้องหาค้ายาเสพติด 4 คนเมื่อวันที่ 9 กันยายน"
    ),
    "en": (
        "Rescuers in Mae Rim pulled 37 tourists from a flash flood at a waterfall on "
        "September 9. In Lamphun, police arrested four drug suspects on September 9."
    ),
}


def _events():
    docs = [
        Document(
            id=f"flood-{lang}",
            source=f"https://{lang}.news.example/flood",
            text=text,
            lang=lang,
            published="2026-09-10",
            meta={"story_id": "flood"},
        )
        for lang, text in PAGES.items()
    ]
    return merge_documents(docs).finalize()["events"]


def test_a_place_after_a_place_word_is_read_whole():
    assert "name:maerim" in sentence_anchors("ทีมกู้ภัยอำเภอแม่ริมช่วยนักท่องเที่ยว", "th")


def test_each_thai_sentence_meets_the_english_one_of_its_district():
    events = _events()
    for place in ("Mae Rim", "Lamphun"):
        event = next(e for e in events if any(place in s["quote"] for s in e["sources"]))
        assert sorted(s["doc_id"] for s in event["sources"]) == ["flood-en", "flood-th"]
