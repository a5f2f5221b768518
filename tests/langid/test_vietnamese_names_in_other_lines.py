"""Vietnamese names inside a line of another language, and foreign brand
names inside a Vietnamese line.

Names carry Vietnamese letters (ễ, ọ, ư ...) that no other language writes,
and the model reads any word holding one as Vietnamese: a French, English or
Spanish line naming a Vietnamese person or province came out Vietnamese.
Conversely, capitalised brand names ("Apple", "Pro Max") counted as
unmarked words against a Vietnamese line's marks. Names, brands and
acronyms are capitalised in every language written in Latin letters; when a
line has three lower-case words or more, or two of which one cannot be a
Vietnamese syllable, they tell its language (two are enough to count
Vietnamese marks on). All text is
written for this test.
"""

from __future__ import annotations

import pytest

from newsline.langid.detect import detect_language

OTHER_LINES_WITH_VIETNAMESE_NAMES = [
    ("fr", "La ministre a reçu Phạm Thị Hương et Đặng Văn Lộc à Paris"),
    ("fr", "Les pluies frappent Quảng Ngãi et Bình Định"),
    ("en", "Floods cut roads to Quảng Trị and Thừa Thiên Huế"),
    # two lower-case words, one no Vietnamese syllable ("meets", "and", "with")
    ("en", "Trần Đại Quang meets Shinzo Abe in Tokyo"),
    ("en", "Storms in Bắc Giang and Lạng Sơn"),
    ("fr", "Les inondations frappent Huế"),
]


@pytest.mark.parametrize(("lang", "line"), OTHER_LINES_WITH_VIETNAMESE_NAMES)
def test_vietnamese_names_do_not_make_the_line_vietnamese(lang, line):
    assert detect_language(line) == lang


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # the model already read these by their own words: they must stay so
        ("en", "Heavy rain closed schools across Nghệ An and Hà Tĩnh on Monday"),
        ("es", "La delegación viajó a Đà Nẵng para firmar el acuerdo comercial"),
        ("id", "Menteri bertemu Trần Lưu Quang di Jakarta untuk membahas perdagangan"),
    ],
)
def test_lines_already_read_by_their_own_words_keep_their_language(lang, line):
    assert detect_language(line) == lang


VIETNAMESE_LINES_WITH_BRANDS = [
    "Garmin Forerunner Music Edition giảm giá",
    "Mercedes-Benz GLC Coupe AMG Line ra mắt",
]


@pytest.mark.parametrize("line", VIETNAMESE_LINES_WITH_BRANDS)
def test_brand_names_do_not_outvote_a_vietnamese_line(line):
    assert detect_language(line) == "vi"


@pytest.mark.parametrize(
    "line",
    [
        # Vietnamese lines whose names are Vietnamese too
        "Ông Nguyễn Văn An cho biết sẽ kiểm tra lại toàn bộ hồ sơ",
        "Thủ Tướng Thăm Chính Thức Nhật Bản",  # title case: no lower-case words
        "Hà Nội có mưa to",
        # unaccented Vietnamese with an accented place name
        "mua lon keo dai o Quảng Bình tu dem qua",
        # fewer than three lower-case words: the names stay in the count
        "Phạm Minh Chính và Lý Hiển Long",
        # two lower-case words, both Vietnamese syllables, marks others write too
        "Quảng Ninh có bão",
        "Nguyễn Văn An nói gì",
    ],
)
def test_vietnamese_lines_stay_vietnamese(line):
    assert detect_language(line) == "vi"
