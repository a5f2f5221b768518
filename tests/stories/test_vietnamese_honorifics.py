"""A Vietnamese honorific before a name ("Ông", "Bà", "Anh") is no part of
it, and a person the page names by one syllable after one ("ông Tập", "ông
Hưng") is the page's full name that syllable opens (a Chinese surname, also
read in pinyin: Tập -> 习 -> Xi) or ends (a Vietnamese given name). Invented
people (Lưu Hải Hưng ...) and sentences."""

from __future__ import annotations

from newsline.stories.anchors import chinese_features, latin_names


def feats(pairs) -> set[str]:
    return {f for f, _ in pairs}


def test_an_honorific_is_no_part_of_a_vietnamese_name():
    got = feats(latin_names("Ông Lưu Hải Phong phát biểu tại hội nghị.", "vi"))
    assert "w:luuhaiphong" in got
    assert not any(f.startswith("w:ong") for f in got)
    # an honorific and one syllable are no name "ongtap"
    assert not feats(latin_names("Ông Tập nói quan hệ hai nước tốt.", "vi"))


def test_a_surname_after_an_honorific_is_the_page_s_full_name_and_its_pinyin():
    vi = (
        "Chủ tịch Tập Cận Bình hôm qua tiếp đoàn đại biểu. "
        "Ông Tập cho biết hai nước sẽ tăng cường hợp tác. Theo ông Tập, quan hệ tốt."
    )
    got = latin_names(vi, "vi")
    assert [f for f, _ in got].count("w:tapcanbinh") == 3  # the full name and twice ông Tập
    # Xi, as English writes the surname; 习近平 read in Sino-Vietnamese
    en = feats(latin_names("Chinese President Xi Jinping said on Tuesday.", "en"))
    zh = feats(chinese_features("国家主席习近平周二表示。")[0])
    assert "w:xi" in feats(got) & en
    assert "w:tapcanbinh" in feats(got) & zh


def test_a_vietnamese_given_name_after_an_honorific_is_the_full_name_without_pinyin():
    vi = "Bộ trưởng Lưu Hải Hưng phát biểu. Ông Hưng nhấn mạnh hợp tác."
    got = latin_names(vi, "vi")
    assert [f for f, _ in got].count("w:luuhaihung") == 2
    assert "w:xing" not in feats(got)  # 兴 is read Hưng: a given name is no surname


def test_an_honorific_and_a_syllable_no_full_name_opens_or_ends_give_nothing():
    got = latin_names("Bà Hằng nói rằng Lưu Hải Hưng đã đến.", "vi")
    assert [f for f, _ in got] == ["w:luuhaihung"]


def test_a_capitalised_honorific_word_mid_sentence_is_part_of_the_name():
    # "Anh" is also a given name: lower case it is the honorific
    got = latin_names("Bài viết của tác giả Anh Tuấn đăng trên báo.", "vi")
    assert ("w:anhtuan", "Anh Tuấn") in got and "w:tuan" not in {f for f, _ in got}


def test_an_office_before_an_institution_names_no_person():
    vi = "Ông Lưu Hải Chính, Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ, chủ trì hội nghị."
    got = [f for f, _ in latin_names(vi, "vi")]
    assert got.count("w:luuhaichinh") == 1 and got.count("w:bochinh") <= 1
