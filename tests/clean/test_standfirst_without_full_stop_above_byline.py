"""A standfirst with no full stop between the headline and the byline or
stamp ("Painéis instalados no telhado devem gerar 95% da energia consumida
pela unidade, que atende 900 alunos") is the standfirst, the line above it
the headline: being the longer, the standfirst was taken for the title and
the headline set aside as a line before the article (only a standfirst
ending on a full stop, or one right over the first paragraph, was told). A
standfirst says more than its headline and uses function words; a kicker
over the headline is shorter. Pages written for this test in a Portuguese,
a Vietnamese, a Spanish and an English paper's styles."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines

PAGES = {
    "pt": (
        "Prefeitura começa reforma do parque central no próximo mês",
        "As obras devem durar cerca de seis meses e incluem a ampliação da área de brinquedos",
        "Por Marina Costa — Campinas",
        "10/04/2025 08h15 · Atualizado há 1 hora",
    ),
    "vi": (
        "Thành phố khởi công cải tạo công viên trung tâm vào tháng tới",
        "Dự án kéo dài khoảng sáu tháng, trong đó khu vui chơi cho trẻ em sẽ được mở rộng gấp đôi",
        "Thứ Năm, 10/4/2025 08:15",
        "Theo Minh Anh",
    ),
    "es": (
        "El ayuntamiento renovará el parque central a partir del próximo mes",
        "Las obras durarán unos seis meses y ampliarán la zona de juegos para los niños del barrio",
        "Por Rosa Díaz",
        "10/04/2025 08:15 h",
    ),
    "en": (
        "City to begin renovating its central park next month",
        "The work will take about six months and will double the size of the children's playground",
        "By Jane Doe",
        "April 10, 2025 8:15 a.m.",
    ),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_line_above_a_standfirst_without_full_stop_is_the_title(lang):
    head, standfirst, byline, stamp = PAGES[lang]
    got = classify_lines(["Home | News | Sport", head, standfirst, byline, stamp, *BODY[lang]])
    assert got[head][0] == "title", got[head]
    assert got[standfirst][0] == "body", got[standfirst]


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_kicker_over_the_headline_is_not_taken_for_it(lang):
    # a short kicker (under six words) over the headline: the headline stays
    head, _, byline, stamp = PAGES[lang]
    kicker = {"pt": "Obras na cidade", "vi": "Đô thị", "es": "Obras", "en": "City works"}[lang]
    got = classify_lines([kicker, head, byline, stamp, *BODY[lang]])
    assert got[head][0] == "title", got[head]
