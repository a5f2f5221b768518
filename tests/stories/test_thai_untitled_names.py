"""Thai sports and culture pages often name a person with no title before
the name ("ธนากร ศรีสุข นักวิ่ง..." rather than "นายธนากร ศรีสุข"). Both words
are dictionary words, so the fragment runs missed them and the title
reader had nothing to start from: the page gave no name, and met an
English page on the same runner ("Thanakorn Srisuk") on nothing. A chunk
that is a given name of pythainlp's lists followed by a chunk that is a
family name of its list is now read as a person.
Invented pages (th, en; no corpus the rule was measured on has them)."""

from __future__ import annotations

from newsline.stories.anchors import thai_features

from .helpers import page, story_lists

RUNNER_TH = page(
    "run-th",
    "th",
    "2026-11-02",
    "ธนากร ศรีสุข คว้าแชมป์มาราธอนนานาชาติ",
    "ธนากร ศรีสุข นักวิ่งหนุ่มจากจังหวัดน่าน เข้าเส้นชัยเป็นคนแรกในรายการมาราธอนนานาชาติ "
    "หลังแซงคู่แข่งในช่วงกิโลเมตรสุดท้าย เขากล่าวว่าจะมอบเหรียญให้ครอบครัว",
)
RUNNER_EN = page(
    "run-en",
    "en",
    "2026-11-02",
    "Thanakorn Srisuk wins the international marathon",
    "Thanakorn Srisuk crossed the line first at the international marathon after passing "
    "his rivals over the final kilometre, and said he would give the medal to his family.",
)


def test_a_thai_name_without_a_title_is_read():
    names = {surface for _, surface in thai_features(RUNNER_TH.text)[0]}
    assert {"ธนากร", "ศรีสุข"} <= names


def test_common_words_side_by_side_are_no_name():
    # a given name of the list followed by a word that is no family name
    names = {surface for _, surface in thai_features("ธนากร วิ่งเร็วมาก")[0]}
    assert "ธนากร" not in names


def test_thai_runner_page_joins_the_english_one():
    assert story_lists([RUNNER_EN, RUNNER_TH]) == [["run-en", "run-th"]]
