"""Two kinds of year in a sentence that tell no happening of the story.

A person's birth told in a portrait or an obituary ("Born in 1940 in
Santiago, she ...", "Nacida en 1940", "Née en 1940", "Sinh năm 1940",
"她1940年出生于圣地亚哥") is a life's background: no event (a birth of the
last year or so, "a baby girl was born on Tuesday", still is one).

A year an anniversary or a count of years is measured from ("Kỷ niệm 10 năm
trận động đất năm 2015", "ครบรอบ 10 ปี เหตุแผ่นดินไหวเมื่อปี 2558",
"2015年地震十周年之际", "ten years since the 2015 quake") names the happening
remembered: with the gathering's later day in the same sentence, that day is
the event and the year is background, as a year dating a noun already was.
Sentences written for these tests (one invented obituary and one invented
anniversary, told in several languages)."""

from __future__ import annotations

import pytest

from .records import extract_from_text

PUB = "2025-03-14"


def dates(text, lang, published=PUB):
    return [e.date for e in extract_from_text(text, lang, published)]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Born in 1940 in Santiago, she studied architecture in Paris and Rome.", "en"),
        ("Nacida en 1940 en Santiago, estudió arquitectura en París y en Roma.", "es"),
        ("Née en 1940 à Santiago, elle a étudié l'architecture à Paris et à Rome.", "fr"),
        ("Sinh năm 1940 tại Santiago, bà theo học kiến trúc ở Paris và Rome.", "vi"),
        ("她1940年出生于圣地亚哥，曾在巴黎和罗马学习建筑。", "zh"),
        ("The singer, born on 3 May 1951 in Lyon, recorded twelve albums in Paris.", "en"),
    ],
)
def test_a_birth_long_ago_is_no_event(text, lang):
    assert dates(text, lang) == []


def test_japanese_and_a_full_vietnamese_birth_date():
    assert dates("1940年生まれの建築家は、3月11日に東京都内の自宅で亡くなった。", "ja") == [
        "2025-03-11"
    ]
    assert dates("Bà sinh ngày 3/5/1940 tại Huế, từng giảng dạy ở Paris và Rome.", "vi") == []


def test_a_life_keeps_its_other_years_and_a_recent_birth_is_an_event():
    text = "Born in 1940 in Santiago, she opened her own studio in the capital in 1972."
    assert dates(text, "en") == ["1972"]
    baby = "A baby girl was born on Tuesday in the flooded hospital of the coastal town."
    assert dates(baby, "en") == ["2025-03-11"]


@pytest.mark.parametrize(
    "text,lang",
    [
        (
            (
                "Kỷ niệm 10 năm trận động đất năm 2015, hàng nghìn người dân đã tập trung "
                "tại thủ đô hôm thứ Tư để tưởng nhớ các nạn nhân."
            ),
            "vi",
        ),
        (
            (
                "ครบรอบ 10 ปี เหตุแผ่นดินไหวเมื่อปี 2558 ผู้รอดชีวิตหลายพันคนรวมตัวกันที่เมืองหลวง"
                "เมื่อวันพุธเพื่อรำลึกถึงผู้เสียชีวิต"
            ),
            "th",
        ),
        ("2015年地震十周年之际，幸存者周三聚集在首都悼念遇难者。", "zh"),
        (
            (
                "Ten years since the 2015 quake, thousands of survivors gathered in the capital "
                "on Wednesday to remember the victims."
            ),
            "en",
        ),
    ],
)
def test_the_year_an_anniversary_counts_from_is_background(text, lang):
    assert dates(text, lang) == ["2025-03-12"]


def test_a_year_alone_in_its_sentence_stays_an_event():
    assert dates("该工厂2023年生产了三万辆汽车，比上年增长一成。", "zh") == ["2023"]
    assert dates("Trận động đất năm 2015 đã làm 9.000 người thiệt mạng tại thủ đô.", "vi") == [
        "2015"
    ]


@pytest.mark.parametrize(
    "text,lang",
    [
        (
            (
                "On the 10th anniversary of the March 11, 2015 quake, survivors gathered in "
                "the capital on Tuesday."
            ),
            "en",
        ),
        (
            "Kỷ niệm 10 năm trận động đất ngày 11/3/2015, người dân tập trung tại thủ đô hôm thứ Ba.",
            "vi",
        ),
        ("在2015年3月11日地震十周年之际，幸存者周二聚集在首都。", "zh"),
        (
            (
                "Diez años después del terremoto del 11 de marzo de 2015, los supervivientes "
                "se reunieron el martes."
            ),
            "es",
        ),
    ],
)
def test_the_day_an_anniversary_counts_from_is_background(text, lang):
    # the remembered happening dated to its day, not only to its year
    assert dates(text, lang) == ["2025-03-11"]


def test_a_past_day_alone_in_its_sentence_stays_an_event():
    text = "The quake of March 11, 2015 killed 9,000 people in the capital and on the coast."
    assert dates(text, "en") == ["2015-03-11"]
