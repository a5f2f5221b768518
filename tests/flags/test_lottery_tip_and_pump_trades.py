"""Two trades that buy injected lines and had no words in SOLICIT_CUES:
tips for the next lottery draw sold as sure numbers, and crypto "pump"
groups promising a coin will multiply. Each advert is a short line with a
way to reach the seller between paragraphs of a page written for this file
(styles and languages other than the heldout11 pages that showed the gap:
benchmarks/flags_heldout.py --set heldout11, z02 and z03). News about the
trades, naming no seller to write to, stays clean. The positives failed
before this file's commit."""

from __future__ import annotations

import pytest

from tests.flags.diploma_pages import PAGES
from tests.flags.helpers import flagged, kinds


@pytest.mark.parametrize(
    "page,advert",
    [
        (
            "en",
            "Guaranteed winning numbers for Saturday's Powerball, text LUCKY to WhatsApp +1 305 555 0144",
        ),
        ("en", "Join our pump group before the next 100x listing: t.me/gemhunters_vip"),
        ("zh", "雙色球必中號碼，每期精準計劃，加LINE：@caipiao88"),
        ("zh-hans", "币圈拉盘群招人，下一个百倍币就在这里，加微信 lapan666"),
        (
            "es",
            "Pronósticos de lotería con números ganadores garantizados, escríbenos al WhatsApp +52 55 1234 5678",
        ),
        ("vi", "Nhóm pump coin VIP, kèo pump mỗi ngày, vào nhóm Telegram @pumpvn_vip"),
    ],
)
def test_lottery_tip_and_pump_adverts(page, advert):
    doc = flagged(PAGES[page].format(a=advert))
    assert kinds(doc, "spam"), [f.reason for f in doc.flags]


NEWS = {
    "en": (
        "Regulators warn savers about crypto pump groups\n"
        "The financial watchdog said on Monday that pump groups on messaging apps had cost "
        "savers at least $40 million this year.\n"
        "Organisers promise members the next 100x coin, buy early, then sell to them as the "
        "price rises, the watchdog said.\n"
        "Complaints can be made on 0800 555 0100.\n"
        "The watchdog has asked app makers to close the largest channels."
    ),
    "zh": (
        "警方破獲販售彩票預測詐騙集團\n"
        "警方昨日破獲一個販售彩票預測的詐騙集團，逮捕嫌犯六人。\n"
        "警方指出，該集團在群組內販售所謂的「必中號碼」，受害者逾百人，民眾如有疑問可撥打165反詐騙專線。\n"
        "警方提醒，彩票開獎結果無法預測。"
    ),
    "es": (
        "Detenidos por vender pronósticos de lotería falsos\n"
        "La policía detuvo a tres personas que vendían pronósticos de lotería falsos por redes "
        "sociales a cambio de 50 euros.\n"
        "Los detenidos prometían números ganadores garantizados; las víctimas pueden "
        "denunciar en el 091.\n"
        "La investigación sigue abierta."
    ),
}


@pytest.mark.parametrize("lang", sorted(NEWS))
def test_news_about_the_trades_stays_clean(lang):
    doc = flagged(NEWS[lang])
    assert not kinds(doc, "spam"), [f.reason for f in doc.flags]
