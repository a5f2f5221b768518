"""Investment-signal and trading-scheme adverts (a "VIP signals" group,
guaranteed returns, a trading robot), in a paragraph or as a teaser among
a page's related links. Invented pages in languages and wordings heldout8
does not use (its pages are Spanish, Russian, French, Vietnamese, Korean);
near misses stay unflagged: market news naming one such word, a related
list whose one line names one trade, a story about signal-group scams."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY
from tests.flags.helpers import flagged, kinds, span

TITLE = {
    "en": "Ferry timetable changes for the winter season",
    "pt": "Câmara aprova reforma do parque central",
    "de": "Stadtwerke senken den Wasserpreis ab Januar",
    "id": "Pemkab resmikan pasar tradisional baru",
    "th": "จังหวัดเปิดสะพานข้ามแม่น้ำแห่งใหม่",
    "zh": "市里新建三座口袋公园",
}
ADVERTS = {
    "en": "Tired of losing money? Our VIP signals team posts forex signals every morning, "
    "with risk-free profit for members who follow them to the letter. Spots are limited.",
    "pt": "Entre agora no nosso grupo de sinais: sinais de trading diários com lucro "
    "garantido, mesmo para quem nunca investiu. As vagas acabam hoje.",
    "de": "Unsere Signalgruppe verschickt täglich Krypto-Signale mit garantierter Rendite, "
    "ganz ohne Vorkenntnisse. Jetzt beitreten, nur noch wenige Plätze frei.",
    "id": "Gabung grup sinyal kami sekarang: sinyal trading emas setiap pagi, profit dijamin "
    "untuk semua anggota tanpa pengalaman.",
}


@pytest.mark.parametrize("lang", sorted(ADVERTS))
def test_signal_group_paragraph_is_spam(lang):
    b = BODY[lang]
    text = "\n".join([TITLE[lang], b[0], b[1], ADVERTS[lang], b[2]]) + "\n"
    doc = flagged(text, labels={0: "title"})
    assert [span(doc, f) for f in kinds(doc, "spam")] == [ADVERTS[lang]], [
        (f.kind, f.reason) for f in doc.flags
    ]


def test_market_news_naming_one_such_word_is_not_spam():
    text = (
        "Gold hits a three-week high as the dollar weakens\n"
        "Gold rose 1.2% to $2,410 an ounce on Tuesday as the dollar slipped after weaker "
        "US jobs data, traders said.\n"
        "Analysts said technical trading signals pointed to further gains if prices held "
        "above $2,400, but warned that a strong inflation report could reverse the move.\n"
        "Silver gained 0.8% and platinum was little changed.\n"
    )
    doc = flagged(text, labels={0: "title"})
    assert kinds(doc, "spam") == []


RELATED = {
    "en": (
        "How I earn $400 a day from home – free VIP signals and forex signals for new members",
        [
            "Harbour car park to close for repairs in March",
            "New bus route links the station to the hospital",
        ],
    ),
    "pt": (
        "Renda extra: receba sinais de trading no celular e tenha lucro garantido todo dia",
        [
            "Prefeitura abre inscrições para hortas comunitárias",
            "Ciclovia da orla ganha nova iluminação",
        ],
    ),
    "zh": (
        "在家兼职月入过万？老师免费带单，加入荐股群稳赚不赔",
        ["地铁5号线南延段开始试运行", "市图书馆周末延长开放时间"],
    ),
}


@pytest.mark.parametrize("lang", sorted(RELATED))
def test_teaser_advert_among_related_links_is_spam(lang):
    advert, others = RELATED[lang]
    b = BODY[lang]
    lines = [TITLE.get(lang, "Title"), b[0], b[1], others[0], advert, others[1], b[2]]
    doc = flagged(
        "\n".join(lines) + "\n", labels={0: "title", 3: "related", 4: "related", 5: "related"}
    )
    got = [span(doc, f) for f in kinds(doc, "spam")]
    assert got == [advert], [(f.kind, f.reason) for f in doc.flags]


def test_related_line_naming_one_trade_is_not_spam():
    b = BODY["en"]
    lines = [
        TITLE["en"],
        b[0],
        b[1],
        "Police close illegal online casino run from a flat above a bakery",
        "Harbour car park to close for repairs in March",
        b[2],
    ]
    doc = flagged("\n".join(lines) + "\n", labels={0: "title", 3: "related", 4: "related"})
    assert kinds(doc, "spam") == []


def test_story_about_signal_group_scams_keeps_its_related_links():
    text = (
        "Regulator warns of fake trading signals groups on messaging apps\n"
        "The financial regulator said on Monday it had received 900 complaints this year about "
        "groups selling trading signals and promising guaranteed returns to small investors.\n"
        "Victims were typically asked to pay a membership fee and then to deposit money with an "
        "unlicensed broker, the regulator said.\n"
        "Why VIP signals groups promising guaranteed returns are usually scams\n"
        "Harbour car park to close for repairs in March\n"
    )
    doc = flagged(text, labels={0: "title", 3: "related", 4: "related"})
    assert kinds(doc, "spam") == []
