"""An affiliate deals box inside a review: a block giving prices with a
shop's link words ("Zum Angebot", "Voir l'offre") or an affiliate note
("podemos receber uma comissão"). Invented boxes in languages and shapes
heldout7's English and Korean pages do not use. Near misses: prices alone
(a consumer-price story, a market report), a story about disclosure rules
that quotes the note, a page-wide disclosure with no price, and a
gold-price page's own link."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY
from tests.flags.helpers import flagged, kinds, span

TITLE = {
    "de": "Test: Die Kaffeemaschine Brava 3 macht vieles richtig",
    "fr": "Test : l'aspirateur robot Nimbo X2 tient ses promesses",
    "ja": "レビュー：ワイヤレスイヤホン「ソナ5」は通話品質が優秀",
    "pt": "Análise: a bicicleta elétrica Vento 2 convence na cidade",
    "es": "Análisis: el reloj deportivo Ritmo S mide bien el pulso",
    "it": "Prova: il monitor Lumo 27 è luminoso e preciso",
}
BOXES = {
    "de": "Brava 3 bei Kaufhaus Nord für 229,99 € – Zum Angebot. Brava 3 Plus für 279 € – Preis prüfen.",
    "fr": "Nimbo X2 : 349 € chez Électro Sud (au lieu de 429 €) – Voir l'offre",
    "ja": "ソナ5 ¥12,800（20%オフ）→ 最安値をチェック ※本記事はアフィリエイト広告を利用しています。",
    "pt": "Vento 2 por R$ 7.499 na Loja Centro. Podemos receber uma comissão pelas compras feitas nos links.",
    "es": "Ritmo S – 199 € en TiendaSur, ver oferta · Ritmo S Pro – 259 € en MegaTienda, ver oferta",
    "it": "Lumo 27 a 289 € su ElettroCasa – vedi offerta",
}


@pytest.mark.parametrize("lang", sorted(BOXES))
def test_deals_box_inside_a_review_is_spam(lang):
    b = BODY[lang]
    text = "\n".join([TITLE[lang], b[0], b[1], BOXES[lang], b[2]]) + "\n"
    doc = flagged(text, labels={0: "title"})
    assert [span(doc, f) for f in kinds(doc, "spam")] == [BOXES[lang]], [
        (f.kind, f.reason) for f in doc.flags
    ]


def test_deals_box_read_as_footer_by_the_cleaner_is_still_spam():
    b = BODY["fr"]
    text = "\n".join([TITLE["fr"], b[0], BOXES["fr"], b[1]]) + "\n"
    doc = flagged(text, labels={0: "title", 2: "footer"})
    assert [span(doc, f) for f in kinds(doc, "spam")] == [BOXES["fr"]]


NEAR_MISSES = {
    # a consumer-price story: prices and shops, no link words
    "en": [
        "Egg prices climb again as supermarkets pass on feed costs",
        "A dozen large eggs now costs $4.99 at most supermarkets in the state, up from $3.20 a year ago.",
        "Shoppers said they check the price of every item before it goes into the basket.",
        "Farmers blame higher feed and fuel costs, while retailers say margins are thin.",
    ],
    # a market report listing prices
    "de": [
        "DAX schließt fester, Ölpreis steigt",
        "Der DAX schloss am Dienstag bei 18.412 Punkten, Brent kostete 82,40 Dollar je Barrel.",
        "Die Aktie von Nordbank stieg um 3 Prozent auf 41,20 €, Versorger gaben leicht nach.",
        "Händler verwiesen auf die Zinsentscheidung der Notenbank am Donnerstag.",
    ],
    # a story on disclosure rules that quotes the note, with a fine in dollars
    "en2": [
        "Regulator fines review sites over hidden affiliate links",
        'The agency fined three review sites a combined $2.4 million for hiding the line "we may earn a commission" below their articles.',
        "Officials said readers must see the notice before the first link, not after it.",
        "The sites said they would redesign their pages within 60 days.",
    ],
    # a gold-price page's own link
    "vi": [
        "Giá vàng hôm nay tăng mạnh",
        "Giá vàng miếng sáng nay được niêm yết ở mức 85,5 triệu đồng mỗi lượng, tăng 800.000 đồng so với hôm qua.",
        "Xem giá vàng các thương hiệu khác tại bảng dưới đây, cập nhật lúc 9 giờ.",
        "Các chuyên gia cho rằng giá vàng trong nước chịu ảnh hưởng từ giá thế giới.",
    ],
}


@pytest.mark.parametrize("key", sorted(NEAR_MISSES))
def test_prices_without_a_shops_link_words_are_not_adverts(key):
    doc = flagged("\n".join(NEAR_MISSES[key]) + "\n", labels={0: "title"})
    assert not kinds(doc, "spam"), [(f.kind, f.reason) for f in doc.flags]


def test_a_page_wide_disclosure_with_no_price_is_not_a_deals_box():
    b = BODY["en"]
    note = "This post contains affiliate links: we may earn a commission at no extra cost to you."
    doc = flagged("\n".join([TITLE["de"], note, b[0], b[1]]) + "\n", labels={0: "title"})
    assert not kinds(doc, "spam")


def test_a_shops_page_with_no_article_is_left_alone():
    box = BOXES["de"]
    doc = flagged("\n".join([TITLE["de"], box]) + "\n", labels={0: "title"})
    assert not kinds(doc, "spam")
