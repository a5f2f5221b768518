"""Foreign leaders' names are often words of the Thai dictionary (ทรัมป์,
ปูติน), so the fragment runs that find transliterated names never see them;
written after an office (ประธานาธิบดี, นายกรัฐมนตรี) they are read as the
person titles' names are. An office followed by its country
("ประธานาธิบดีสหรัฐฯ") or a predicate gives no name.

The sentences are written for these tests.
"""

from __future__ import annotations

from newsline.stories.anchors import skeleton, thai_features


def _names(text: str) -> set[str]:
    return {f for f, _ in thai_features(text)[0]}


def test_a_name_after_an_office_is_read_even_when_it_is_a_dictionary_word():
    got = _names("ประธานาธิบดีโดนัลด์ ทรัมป์ ของสหรัฐฯ กล่าวว่าจะเดินทางเยือนญี่ปุ่น")
    assert "k:" + skeleton("Trump") in got
    assert "k:" + skeleton("Putin") in _names("ประธานาธิบดีปูติน ของรัสเซีย เดินทางถึงปักกิ่ง")
    assert "k:" + skeleton("Starmer") in _names("นายกรัฐมนตรีสตาร์เมอร์ แห่งอังกฤษ แถลงเมื่อวานนี้")


def test_an_office_before_its_country_or_a_predicate_gives_no_name():
    assert _names("ประธานาธิบดีสหรัฐฯ กล่าวว่าจะไม่ถอนทหาร") == set()
    assert _names("นายกรัฐมนตรีกล่าวว่าจะไม่ลาออก") == set()
