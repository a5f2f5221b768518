"""Vietnamese names of several syllables are one name: "Phạm Minh Chính" on a
Vietnamese page and "Pham Minh Chinh" on an English one, "Đà Nẵng" and "Da
Nang", "Hà Nội" and "Hanoi". A Vietnamese page's marked words are no names
one by one, and a lone syllable ("Minh", "Lam") means nothing, so before
this a Vietnamese and an English page of one Vietnamese story shared no
name.

The pages are invented: a ferry fire off Da Nang and a rice-export deal
signed in Hanoi, the same week (two stories; Vietnam in both).
"""

from __future__ import annotations

from collections import Counter

from newsline.stories import ClusterStories
from newsline.stories.anchors import latin_names, vietnamese_names

from .helpers import mk

FERRY = {
    "vi": (
        "Cháy tàu khách gần Cù Lao Chàm, 2 người mất tích",
        (
            "Sáng 9/7, tàu khách Hải Vân 08 bốc cháy khi đang chở 46 hành khách từ Đà Nẵng ra "
            "Cù Lao Chàm. Bộ đội biên phòng đã cứu được 44 người, 2 người còn mất tích. Ông Lê "
            "Quang Thắng, Giám đốc Cảng vụ Đà Nẵng, cho biết nguyên nhân ban đầu là chập điện "
            "trong buồng máy."
        ),
    ),
    "en": (
        "Ferry fire off central Vietnam leaves two missing",
        (
            "A passenger ferry, the Hai Van 08, caught fire on Wednesday morning while carrying 46 "
            "people from Da Nang to the Cu Lao Cham islands. Border guards rescued 44 people and "
            "two were missing. Le Quang Thang, director of the Da Nang port authority, said an "
            "electrical short circuit in the engine room was the likely cause."
        ),
    ),
}
RICE = {
    "vi": (
        "Ký thỏa thuận xuất khẩu 500.000 tấn gạo",
        (
            "Ngày 10/7 tại Hà Nội, Bộ Công Thương đã ký thỏa thuận cung cấp 500.000 tấn gạo trong "
            "hai năm. Thứ trưởng Phan Thị Thắng cho biết giá sẽ được điều chỉnh theo quý. Hiệp hội "
            "Lương thực đánh giá đây là hợp đồng lớn nhất từ đầu năm."
        ),
    ),
    "en": (
        "Vietnam signs deal to supply 500,000 tonnes of rice",
        (
            "Vietnam's trade ministry signed an agreement in Hanoi on Thursday to supply 500,000 "
            "tonnes of rice over two years. Deputy Minister Phan Thi Thang said prices would be "
            "adjusted every quarter. The food association called it the largest contract of the "
            "year."
        ),
    ),
}


def _names(text: str, lang: str) -> set[str]:
    return {f for f, _ in latin_names(text, lang)}


def test_a_vietnamese_name_is_one_feature_with_or_without_its_marks():
    vi = _names("Thủ tướng Phạm Minh Chính tới Đà Nẵng và Hà Nội.", "vi")
    en = _names("Prime Minister Pham Minh Chinh travelled to Da Nang and Hanoi.", "en")
    assert {"w:phamminhchinh", "w:danang", "w:hanoi"} <= vi & en


def test_only_vietnamese_syllables_make_a_name_and_an_honorific_may_open_it():
    assert [f for f, _ in vietnamese_names("Le Caire et El Cairo, Xi Jinping.")] == []
    got = [f for f, _ in vietnamese_names("Ông Nguyễn Văn An cho biết.")]
    assert "w:nguyenvanan" in got


def test_vietnamese_and_english_pages_of_two_vietnamese_stories():
    docs = [
        mk(key, lang, story, published=day)
        for key, story, day in (("ferry", FERRY, "2025-07-09"), ("rice", RICE, "2025-07-10"))
        for lang in story
    ]
    stage = ClusterStories()
    stage(docs, Counter())
    got = sorted(sorted(s["documents"]) for s in stage.finalize()["stories"])
    assert got == [["ferry-en", "ferry-vi"], ["rice-en", "rice-vi"]]
