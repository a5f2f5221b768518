"""A block that is only a string of trade keywords ("cassino online rodadas
grátis empréstimo rápido comprar seguidores ..."), no sentence, set among
an article's paragraphs: hidden SEO text (display:none or font-size:0) the
cleaner reads as navigation, so the line rules, which skip chrome, let it
pass (benchmarks/flags_heldout.py --set heldout11, z09). Pages written for
this file in Portuguese, Indonesian and Spanish. Near misses stay quiet: a
site's menu around the article, a block of three trades, keywords a story
on the trade names in its own prose, a block with sentences."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

PAGES = {
    "pt": (
        "Prefeitura de Curitiba amplia ciclovias no centro\n"
        "A Prefeitura de Curitiba vai construir mais 18 quilômetros de ciclovias na região "
        "central até o fim do próximo ano, anunciou o secretário de Obras.\n"
        "{block}\n"
        "As obras começam em março e devem custar 42 milhões de reais."
    ),
    "id": (
        "Pemkot Bogor perbaiki 30 trotoar di pusat kota\n"
        "Pemerintah Kota Bogor akan memperbaiki 30 ruas trotoar di pusat kota mulai bulan "
        "depan dengan anggaran Rp 25 miliar, kata kepala dinas.\n"
        "{block}\n"
        "Pekerjaan ditargetkan selesai sebelum Lebaran."
    ),
    "es": (
        "Zaragoza renueva el alumbrado de cuarenta calles\n"
        "El Ayuntamiento de Zaragoza sustituirá las farolas de cuarenta calles del centro por "
        "luces led antes del verano, informó la concejala de Urbanismo.\n"
        "{block}\n"
        "El ahorro previsto es de 300.000 euros al año."
    ),
}
BLOCKS = {
    "pt": (
        "cassino online rodadas grátis bônus sem depósito empréstimo rápido comprar "
        "seguidores cápsulas para emagrecer"
    ),
    "id": (
        "pinjaman online cepat cair tanpa jaminan prediksi togel obat pelangsing jual "
        "followers online casino"
    ),
    "es": (
        "casino en línea bono sin depósito préstamos rápidos comprar seguidores pastillas "
        "para adelgazar apuestas deportivas"
    ),
}


def keyword_flags(text: str, label_at: int) -> list:
    doc = flagged(text, labels={label_at: "navigation"})
    return kinds(doc, "spam")


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_keyword_block_among_paragraphs_is_spam(lang):
    text = PAGES[lang].format(block=BLOCKS[lang])
    found = keyword_flags(text, 2)
    assert len(found) == 1, found
    assert text[found[0].start : found[0].end] == BLOCKS[lang]


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_same_block_after_the_article_is_a_menu(lang):
    # the site's own menu or footer, around the article
    text = PAGES[lang].format(block="").replace("\n\n", "\n") + "\n" + BLOCKS[lang]
    assert not keyword_flags(text, 3)


def test_three_trades_are_not_enough():
    text = PAGES["pt"].format(block="cassino online empréstimo rápido comprar seguidores")
    assert not keyword_flags(text, 2)


def test_a_block_with_sentences_is_left_to_the_line_rules():
    text = PAGES["es"].format(
        block="Casino en línea. Bono sin depósito. Préstamos rápidos. Comprar seguidores."
    )
    assert not keyword_flags(text, 2)


def test_keywords_the_story_names_are_its_topic():
    text = (
        "Anatel bloqueia sites de cassino online e empréstimo rápido\n"
        "A Anatel bloqueou 300 sites de cassino online, empréstimo rápido e venda de "
        "seguidores que anunciavam rodadas grátis e bônus sem depósito, informou a agência.\n"
        + BLOCKS["pt"]
        + "\nOs donos dos sites podem recorrer em 15 dias."
    )
    assert not keyword_flags(text, 2)
