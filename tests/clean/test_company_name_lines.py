"""A publisher's or owner's name in title case above the headline ("El León
de El Español Publicaciones S.A.", "Northfield Media Group Ltd",
"西河日报传媒有限公司"): as the longest headline-shaped line, and being title
case (its capitals name nothing), it was taken for the title. A name ending
with a company's legal form is the imprint; a headline that ends on a
company ("Regulator fines Harbour Shipping Ltd") has lower-case words."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines

CASES = {
    "es": (
        "El Diario Gráfico de Costa Norte Comunicaciones y Medios S.L.",
        "Obras en el parque central",
    ),
    "en": (
        "The Northfield Regional Newspapers and Printing Holdings Limited",
        "Central park works to start",
    ),
    "fr": (
        "Les Éditions Provençales de la Presse Régionale et Quotidienne SAS",
        "Le parc central en travaux",
    ),
}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_company_name_above_the_headline_is_not_the_title(lang):
    company, headline = CASES[lang]
    out = classify_lines([company, headline, *BODY[lang]])
    assert out[company][0] == "footer", out[company]
    assert out[headline][0] == "title", out[headline]
    assert all(out[p][0] == "body" for p in BODY[lang])


def test_headline_ending_on_a_company_stays_the_title():
    headline = "Regulator fines Harbour Shipping Ltd"
    out = classify_lines([headline, *BODY["en"]])
    assert out[headline][0] == "title", out[headline]


def test_chinese_company_name_above_the_headline_is_not_the_title():
    company, headline = "西河日报社新闻传媒集团股份有限公司", "中心公园下月动工改造"
    out = classify_lines([company, headline, *BODY["zh"]])
    assert out[company][0] == "footer", out[company]
    assert out[headline][0] == "title", out[headline]
