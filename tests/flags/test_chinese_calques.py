"""Chinese news prose machine-translated into another language: two
different turns rendered word for word (记者了解到 "the reporter learned",
据介绍 "according to the introduction", 有关负责人 "the relevant person in
charge", 获得感 "sense of gain", 责任编辑 "responsible editor"). Pages written
for this file in languages and trades heldout6 does not use; and two more
English calques of Thai ("on Monday", "in order to") on a page about
something else. Near misses: one such turn alone; a human translation."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

PAGES = {
    "en": (
        "Harbin opens its ice festival with 200 sculptures\n"
        "The reporter learned from the city tourism bureau that this year's ice festival has "
        "more than 200 sculptures and will stay open until the end of February.\n"
        "The relevant person in charge said the festival will further improve the sense of gain "
        "of visitors and promote winter tourism.\n"
    ),
    "pt": (
        "Cidade de Wuhan amplia rede de ciclovias\n"
        "O repórter aprendeu com o departamento de transportes que a cidade vai construir mais "
        "120 quilômetros de ciclovias até o fim do ano.\n"
        "De acordo com a introdução, as novas vias ligarão os parques e as estações de metrô "
        "dos bairros do leste.\n"
    ),
    "fr": (
        "Shenzhen ouvre trois nouvelles bibliothèques de quartier\n"
        "Le journaliste a appris de la direction de la culture que trois bibliothèques ouvriront "
        "ce mois-ci dans les quartiers nord.\n"
        "Selon l'introduction, chaque bibliothèque proposera 30 000 livres et une salle de "
        "lecture ouverte jusqu'à 22 heures.\n"
    ),
    "id": (
        "Kota Guangzhou tambah 50 bus listrik\n"
        "Wartawan mengetahui dari biro transportasi kota bahwa 50 bus listrik baru akan "
        "beroperasi bulan depan di jalur pinggiran.\n"
        "Menurut perkenalan, bus itu dapat menempuh 300 kilometer dengan sekali pengisian daya.\n"
    ),
    "th": (
        "สายการบินเปิดเส้นทางบินใหม่สู่เชียงราย\n"
        "บนวันศุกร์ สายการบินได้ประกาศเส้นทางบินใหม่จากกรุงเทพฯ ไปเชียงราย "
        "ในการสั่งซื้อเพื่อรองรับนักท่องเที่ยวที่เพิ่มขึ้นในช่วงฤดูหนาว\n"
        "เที่ยวบินแรกจะออกเดินทางในเดือนธันวาคม วันละสามเที่ยว\n"
    ),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_two_calques_flag_the_page(lang):
    doc = flagged(PAGES[lang], labels={0: "title"})
    assert kinds(doc, "machine_translation", signal="calque"), [f.reason for f in doc.flags]


def test_one_chinese_turn_alone_is_not_enough():
    text = (
        "Harbin opens its ice festival with 200 sculptures\n"
        "According to the introduction written by the curator, the sculptures took 3,000 "
        "workers six weeks to carve.\n"
        "Visitors can buy tickets at the gate or online.\n"
    )
    doc = flagged(text, labels={0: "title"})
    assert not kinds(doc, "machine_translation")


def test_human_translation_of_chinese_news_is_not_flagged():
    text = (
        "Cidade de Wuhan amplia rede de ciclovias\n"
        "Segundo o departamento de transportes, a cidade vai construir mais 120 quilômetros de "
        "ciclovias até o fim do ano.\n"
        "Um responsável explicou que as novas vias ligarão os parques às estações de metrô.\n"
    )
    doc = flagged(text, labels={0: "title"})
    assert not kinds(doc, "machine_translation")
