"""Thai writes a Chinese person's name as surname and given name, spaced
("หลิว เสี่ยวเยี่ยน" for 刘晓燕), after a title. The one-syllable surname is
too short for a skeleton of its own and the given name alone meets nothing
the Chinese page reads (it reads the characters whole), so the person a Thai
and a Chinese page share was lost. A titled name whose first part has no
skeleton is also read with the part after it. Invented names and pages."""

from __future__ import annotations

from newsline.stories.anchors import chinese_features, pinyin_full_names, thai_features


def _thai(text: str) -> set[str]:
    return {f for f, _ in thai_features(text)[0]}


def _zh(text: str) -> set[str]:
    return {f for f, _ in chinese_features(text)[0]}


def test_a_chinese_name_in_thai_meets_its_characters_and_its_pinyin():
    thai = _thai("ตำรวจช่วยเหลือ น.ส.หลิว เสี่ยวเยี่ยน อายุ 29 ปี ออกมาได้อย่างปลอดภัย")
    zh = _zh("警方成功解救中国女游客刘晓燕。")
    latin = {f for f, _ in pinyin_full_names("Police freed Liu Xiaoyan, 29, on Friday.")}
    assert thai & zh & latin


def test_a_thai_name_whose_parts_read_on_their_own_is_not_joined():
    # near miss: a Thai given name and surname each have a skeleton; read
    # whole they would be a third name no other page writes
    got = _thai("นายสมชาย รัตนกุล กล่าวว่า")
    assert len(got) == 2


def test_two_spaced_titled_names_not_side_by_side_are_not_joined():
    # near miss: "หลิว" and a later name elsewhere in the text
    got = thai_features("น.ส.หลิว กล่าวว่า ตำรวจจับกุม นายวีระพล ศรีสุข ได้")[0]
    assert not any(surface.startswith("หลิว") for _, surface in got)
