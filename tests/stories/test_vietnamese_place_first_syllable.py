"""The first syllable of a Vietnamese place's name ("Nam" of "Nam Giang",
"Long" of "Long Thành") is no name alone on a Vietnamese page that names
the place as one ("huyện Nam Giang", "thị xã Long Thành"): other languages'
pages of the place read only the whole name (see latin_names), so the lone
syllable was the Vietnamese page's strongest name and met nothing there. A
person's first syllable still stays ("Hai Lúa", tests/stories/
test_calendar_words). Invented sentences and places."""

from __future__ import annotations

from newsline.stories.anchors import latin_names


def names(text: str, lang: str) -> set[str]:
    return {f for f, _ in latin_names(text, lang) if f[0] in "wks"}


def test_a_place_named_as_one_gives_no_lone_first_syllable():
    got = names(
        "Đường vào Long Thành bị ngập sâu. Chính quyền thị xã Long Thành đã sơ tán dân.",
        "vi",
    )
    assert "w:longthanh" in got
    assert "w:long" not in got


def test_the_place_word_may_stand_before_another_mention_only():
    # the headline writes "ở Bình Sơn"-style places bare; the body says huyện
    got = names(
        "Sạt lở ở Tam Dương, hai người bị thương.\n\nLực lượng huyện Tam Dương đang dọn đường.",
        "vi",
    )
    assert "w:tamduong" in got and "w:tam" not in got


def test_a_first_syllable_without_a_place_word_stays():
    # no word for a place before the run: it may be a person's name
    assert "w:hai" in names("Người dân gọi ông là Hai Lúa từ nhiều năm nay.", "vi")


def test_a_vietnamese_page_and_an_english_page_of_one_place_give_the_same_names():
    vi = names("Mưa lớn ở Tam Dương. Huyện ủy và huyện Tam Dương họp khẩn.", "vi")
    en = names("Heavy rain hit Tam Duong district on Monday, officials said.", "en")
    assert vi == en == {"w:tamduong"}


def test_a_later_syllable_opening_a_bracket_is_no_name_alone():
    # "(Bình Định)" after a town: "Định" follows "Bình" inside the bracket
    got = names("Cứu hộ tại thị trấn Phù Cát (Bình Dinh) vẫn tiếp tục.", "vi")
    assert "w:binhdinh" in got and "w:dinh" not in got
    got = names("Ông nói: “Trà Vinh đã sẵn sàng” trong cuộc họp.", "vi")
    assert "w:travinh" in got and "w:vinh" not in got
