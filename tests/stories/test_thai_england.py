"""Thai news calls the United Kingdom "อังกฤษ" (England), which is also the
English language after "ภาษา" (Vietnamese "tiếng Anh" too): English is
no place. Invented sentences."""

from __future__ import annotations

import pytest

from newsline.stories.anchors import territories


def codes(text: str, lang: str) -> set[str]:
    return {c for c, _, _ in territories(text, lang)}


@pytest.mark.parametrize(
    "th",
    [
        "นายกรัฐมนตรีอังกฤษกล่าวว่าจะส่งเรือเพิ่ม",  # the British prime minister
        "นักท่องเที่ยวชาวอังกฤษสองคนได้รับบาดเจ็บ",  # British tourists
        "ทีมชาติอังกฤษชนะสองประตู",  # the England team
    ],
)
def test_england_is_the_united_kingdom(th):
    assert "GB" in codes(th, "th") & codes("Britain said on Monday.", "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("เขาเรียนภาษาอังกฤษที่โรงเรียนทุกวัน", "th"),  # the English language
        ("มีคำบรรยายภาษาอังกฤษและภาษาจีน", "th"),  # English subtitles
        ("Cô ấy dạy tiếng Anh ở trường làng.", "vi"),  # she teaches English
    ],
)
def test_english_is_no_place(text, lang):
    assert "GB" not in codes(text, lang)


def test_the_country_next_to_its_language_stays():
    assert "GB" in codes("นักเรียนไทยไปเรียนภาษาอังกฤษที่อังกฤษ", "th")
    assert "GB" in codes("Cô ấy học tiếng Anh ở nước Anh.", "vi")
    assert "TH" in codes("ภาษาไทยวันนี้", "th")  # as tests/stories/test_territory_forms
