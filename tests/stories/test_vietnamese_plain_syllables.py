"""A Vietnamese syllable written without diacritics ("Minh", "Nam", "Anh",
"Hoa") is as Vietnamese as a marked one: in a Vietnamese page it is a
syllable of a longer name or a place read whole, or a person after an
honorific, never a name feature of its own -- or every page with a Minh or
a Việt Nam shared one. Invented sentences and people."""

from __future__ import annotations

import pytest

from newsline.model import Document
from newsline.stories.anchors import feature_counts, latin_names


def words(text: str, lang: str) -> set[str]:
    return {f for f, _ in latin_names(text, lang)}


@pytest.mark.parametrize(
    ("text", "single"),
    [
        ("Lũ lụt ở Việt Nam khiến nhiều người chết.", "w:nam"),
        ("Ông Nguyễn Văn Minh cho biết nước lên nhanh.", "w:minh"),
        ("Sau đó ông Minh cho biết nước lên nhanh.", "w:minh"),
        ("Viện trợ đến từ Hoa Kỳ và Trung Quốc.", "w:hoa"),
        ("Viện trợ đến từ Hoa Kỳ và Trung Quốc.", "w:trung"),
        ("Thủ tướng Anh cho biết sẽ gửi thêm tàu.", "w:anh"),
        ("Ca sĩ Lê Thanh Tuan biểu diễn tối qua.", "w:tuan"),
    ],
)
def test_a_plain_syllable_of_a_vietnamese_name_is_no_name_of_its_own(text, single):
    assert single not in words(text, "vi")


def test_the_whole_name_is_still_read():
    got = words("Ông Nguyễn Văn Minh cho biết nước lên nhanh ở Việt Nam.", "vi")
    assert {"w:nguyenvanminh", "w:vietnam"} <= got


def test_two_vietnamese_stories_share_no_name_by_a_common_syllable():
    flood = "Lũ lớn ở Quảng Nam. Ông Trần Văn Minh, chủ tịch xã, cho biết 20 nhà bị cuốn trôi."
    match = "Tiền đạo Hoàng Minh ghi bàn ở phút 89, đội tuyển Việt Nam thắng 2-1."

    def names(text):
        doc = Document(id="x", source="x", text=text, lang="vi")
        return {a[0] for a in feature_counts(doc, text)["a"] if a[0][0] in "wk"}

    assert not names(flood) & names(match)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hôm qua Kim Jong-un thị sát nhà máy.", "w:kim"),  # the next word is no syllable
        ("Hôm qua ông Moon Jae-in gặp báo chí.", "w:moon"),
        ("Hôm qua ông Biden gặp báo chí.", "w:biden"),  # no Vietnamese syllable
    ],
)
def test_a_foreign_name_that_looks_like_a_syllable_stays(text, name):
    assert name in words(text, "vi")


def test_other_languages_keep_their_names():
    # a syllable standing alone is a name outside Vietnamese pages; inside a
    # Vietnamese name it is read whole (test_vietnamese_name_syllables_alone)
    assert "w:minh" in words("Officials said on Monday that Minh will attend.", "en")
    got = words("Officials in Ho Chi Minh City said on Monday.", "en")
    assert "w:hochiminh" in got and "w:minh" not in got
