"""A country's own name written with a word for people ("越南游客",
"du khách Trung Quốc", "นักท่องเที่ยวจีน", "warga Malaysia") tells who acts,
as a demonym does ("Vietnamese tourists"): it stays the country's t: anchor
but is left out of the page's place shares, which say where the story
happens. Without it one story's pages in each victims' language looked set
in different countries (each names its own nationals most), and the merge's
place factor kept them apart. Pages written for these tests, about other
happenings and places than any test set's.
"""

from __future__ import annotations

import pytest

from newsline.model import Document
from newsline.stories.anchors import feature_counts, place_shares, territories
from newsline.stories.demonyms import people_of_named


def _people(text: str, lang: str) -> list[str]:
    return people_of_named(text, lang, territories(text, lang))


def _shares(text: str, lang: str) -> dict[str, float]:
    return place_shares(feature_counts(Document(id="p", source="p", text=text, lang=lang), text))


@pytest.mark.parametrize(
    ("lang", "text", "codes"),
    [
        ("zh", "岘港一辆大巴坠崖，车上有12名韩国游客和3名日本公民。", ["KR", "JP"]),
        ("zh", "3名寮國籍船員獲救。", ["LA"]),
        ("ja", "ダナンでバスが転落し、韓国人観光客が負傷した。", ["KR"]),
        ("vi", "Xe buýt chở 20 du khách Hàn Quốc gặp nạn, 2 công dân Lào bị thương.", ["KR", "LA"]),
        ("th", "รถบัสพลิกคว่ำ นักท่องเที่ยวชาวเกาหลีใต้และคนลาวบาดเจ็บ 2 คน", ["KR", "LA"]),
        (
            "id",
            "Bus yang membawa 20 wisatawan Korea Selatan terguling, dua warga Laos luka.",
            ["KR", "LA"],
        ),
    ],
)
def test_a_word_for_people_next_to_a_country_makes_it_a_people(lang, text, codes):
    assert _people(text, lang) == codes


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "中国人民银行宣布降息。"),  # a bank of the country, no people
        ("zh", "韩国驻越南大使馆表示关切。"),  # an embassy: the country acts
        ("vi", "Đại sứ quán Hàn Quốc tại Lào cho biết."),
        ("th", "สถานทูตเกาหลีประจำประเทศลาวระบุว่า"),
        ("id", "Kedutaan Besar Korea Selatan di Laos menyatakan."),
        ("en", "Korean tourists were hurt in Laos."),  # demonyms: demonyms.py's
    ],
)
def test_a_country_without_a_word_for_people_stays_a_place(lang, text):
    assert _people(text, lang) == []


def test_a_page_about_its_nationals_abroad_is_set_where_it_happens():
    # a Vietnamese page on a bus crash near Vientiane: Laos is where it
    # happens, Vietnam is the victims' country, named four times as such
    text = (
        "Một xe khách chở 30 du khách Việt Nam bị lật trên quốc lộ 13 gần Viêng Chăn, Lào "
        "chiều 3/2. Theo Đại sứ quán tại Lào, 4 công dân Việt Nam thiệt mạng; các hành "
        "khách Việt Nam bị thương được đưa về nước. Gia đình người Việt Nam đã sang Lào."
    )
    shares = _shares(text, "vi")
    assert shares["LA"] > 0.9, shares


def test_a_chinese_page_about_its_tourists_in_khon_kaen_is_set_in_thailand():
    text = (
        "泰国孔敬府一辆旅游大巴2日晚翻车，车上28名中国游客中有5人受伤。"
        "泰国警方称，司机疲劳驾驶。受伤的中国公民已送往孔敬医院，中国游客家属将赴泰国。"
    )
    shares = _shares(text, "zh")
    assert shares == {"TH": 1.0}, shares
