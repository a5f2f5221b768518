"""Country names as the news writes them when CLDR spells them otherwise:
Vietnamese "Mỹ" (CLDR "Hoa Kỳ"), Thai "สหรัฐฯ" (CLDR "สหรัฐอเมริกา"),
Chinese "台湾", "朝鲜" -- the events stage's table (TERRITORY_EXTRA), now read
by the story anchors too. A Vietnamese one-syllable name is also a pronoun
and a part of people's and places' names ("Anh bảo tôi", he told me; "Tuấn
Anh"; "Mỹ Sơn"): it counts only mid-sentence after a lower-case word and
before no capitalised one.

The sentences are written for these tests.
"""

from __future__ import annotations

from newsline.stories.anchors import territories


def codes(text: str, lang: str) -> list[str]:
    return [c for c, _, _ in territories(text, lang)]


def test_vietnamese_everyday_names_in_the_middle_of_a_sentence():
    assert codes("Bộ Thương mại Mỹ cho biết thuế sẽ tăng.", "vi") == ["US"]
    assert codes("Thủ tướng Anh và người tiêu dùng Mỹ.", "vi") == ["GB", "US"]


def test_vietnamese_pronouns_and_name_parts_are_no_countries():
    assert codes("Anh bảo tôi nghỉ việc.", "vi") == []
    assert codes("Cầu thủ Tuấn Anh ghi bàn ở Mỹ Sơn.", "vi") == []
    assert codes("Ca sĩ Mỹ Linh hát.", "vi") == []


def test_thai_and_chinese_everyday_names():
    assert codes("ประธานาธิบดีสหรัฐฯ กล่าวว่า", "th") == ["US"]
    assert codes("เกาหลีใต้และเกาหลีเหนือ", "th") == ["KR", "KP"]
    assert codes("台湾和朝鲜", "zh") == ["TW", "KP"]
    # one character is no country: 美 in 美丽 (beautiful)
    assert codes("美丽的风景", "zh") == []


def test_acronyms_stay_acronym_anchors():
    # "EE.UU." and "US" are read as acronyms by the name finder, not here
    assert codes("Los EE.UU. y la UE", "es") == []
