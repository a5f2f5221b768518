"""Thai writes the letters of a foreign name that Thai cannot say with a
silencing mark (thanthakhat): ปีเตอร์ (Peter) reads "pitoe" in royin, ฟอร์ด
(Ford) "fot", ทรัมป์ (Trump) "thram". A second reading sounds the silenced
letter, so the name's skeleton meets the Latin spelling; the plain reading is
kept for Thai names whose silenced letters romanisations leave out.
"""

from __future__ import annotations

from newsline.stories.anchors import skeleton, thai_features
from newsline.wordseg import romanize_thai_name


def _skeletons(thai: str) -> set[str]:
    return {skeleton(r) for r in romanize_thai_name(thai)}


def test_a_silenced_letter_is_sounded_in_a_second_reading():
    for thai, latin in (
        ("ทรัมป์", "Trump"),
        ("ปีเตอร์", "Peter"),
        ("ฟอร์ด", "Ford"),
        ("มาร์ก", "Mark"),
        ("ริชาร์ด", "Richard"),
        ("สตาร์เมอร์", "Starmer"),
        ("ปีเตอร์สัน", "Peterson"),
    ):
        assert skeleton(latin) in _skeletons(thai), (thai, latin)


def test_thai_names_keep_their_plain_reading():
    # วงศ์สวัสดิ์ is romanised "Wongsawat": the plain reading still gives it
    assert skeleton("Wongsawat") in _skeletons("วงศ์สวัสดิ์")
    assert romanize_thai_name("สมชาย") == ("somchai",)


def test_titled_foreign_names_in_a_thai_page_meet_their_latin_spelling():
    text = "นายปีเตอร์ ฟอร์ด ผู้อำนวยการธนาคาร เดินทางถึงกรุงเทพฯ เมื่อวันจันทร์"
    names = {f for f, _ in thai_features(text)[0]}
    assert {"k:" + skeleton("Peter"), "k:" + skeleton("Ford")} <= names
