"""A short line whose halves, parted by a mark between spaces ("/", "|",
"—", "-"), are in two languages (a bilingual headline, a menu) gets a
language span for each half; the whole line read as one went to one
language. A half with fewer than three words or two plain lower-case
words (names, an agency's dateline, a one-word menu item) speaks for no
language and joins its neighbour, so datelines, name lists and asides
between dashes stay one language. In a line with Vietnamese letters a
sentence's end parts it too: a Vietnamese page's English sentence beside a
Vietnamese one. Lines written for this test."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.langid import IdentifyLanguages
from newsline.langid.detect import detect_spans
from newsline.model import Block, Document


def _langs(line: str) -> list[str]:
    return [lang for _, _, lang in detect_spans(line)]


@pytest.mark.parametrize(
    "line,langs",
    [
        ("Dự báo thời tiết cuối tuần — Weekend weather outlook for the north", ["vi", "en"]),
        ("Les résultats du vote à Dakar | The results of the vote in Dakar", ["fr", "en"]),
        ("How the new tax works / So funktioniert die neue Steuer", ["en", "de"]),
        ("Kết quả xổ số hôm nay - Les résultats du loto de ce soir", ["vi", "fr"]),
        # sentences, in a line with Vietnamese letters
        ("Cảm ơn quý khách đã ghé thăm! Thank you for visiting our shop today", ["vi", "en"]),
        ("Chúc mừng năm mới. Happy new year to all of our readers", ["vi", "en"]),
    ],
)
def test_halves_in_two_languages_get_a_span_each(line, langs):
    assert _langs(line) == langs


@pytest.mark.parametrize(
    "line",
    [
        # an agency's dateline, a name list, an aside between dashes, menus
        "SINGAPORE (AFP) - The central bank left its policy unchanged on Friday",
        "Nguyễn Thị Lan - Trần Văn Hùng - Lê Hoàng",
        "The mayor — who took office last spring — said the bridge would reopen",
        "Trang chủ | Thời sự | Thế giới | Login",
        "Giá cà phê hôm nay - cập nhật lúc 9 giờ sáng",
        "El gobierno aprobó el plan / La oposición votó en contra",
        # Vietnamese sentences, with and without their marks, a caption's credit
        "Người dân xếp hàng mua vàng từ sáng sớm. Ảnh: Hoàng Hà",
        "Bà Lan cho biết đã bán hết hàng. Gia dinh se ve que an Tet som.",
        "Sáng 3/7, UBND thành phố họp. Hội nghị kéo dài đến trưa.",
        "Ông nói: Không sao. Sau đó ông rời khỏi phòng họp.",
    ],
)
def test_one_language_or_halves_too_small_stay_one_span(line):
    assert len(set(_langs(line))) == 1


def test_a_bilingual_block_is_split_at_its_mark():
    vi = "Dự báo thời tiết các tỉnh miền Bắc trong tuần tới có mưa rào rải rác"
    en = "Weather forecast for the northern provinces shows scattered showers next week"
    text = f"{vi} / {en}"
    doc = Document(id="x", source="x", text=text, blocks=[Block(0, len(text), "body")])
    IdentifyLanguages()([doc], Counter())
    assert [(text[b.start : b.end], b.lang) for b in doc.blocks] == [
        (f"{vi} /", "vi"),
        (en, "en"),
    ]
