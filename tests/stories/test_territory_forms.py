"""Territory names in the forms a language writes them: German inflects a
country's name ("im Norden Chiles", "die Wirtschaft Perus"), and Thai writes
without spaces, so a country's name is also found inside a longer word that
is no place ("ไทย", Thailand, ends "มหาดไทย", the Interior ministry).

The sentences are written for these tests.
"""

from __future__ import annotations

from newsline.stories.anchors import territories


def codes(text: str, lang: str | None) -> list[str]:
    return [c for c, _, _ in territories(text, lang)]


def test_a_german_genitive_is_the_country():
    text = "Ein Beben erschütterte den Norden Chiles; die Wirtschaft Perus leidet."
    assert codes(text, "de") == ["CL", "PE"]
    # a longer word is still no place, and other languages inflect no names
    assert codes("Der Chilesalpeter kam per Schiff.", "de") == []
    assert codes("Chiles are hot; Perus is no word.", "en") == []


def test_a_thai_country_name_inside_another_word_is_no_place():
    # "the Interior ministry said" / "Jataka tales" / "lava flowed"
    assert codes("กระทรวงมหาดไทยกล่าวว่า", "th") == []
    assert codes("นิทานชาดกเรื่องหนึ่ง", "th") == []
    assert codes("ลาวาไหลลงมา", "th") == []


def test_a_thai_country_name_within_a_compound_of_words_is_a_place():
    # Thai people, Thai language, Chinese food, the Thai government
    for text, code in (
        ("ชาวไทยในต่างแดน", "TH"),
        ("ภาษาไทยวันนี้", "TH"),
        ("อาหารจีนร้านนี้", "CN"),
        ("รัฐบาลไทยประกาศ", "TH"),
        ("ประเทศชิลีและประเทศลาว", "CL"),
    ):
        assert codes(text, "th")[:1] == [code], text
