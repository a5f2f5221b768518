"""Two desks' initials closing wire copy, and a site's visitor counter
(invented pages in several sites' styles).

"abc/jlp" after the last paragraph was taken for a short line of the
related list after it (the rule for desk codes wanted three groups, as in
"bur-jmb/abx/fm"); "Tổng số lượt truy cập: 2.345.678" in the footer was a
headline-like line of that list.
"""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines

RELATED = {
    "en": [
        "Related stories",
        "City unveils plan for new riverside promenade",
        "Park renovation delayed by funding dispute",
    ],
    "fr": [
        "À lire aussi",
        "La ville dévoile son projet de promenade au bord du fleuve",
        "Le chantier du parc retardé par un différend budgétaire",
    ],
    "es": [
        "Noticias relacionadas",
        "La ciudad presenta su proyecto de paseo junto al río",
        "Las obras del parque se retrasan por una disputa de financiación",
    ],
}


@pytest.mark.parametrize(
    "lang,line",
    [
        ("en", "abc/jlp"),
        ("fr", "pdh/ib"),
        ("es", "mrc/jlp"),
        ("fr", "(kms/tgb)"),
    ],
)
def test_two_desks_initials_after_the_last_paragraph_are_attribution(lang, line):
    out = classify_lines([*BODY[lang], line, *RELATED[lang]])
    assert out[line][0] == "attribution", out[line]
    out = classify_lines([*BODY[lang], line])
    assert out[line][0] == "attribution", out[line]


@pytest.mark.parametrize("line", ["and/or", "his/her", "on/off"])
def test_a_pair_of_words_is_no_desk_code(line):
    out = classify_lines([*BODY["en"], line])
    assert out[line][0] != "attribution", out[line]


def test_initials_between_paragraphs_are_no_sign_off():
    out = classify_lines([*BODY["en"][:2], "abc/jlp", *BODY["en"][2:]])
    assert out["abc/jlp"][0] != "attribution", out["abc/jlp"]


FOOTER = {
    "vi": "Bản quyền thuộc về Báo Phố Thị Điện Tử",
    "en": "© 2026 Riverside Gazette",
    "zh": "版权所有 © 2026 河畔日报",
    "th": "สงวนลิขสิทธิ์ © 2569 ข่าวริมน้ำ",
    "es": "© 2026 Gaceta del Río",
    "fr": "© 2026 La Gazette du Fleuve",
}


@pytest.mark.parametrize(
    "lang,line",
    [
        ("vi", "Tổng số lượt truy cập: 2.345.678"),
        ("vi", "Đang online: 123 | Tổng truy cập: 2.345.678"),
        ("en", "Total visits: 2,345,678"),
        ("zh", "总访问量 2345678"),
        ("zh", "在线人数：35 今日访问：1234"),
        ("th", "ผู้เข้าชมทั้งหมด 2,345,678 คน"),
        ("es", "Visitas totales: 2.345.678"),
        ("fr", "Nombre de visiteurs : 2 345 678"),
    ],
)
def test_a_site_visitor_counter_is_navigation(lang, line):
    out = classify_lines([*BODY[lang], line, FOOTER[lang]])
    assert out[line][0] == "navigation", out[line]


@pytest.mark.parametrize(
    "lang,line",
    [
        # the article's own figures, in a sentence
        ("en", "The museum said total visits reached 2,345,678 last year."),
        ("vi", "Năm ngoái, tổng số lượt truy cập cổng thông tin đạt 2.345.678."),
    ],
)
def test_figures_of_visits_in_a_sentence_are_body(lang, line):
    out = classify_lines([*BODY[lang][:2], line, *BODY[lang][2:]])
    assert out[line][0] == "body", out[line]
