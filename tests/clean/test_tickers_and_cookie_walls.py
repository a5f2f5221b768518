"""Two heldout16 misses of the page's top: an index ticker above the
masthead was taken for the headline, the longest line before the first
paragraph (t13: "沪指 3402.15 +0.52%　深成指 …"), and a Malay cookie wall
was read as the article's first paragraph, which pushed the headline out
of the article (t19: "Laman web ini menggunakan kuki …"; the cue table had
no Malay, and Polish only as "cookies"). Lines written for this test."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines

HEADLINES = {
    "zh": "全市今年新增口袋公园一百二十个 年底前全部开放",
    "en": "Council approves new bus depot on the old rail yard site",
    "es": "El Ayuntamiento aprueba la nueva cochera de autobuses en la antigua estación",
}


@pytest.mark.parametrize(
    ("lang", "ticker"),
    [
        ("zh", "恒生指数 19234.56 -0.42%　国企指数 6821.30 -0.37%　恒生科技 4312.08 +0.15%"),
        ("en", "FTSE 100 8,312.40 +0.3% DAX 19,120.55 -0.1% CAC 40 7,402.16 +0.5% EUR/USD 1.0834"),
        ("es", "IBEX 35 11.842,3 +0,61% · EURO STOXX 50 4.921,8 +0,35% · Brent 74,20 $ -0,8%"),
    ],
)
def test_a_ticker_above_the_headline_is_no_headline(lang, ticker):
    b, head = BODY[lang], HEADLINES[lang]
    out = classify_lines([ticker, head, *b])
    assert out[ticker][0] == "navigation", out[ticker]
    assert out[head][0] == "title", out[head]


def test_a_headline_with_two_figures_stays_the_headline():
    b = BODY["en"]
    head = "Inflation eases to 3.4% as wages rise 4.1% in the third quarter"
    out = classify_lines(["Business", head, *b])
    assert out[head][0] == "title", out[head]


@pytest.mark.parametrize(
    ("lang", "wall"),
    [
        (
            "id",  # (Malay pages read as Indonesian or Malay alike)
            "Laman web ini menggunakan kuki untuk memberi anda pengalaman terbaik. "
            "Dengan meneruskan, anda bersetuju dengan dasar kuki kami.",
        ),
        (
            "pl",
            "Używamy plików cookie, aby dopasować treści i reklamy do Twoich zainteresowań. "
            "Kliknij, aby przejść do serwisu.",
        ),
    ],
)
def test_a_cookie_wall_before_the_article_is_set_aside(lang, wall):
    b = BODY[lang]
    out = classify_lines([wall, *b])
    assert out[wall][0] == "navigation", out[wall]
    assert all(out[p][0] == "body" for p in b), [out[p] for p in b]
