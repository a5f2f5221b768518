"""A headline holding one site-link word and a year ("Hướng dẫn đổi giấy
phép lái xe sang thẻ PET trực tuyến năm 2025": a driving licence) was the
site's footer (heldout14's k12). Headlines written for this test in other
languages; the site's own licence and contact lines stay footer."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines


@pytest.mark.parametrize(
    ("lang", "headline"),
    [
        ("vi", "Thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ thay đổi từ năm 2025"),
        ("en", "New rules on privacy policy notices for small shops take effect in 2025"),
    ],
)
def test_a_headline_with_one_site_link_word_and_a_year_is_the_title(lang, headline):
    got = classify_lines(["Trang chủ › Đời sống", headline, *BODY[lang]])
    assert got[headline][0] == "title", got[headline]


@pytest.mark.parametrize(
    "line",
    [
        "Giấy phép số 88/GP-BTTTT cấp ngày 12/3/2020",
        "Liên hệ | Giấy phép | Chính sách bảo mật | 2025",
    ],
)
def test_the_sites_licence_and_link_lines_stay_footer(line):
    got = classify_lines(["Tin A", *BODY["vi"], line])
    assert got[line][0] == "footer", got[line]
