"""A short line on a Vietnamese page whose words cannot be Vietnamese (every
Vietnamese word is one syllable of a closed shape, accents or not): "Read
more", "BREAKING NEWS". It leaned to the page as any short line does and
read as Vietnamese; where the model is sure of its language, that language
stands. Names, acronyms, unaccented Vietnamese and lines the model is
unsure of still take the page's language. Lines written for this test."""

from __future__ import annotations

import pytest

from .helpers import lang_on_page

VI_BODY = (
    "Chiều qua, mưa lớn kéo dài khiến nhiều tuyến đường ở trung tâm thành phố ngập sâu, "
    "giao thông ùn tắc đến tận tối và nhiều người phải dắt xe qua các đoạn ngập."
)
EN_BODY = (
    "Heavy rain on Tuesday afternoon flooded several streets in the city centre, and "
    "traffic stayed jammed well into the evening as drivers pushed their bikes."
)


@pytest.mark.parametrize(
    "line", ["Read more", "BREAKING NEWS", "Follow us", "Related news", "Share this"]
)
def test_english_words_on_a_vietnamese_page_are_english(line: str) -> None:
    assert lang_on_page(line, VI_BODY) == "en"


@pytest.mark.parametrize(
    "line",
    [
        "Tin moi",  # unaccented Vietnamese
        "Xem them",
        "Getty Images",  # names in title case
        "UBND TPHCM",  # capitals that may be acronyms
        "Video clip",  # the model is unsure (es 0.24)
        "Top stories",  # half of the words fit Vietnamese syllables
        "Theo Reuters",
    ],
)
def test_names_acronyms_and_vietnamese_shaped_lines_take_the_page(line: str) -> None:
    assert lang_on_page(line, VI_BODY) == "vi"


def test_on_an_english_page_nothing_changes() -> None:
    assert lang_on_page("Read more", EN_BODY) == "en"
