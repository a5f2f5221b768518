"""A Chinese page calls a person by surname and office ("李总理", "王部长",
"胡主席"), as English writes "Premier Li" and Vietnamese "ông Lý": the surname
alone, read in pinyin, is the name feature the languages share. One
character gave none (too short for a skeleton), and jieba tags some surnames
as ordinary words (a verb), so the page's own full names say which
characters are surnames too. Invented sentences, invented people."""

from __future__ import annotations

import pytest

from newsline.stories.anchors import chinese_features, latin_names


def feats(pairs) -> set[str]:
    return {f for f, _ in pairs}


@pytest.mark.parametrize(
    ("zh", "latin", "feature"),
    [
        ("李总理周二会见了来访的代表团。", "Premier Li met the delegation on Tuesday.", "w:li"),
        ("王部长说，谈判将继续。", "Minister Wang said talks would go on.", "w:wang"),
        ("杨大使表示，签证将恢复。", "Ambassador Yang said visas would resume.", "w:yang"),
        # Traditional characters, read as Simplified
        ("蔡總統稱，演習已經結束。", "President Tsai said the drills had ended.", "w:cai"),
        # surname and office cut as one word by the tagger
        ("胡主席会见了外国客人。", "Chairman Hu met foreign guests.", "w:hu"),
    ],
)
def test_a_surname_before_an_office_is_the_persons_name(zh, latin, feature):
    assert feature in feats(chinese_features(zh)[0])
    if feature != "w:cai":  # Wade-Giles "Tsai" is another spelling
        assert feature in feats(latin_names(latin, "en"))


def test_a_surname_tagged_as_a_verb_counts_where_the_page_names_the_person_in_full():
    # 习 is tagged a verb (to practise): a surname by the page's full name
    page = "国家主席习近平周二会见客人。习主席表示，中方愿意合作。"
    assert "w:xi" in feats(chinese_features(page)[0])
    assert "w:xi" in feats(latin_names("On Tuesday President Xi said China would help.", "en"))


def test_an_office_glued_to_the_surname_is_no_part_of_a_name():
    names = chinese_features("刘将军说，部队已经撤离。")[0]
    assert "w:liu" in feats(names)
    assert not any(f.startswith("k:") for f, _ in names)


@pytest.mark.parametrize(
    "zh",
    [
        "他曾任总理多年。",  # 任: served as (a verb), a surname elsewhere
        "美总统周二表示。",  # the US president
        "韩总统周二表示。",  # South Korea's president; 韩 is a surname elsewhere
        "该部长周二表示。",  # the minister
        "新总统周二上任。",  # the new president
        "墙上挂着一张总统照片。",  # a measure word after a number
    ],
)
def test_no_surname_before_an_office(zh):
    assert not any(f.startswith("w:") for f, _ in chinese_features(zh)[0])
