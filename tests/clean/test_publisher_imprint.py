"""A publisher's imprint under the page (invented lines): labelled fields
"Cơ quan chủ quản: … Tổng biên tập: …", "Địa chỉ: … Điện thoại: …",
"主办：… 地址：… 电话：…". Written as short sentences, a Vietnamese paper's
imprint was kept as the article's last paragraphs, or taken into the
related list above it."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import BODY, classify_lines, classify_page, label_between

PAGES = Path(__file__).parent / "pages"

LINES = {
    "vi": [
        "Cơ quan chủ quản: Tỉnh ủy. Tổng Biên tập: Nguyễn Văn Hùng",
        "Địa chỉ: 12 đường Trần Hưng Đạo, thành phố. Điện thoại: 0236 3822 111",
    ],
    "zh": ["主办：西河日报社　地址：西河市人民路1号　电话：0123-4567890"],
    "th": ["ที่อยู่: 99 ถนนพหลโยธิน กรุงเทพฯ 10400 โทร: 02-123-4567"],
    "fr": ["Directeur de la publication : Jean Martin. Adresse : 4 rue des Alpes, 38000 Grenoble"],
}


@pytest.mark.parametrize("lang", sorted(LINES))
def test_imprint_lines_are_footer(lang):
    lines = [*BODY[lang], *LINES[lang]]
    out = classify_lines(lines)
    for line in LINES[lang]:
        assert out[line][0] == "footer", (line, out[line])
    assert all(out[p][0] == "body" for p in BODY[lang])


def test_a_sentence_with_one_label_stays_body():
    line = "The mayor gave his address: he said the phone lines would stay open all night."
    got = label_between(BODY["en"], line)
    assert got[0] == "body", got


def test_imprint_after_a_related_list_is_footer():
    doc = classify_page(PAGES / "vi_tinh_binh_luan.html")
    got = {b.text_of(doc): b.label for b in doc.blocks}
    for line in LINES["vi"]:
        assert got[line] == "footer", (line, got[line])
