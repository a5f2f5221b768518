"""A giveaway lure planted in a story: a shouted line calling something of
money's worth free with a push to act now or for the first few ("Nhận quà
500k miễn phí cho 1.000 người đầu tiên!", "免费领取888元现金红包！前500名扫码")
with no prize won and no address a filter reads
(benchmarks/data/flags/heldout10 missed these in ms, tl, vi, zh). Pages
written for this file, in other languages and wordings: Spanish phone
credit, Indonesian e-wallet balance, Korean gift vouchers, French shopping
vouchers. Near misses stay quiet: a police warning quoting the lure, an
official free-jab notice, a story about a council's voucher scheme named
in its headline, free museum entry for the first visitors."""

from __future__ import annotations

from tests.flags.helpers import flagged, kinds


def giveaways(text: str) -> list[str]:
    doc = flagged(text)
    return [doc.text[f.start : f.end].strip() for f in kinds(doc, "spam", signal="giveaway")]


def test_a_spanish_phone_credit_giveaway():
    text = (
        "Rosario inaugura un nuevo parque en la costanera\n"
        "La Municipalidad de Rosario inauguró el sábado un parque de seis hectáreas junto al río Paraná.\n"
        "¡ÚLTIMA HORA! Recarga de 5.000 pesos GRATIS para los primeros 300 que se registren, ¡date prisa!\n"
        "El parque tendrá juegos infantiles, una pista de patinaje y 400 árboles nuevos.\n"
    )
    assert len(giveaways(text)) == 1
    assert giveaways(text)[0].startswith("Recarga de 5.000 pesos GRATIS")


def test_an_indonesian_e_wallet_balance_giveaway():
    text = (
        "Pemprov Bali tambah armada bus Trans Metro Dewata\n"
        "Pemerintah Provinsi Bali menambah 20 bus Trans Metro Dewata mulai bulan depan.\n"
        "Saldo e-wallet Rp200 ribu GRATIS untuk 500 orang pertama! Buruan daftar lewat link di bio.\n"
        "Tarif bus tetap Rp4.400 untuk penumpang umum.\n"
    )
    assert len(giveaways(text)) == 1


def test_a_korean_gift_voucher_giveaway():
    text = (
        "부산시, 해운대 해수욕장 야간 개장 연장\n"
        "부산시는 해운대 해수욕장 야간 개장을 다음 달 말까지 연장한다고 밝혔다.\n"
        "선착순 1000명 무료 상품권 5만원 지급! 지금 바로 가입하세요!\n"
        "야간 개장 시간은 오후 9시까지다.\n"
    )
    assert len(giveaways(text)) == 1


def test_a_french_voucher_giveaway():
    text = (
        "Nantes prolonge sa ligne de tramway vers Rezé\n"
        "Nantes Métropole a voté jeudi le prolongement de la ligne 3 du tramway jusqu'à Rezé.\n"
        "Bons d'achat de 100 euros offerts aux 200 premiers inscrits ! Cliquez sur le lien en bio.\n"
        "Les travaux doivent commencer au printemps 2027.\n"
    )
    assert len(giveaways(text)) == 1


def test_a_police_warning_quoting_the_lure_is_quiet():
    text = (
        "Policía alerta por mensajes falsos de recargas\n"
        "La Policía advirtió el lunes sobre mensajes que prometen recargas telefónicas falsas.\n"
        'Los mensajes dicen: "¡Recarga GRATIS para los primeros 300, date prisa!" y piden datos bancarios.\n'
    )
    assert giveaways(text) == []


def test_an_official_free_jab_notice_is_quiet():
    text = (
        "Kota Bandung gelar vaksinasi influenza gratis\n"
        "Dinas Kesehatan Kota Bandung menggelar vaksinasi influenza gratis untuk lansia mulai Senin!\n"
        "Kuota terbatas untuk 500 orang pertama di setiap puskesmas.\n"
    )
    assert giveaways(text) == []


def test_a_voucher_scheme_named_in_the_headline_is_quiet():
    text = (
        "Council hands out free energy vouchers to 5,000 homes\n"
        "Bristol City Council will give free energy vouchers worth £150 to the first 5,000 homes that apply!\n"
        "Applications open on Monday.\n"
    )
    assert giveaways(text) == []


def test_free_museum_entry_for_the_first_visitors_is_quiet():
    text = (
        "Natural history museum reopens after refit\n"
        "The museum reopens on Saturday, and entry is free for the first 500 visitors!\n"
        "The new dinosaur hall cost £12 million.\n"
    )
    assert giveaways(text) == []


def test_a_deals_column_stating_a_gift_card_offer_is_quiet():
    # the free gift stated in a sentence of its own, the "hurry!" in another
    text = (
        "Weekend bargains: headphones, kettles and a cheaper games console\n"
        "The console bundle is down to £219 at two big retailers this weekend.\n"
        "One shop adds a free £15 gift card when you buy the bundle. The offer is due to end "
        "on Sunday night, so hurry!\n"
    )
    assert giveaways(text) == []
