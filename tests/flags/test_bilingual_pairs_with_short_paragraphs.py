"""A page given in two languages pair by pair (a paragraph, then its
translation), some of whose paragraphs are short: fewer than three of them
are long enough to count as second-language blocks, and one pair names
nothing alike (its figures spelled out). It is still one bilingual page: no
paragraph of it is called off topic or set aside. Pages in styles and
languages heldout7's Vietnamese/English page does not use. Near miss: a
single paragraph in another language injected into a page is still judged
on its own."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

PAGES = {
    # Indonesian first, then English, the page read as English
    "id_en": (
        "Kereta cepat baru mulai beroperasi antara Surabaya dan Malang\n"
        "Kereta cepat pertama dari Surabaya tiba di Malang pada Senin pagi dengan 410 penumpang.\n"
        "The first fast train from Surabaya reached Malang on Monday morning with 410 passengers.\n"
        "Operator akan menjalankan enam perjalanan setiap hari mulai bulan depan.\n"
        "The operator will run six trips a day from next month onwards.\n"
        "Tiket Surabaya–Malang dijual Rp 95.000.\n"
        "The tickets will cost Rp 95,000 for each trip.\n"
    ),
    # English first, then Spanish, the page read as English
    "en_es": (
        "Valencia opens its first floating solar farm on a reservoir\n"
        "Valencia switched on a floating solar farm of 12,000 panels on the Forata reservoir.\n"
        "Valencia puso en marcha un parque solar flotante de 12.000 paneles en el embalse de Forata.\n"
        "It will supply about two thousand homes in nearby towns when the sun is up.\n"
        "Según Iberdrola, abastecerá a unas dos mil viviendas de Alzira y Carcaixent.\n"
        "The plant cost 9 million euros, Valencia said.\n"
        "Costó 9 millones, dijo Valencia.\n"
    ),
}


@pytest.mark.parametrize("key", sorted(PAGES))
def test_short_paragraph_pairs_are_one_bilingual_page(key):
    doc = flagged(PAGES[key], labels={0: "title"})
    got = kinds(doc, "foreign_block")
    assert not [f for f in got if not f.data["on_topic"]], [f.reason for f in got]
    assert all(b.label != "foreign" for b in doc.blocks), [
        (b.label, doc.text[b.start : b.end][:40]) for b in doc.blocks
    ]


def test_one_injected_paragraph_in_another_language_is_still_off_topic():
    text = (
        "Valencia opens its first floating solar farm on a reservoir\n"
        "Valencia switched on a floating solar farm of 12,000 panels on the Forata reservoir.\n"
        "It will supply about two thousand homes when the sun is up, the city council said.\n"
        "Kredit tanpa agunan cair dalam 5 menit, bunga rendah, hubungi agen kami di Jakarta.\n"
        "The plant cost 9 million euros and was built in eighteen months by a local firm.\n"
        "Engineers said the panels also slow the evaporation of water from the reservoir.\n"
    )
    doc = flagged(text, labels={0: "title"})
    got = [f for f in kinds(doc, "foreign_block") if not f.data["on_topic"]]
    assert len(got) == 1, [f.reason for f in kinds(doc, "foreign_block")]
