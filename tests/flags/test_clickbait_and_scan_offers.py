"""Adverts with no address a filter reads (invented pages, in styles and
languages heldout6 does not use): clickbait teasers appended to a real
story, and offers of a reward for scanning a code; and near misses that
must stay unflagged (a story quoting teasers, an official scan-to-book
notice, a voucher story whose headline names what one scans for)."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY
from tests.flags.helpers import flagged, kinds, span

TITLE = {
    "de": "Stadtwerke senken den Wasserpreis ab Januar",
    "pt": "Câmara aprova reforma do mercado municipal",
    "es": "La Diputación repara la carretera del puerto",
    "it": "Il comune rinnova la biblioteca civica",
    "vi": "Huyện khánh thành trường tiểu học mới",
    "id": "Pemkab resmikan pasar tradisional baru",
    "en": "Ferry timetable changes for the winter season",
    "th": "จังหวัดเปิดสะพานข้ามแม่น้ำแห่งใหม่",
    "ja": "市が新しい保育園を開設",
    "zh": "市里新建三座口袋公园",
}
TEASERS = {
    "de": "Sie werden nicht glauben, wie diese Rentnerin ihre Stromrechnung halbiert hat. "
    "Ärzte hassen diesen Trick gegen Bauchfett!",
    "pt": "Você não vai acreditar no que esta avó de Campinas fez para parecer 20 anos mais "
    "jovem, os médicos odeiam este truque simples.",
    "es": "No vas a creer lo que encontró este jubilado en su jardín. Haz clic aquí para ver "
    "las fotos antes de que las borren.",
    "it": "Non crederai mai a cosa ha fatto questa nonna con la bolletta del gas: i medici "
    "odiano questo semplice trucco.",
    "vi": "Bạn sẽ không tin cô gái này đã làm gì để giảm 10 kg trong một tuần, bấm vào đây để "
    "xem bí quyết mà bác sĩ ghét.",
    "id": "Anda tidak akan percaya apa yang dilakukan nenek ini, dokter benci trik sederhana ini!",
}


@pytest.mark.parametrize("lang", sorted(TEASERS))
def test_clickbait_tail_is_spam(lang):
    b = BODY[lang]
    text = "\n".join([TITLE[lang], b[0], b[1], b[2], TEASERS[lang]]) + "\n"
    doc = flagged(text, labels={0: "title"})
    got = [span(doc, f) for f in kinds(doc, "spam", signal="clickbait")]
    assert got == [TEASERS[lang]], [(f.kind, f.reason) for f in doc.flags]


def test_teasers_at_the_end_of_a_real_paragraph_are_flagged_from_their_sentence():
    b = BODY["es"]
    para = b[2].rstrip() + " " + TEASERS["es"]
    doc = flagged("\n".join([TITLE["es"], b[0], b[1], para]) + "\n", labels={0: "title"})
    got = [span(doc, f) for f in kinds(doc, "spam", signal="clickbait")]
    assert got == [TEASERS["es"]]


def test_one_teaser_phrase_is_a_turn_of_phrase_not_an_advert():
    b = BODY["en"]
    line = (
        "You won't believe how quickly the new ferry fills up on Friday evenings, the captain said."
    )
    doc = flagged("\n".join([TITLE["en"], b[0], line, b[1]]) + "\n", labels={0: "title"})
    assert not kinds(doc, "spam")


def test_a_story_quoting_teasers_is_not_clickbait():
    title = "Regulator fines ad network over misleading teasers"
    line = (
        'The network placed teasers such as "Doctors hate this one weird trick" and "You won\'t '
        'believe what happened next" under articles on 400 news sites, the regulator said.'
    )
    b = BODY["en"]
    doc = flagged("\n".join([title, b[0], line, b[1]]) + "\n", labels={0: "title"})
    assert not kinds(doc, "spam")


SCAN_OFFERS = {
    "en": "Scan the QR code below now to claim your free £50 betting credit, limited places!",
    "vi": "Quét mã QR bên dưới để nhận quà miễn phí ngay hôm nay, số lượng có hạn.",
    "es": "Escanea el código QR y recibe gratis tu bono de 100 euros, solo hoy mismo.",
    "th": "สแกน QR ด้านล่าง รับฟรีเครดิต 500 บาท ทันที ไม่ต้องฝาก",
    "ja": "今すぐQRコードを読み取って、1万円分のポイントを無料でプレゼント!",
}


@pytest.mark.parametrize("lang", sorted(SCAN_OFFERS))
def test_reward_for_scanning_a_code_is_spam(lang):
    b = BODY[lang]
    text = "\n".join([TITLE[lang], b[0], b[1], SCAN_OFFERS[lang], b[2]]) + "\n"
    doc = flagged(text, labels={0: "title"})
    got = [span(doc, f) for f in kinds(doc, "spam", signal="scan_offer")]
    assert got == [SCAN_OFFERS[lang].rstrip()], [(f.kind, f.reason) for f in doc.flags]


def test_official_notice_to_scan_and_book_is_not_an_offer():
    b = BODY["en"]
    line = "Passengers can scan the QR code at the terminal to book a seat on the new service."
    doc = flagged("\n".join([TITLE["en"], b[0], line, b[1]]) + "\n", labels={0: "title"})
    assert not kinds(doc, "spam")


def test_voucher_story_naming_them_in_its_headline_is_not_an_offer():
    title = "市里发放5000万元消费券 市民可扫码领取"
    line = "市民可扫描二维码免费领取消费券，每人限领一次，名额有限，先到先得。"
    b = BODY["zh"]
    doc = flagged("\n".join([title, b[0], line, b[1]]) + "\n", labels={0: "title"})
    assert not kinds(doc, "spam")
