"""A Vietnamese page's capitalised syllable without marks right after a
word for an administrative place or an island ("tỉnh Trang", "đảo Samui",
"thành phố Pai") is a place's name, most often a foreign one Vietnamese
writes as other Latin scripts do: it keeps its skeleton, which meets the
Thai and English pages of the story. After any other lower-case word
("miền Trung", "phía Nam") or a personal honorific ("chị Trang") it stays a
Vietnamese syllable, no name. Pages written for these tests.
"""

from __future__ import annotations

import pytest

from newsline.stories.anchors import latin_names, thai_features


def _keys(text: str, lang: str) -> set[str]:
    return {f for f, _ in latin_names(text, lang) if f.startswith("k:")}


@pytest.mark.parametrize(
    "text",
    [
        "Lũ quét ở tỉnh Trang, Thái Lan khiến 3 người chết.",
        "Xe khách lật ở thành phố Trang sáng 4/9.",
    ],
)
def test_a_foreign_province_after_tinh_meets_its_thai_and_english_spelling(text):
    thai = {f for f, _ in thai_features("น้ำป่าไหลหลากที่จังหวัดตรัง มีผู้เสียชีวิต 3 คน")[0]}
    english = _keys("Flash floods in Trang province killed three.", "en")
    assert "k:tln" in _keys(text, "vi") & thai & english


@pytest.mark.parametrize(
    "text",
    [
        "Mưa lớn ở miền Trung và phía Nam trong tuần này.",
        "Chị Trang cho biết nước lên rất nhanh.",
        "Bà con ở làng Trang đã sơ tán.",
    ],
)
def test_a_syllable_after_another_word_stays_no_name(text):
    assert not _keys(text, "vi")
