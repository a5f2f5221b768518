"""Names across scripts read as Thai and Chinese renderings say them.

Event merging compares a Latin name with a Thai or Chinese one on their
consonant skeletons. Renderings follow how a name is said, not spelt:

* Thai says a syllable's final s (ส ศ ษ ซ ช) as t and royin writes t
  ("เอาก์สบูร์ก", royin "aotbuk"): a Thai name is also read with it as s,
  its silenced letters sounded (the readings the story stage gives it);
* Thai and Chinese leave out an r after a vowel (Dortmund, 多特蒙德
  "duotemengde"): a name is also read without it;
* a French Saint is said without its t before a consonant, and Thai writes
  it as a word of its own ("แซ็ง", which newmm cuts off the name after it);
* jieba cuts an unknown foreign name and leaves its last sound character
  as a word of its own (卡勒|班): it is the name's;
* a short name (two consonant classes) is compared by its spelling, Thai
  "iy" for a y after a consonant and a final "ng" for a nasal ("นิยง",
  royin "niyong", Nyon), never looser than that (Niang is no Nyon).

Each loosening has a near name that must not meet. Names and sentences are
written for these tests.
"""

from __future__ import annotations

from newsline.events.anchors import name_similarity, sentence_anchors
from newsline.events.merge import _shared
from newsline.wordseg import romanize_thai_name


def en(name: str) -> list[str]:
    return sentence_anchors(f"On Tuesday, police in {name} arrested two suspects.", "en")


def th(name: str) -> list[str]:
    return sentence_anchors(f"เมื่อวันอังคาร ตำรวจในเมือง{name}จับกุมผู้ต้องสงสัย", "th")


def zh(name: str) -> list[str]:
    return sentence_anchors(f"警方周二在{name}一处仓库逮捕了两名嫌疑人。", "zh")


def meet(a: list[str], b: list[str]) -> bool:
    """Do two sentences share a name as event merging compares them?"""
    return _shared(a, b, {}, 0.75)[1] > 0


def test_a_thai_final_s_is_read_as_the_foreign_spelling_writes_it():
    assert "tulus" in romanize_thai_name("ตูลูซ", final_s=True)
    assert "mislin" in romanize_thai_name("มิชลิน", final_s=True)
    assert "tulus" not in romanize_thai_name("ตูลูซ")  # the story stage reads none
    assert meet(en("Augsburg"), th("เอาก์สบูร์ก"))
    assert meet(en("Christchurch"), th("ไครสต์เชิร์ช"))


def test_a_thai_name_read_with_its_s_meets_no_near_name():
    assert not meet(en("Magdeburg"), th("เอาก์สบูร์ก"))
    assert not meet(en("Dortmund"), th("ไครสต์เชิร์ช"))


def test_a_thai_name_s_romanisation_holds_no_thai_mark():
    for reading in romanize_thai_name("แซ็งนาแซร์") + romanize_thai_name("คาสเซิล", True):
        assert reading.isascii(), reading


def test_an_r_after_a_vowel_is_left_out_as_chinese_does():
    assert meet(en("Dortmund"), zh("多特蒙德"))
    assert not meet(en("Dortmund"), zh("杜塞尔多夫"))


def test_a_thai_saint_is_read_with_its_place():
    assert "name:saengnasae" in th("แซ็งนาแซร์")
    assert meet(en("Saint-Nazaire"), th("แซ็งนาแซร์"))


def test_two_places_of_one_saint_stay_apart():
    assert not meet(en("Saint-Malo"), th("แซ็งนาแซร์"))
    assert not meet(en("Saint-Nazaire"), th("แซ็งมาโล"))
    # a Saint said without its t meets only the whole skeleton
    assert name_similarity("saint-malo", "saengnasaer") < 0.75


def test_a_sound_character_cut_off_a_chinese_name_is_read_with_it():
    assert "name:kaleiban" in zh("卡勒班")
    assert meet(en("Kalleban"), zh("卡勒班"))
    # a direction word after a name is no piece of it (维特|里, "in")
    assert "name:weite" in zh("维特里")


def test_a_short_name_meets_its_thai_spelling_only():
    assert name_similarity("niyong", "nyon") == 1.0
    assert name_similarity("niang", "nyon") < 0.75
    assert name_similarity("niyong", "nion") < 0.75
    assert name_similarity("diyong", "nyon") < 0.75
