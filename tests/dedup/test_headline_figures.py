"""A content farm's reworded copy keeps every figure of its source's body
but writes its own clickbait headline, which puts in digits what the source
spells out ("18 meses" / "dezoito meses") or adds a count ("10 reasons"). A
reworded copy is linked on the very same figures (see test_reworded_copies),
so the figures a document holds only in its headline are not counted: a
figure the body repeats still is. A report re-filled with new figures in its
body stays another report, whatever its headline.

Every article is invented (Portuguese, English).
"""

from __future__ import annotations

from collections import Counter

from newsline.dedup import Deduplicate
from newsline.dedup.shingles import normalise
from newsline.dedup.stage import figure_bits
from newsline.model import Document
from tests.dedup.test_site_closing_paragraphs import page


PT = [
    "A ponte pedonal sobre o rio Lima vai reabrir a 3 de junho, depois de dezoito meses de obras que custaram 2,7 milhões de euros, anunciou ontem o presidente da câmara, Rui Fontainhas.",
    "A estrutura, construída em 1911, recebeu um tabuleiro novo em madeira de carvalho e iluminação em toda a extensão dos seus 214 metros, segundo a empresa responsável pela empreitada.",
    "A câmara conta que a travessia volte a ser usada por cerca de 3 500 peões por dia, sobretudo estudantes da escola secundária e moradores da margem sul que trabalham no centro.",
    "Os comerciantes da Rua Direita esperam recuperar parte da clientela que perderam durante o encerramento e pedem mais 60 lugares de estacionamento junto à entrada norte da ponte.",
]
PT_SPUN = [
    "A ponte pedonal sobre o rio Lima vai voltar a abrir a 3 de junho, após dezoito meses de trabalhos que custaram 2,7 milhões de euros, revelou ontem o presidente da câmara, Rui Fontainhas.",
    "A estrutura, erguida em 1911, ganhou um tabuleiro novo em madeira de carvalho e iluminação em toda a extensão dos seus 214 metros, de acordo com a empresa responsável pela obra.",
    "A autarquia espera que a travessia volte a ser utilizada por cerca de 3 500 peões por dia, sobretudo alunos da escola secundária e moradores da margem sul que trabalham no centro.",
    "Os lojistas da Rua Direita esperam reconquistar parte da clientela que perderam durante o fecho e pedem mais 60 lugares de estacionamento perto da entrada norte da ponte.",
]

EN = [
    "Harwick's indoor market will stay open until 9 p.m. on Thursdays from 6 October, the council said on Monday, after a six-week trial drew 4,200 extra visitors.",
    "Stallholders voted 31 to 7 in favour of the later hours. Traders who do not want to open late can close at the usual time of 5.30 p.m. without losing their pitch.",
    "The council will spend 18,000 pounds on extra cleaning and two security guards for the evenings, paid for out of the rent the market's 46 traders already pay.",
]
EN_SPUN = [
    "Harwick's indoor market will remain open until 9 p.m. on Thursdays from 6 October, the council announced on Monday, after a six-week trial brought in 4,200 extra visitors.",
    "Stallholders voted 31 to 7 in support of the later hours. Traders who do not wish to open late can shut at the normal time of 5.30 p.m. without losing their pitch.",
    "The council will spend 18,000 pounds on additional cleaning and two security guards for the evenings, covered by the rent the market's 46 traders already pay.",
]


def article(doc_id: str, headline: str, body: list[str]) -> Document:
    return page(doc_id, None, [headline, *body])


def near_ids(d: Document) -> list[str]:
    return [n["id"] for n in d.meta.get("near_duplicates") or []]


def run(*docs: Document) -> list[Document]:
    Deduplicate()(list(docs), Counter())
    return list(docs)


def test_a_figure_only_the_headline_holds_is_not_counted():
    body = normalise(
        "Ponte reabre após 18 meses\n\nA obra custou 2,7 milhões e durou dezoito meses."
    )
    assert figure_bits(body, normalise("Ponte reabre após 18 meses")) == figure_bits(
        normalise("A obra custou 2,7 milhões e durou dezoito meses.")
    )


def test_a_figure_the_body_repeats_stays_counted():
    both = normalise("Obras de 2,7 milhões\n\nA obra custou 2,7 milhões de euros.")
    assert figure_bits(both, normalise("Obras de 2,7 milhões")) == figure_bits(
        normalise("custou 2,7 milhões")
    )


def test_a_figure_the_body_ends_a_sentence_with_stays_counted():
    text = normalise("Obras de 18 meses\n\nA ponte esteve fechada 18. Reabre em junho.")
    assert figure_bits(text, normalise("Obras de 18 meses")) == figure_bits(normalise("fechada 18."))


def test_no_headline_counts_every_figure():
    text = normalise("Abre a 3 de junho. Custou 2,7 milhões.")
    assert figure_bits(text) == figure_bits(text, "")
    assert figure_bits(text, normalise("Sem números no título")) == figure_bits(text)


def test_a_reworded_portuguese_copy_with_a_clickbait_headline_in_digits_is_linked():
    docs = run(
        article("original", "Ponte pedonal sobre o Lima reabre a 3 de junho", PT),
        article(
            "farm",
            "FINALMENTE! Ponte fechada há 18 meses vai reabrir e os moradores não escondem a alegria",
            PT_SPUN,
        ),
    )
    assert near_ids(docs[1]) == ["original"]


def test_a_reworded_english_copy_with_a_listicle_headline_is_linked():
    docs = run(
        article("original", "Harwick market to open late on Thursdays", EN),
        article(
            "farm", "10 reasons you'll want to visit Harwick market on a Thursday night", EN_SPUN
        ),
    )
    assert near_ids(docs[1]) == ["original"]


def test_the_same_headline_over_a_body_with_new_figures_is_another_text():
    new_figures = [
        p.replace("4,200", "2,900")
        .replace("31 to 7", "25 to 13")
        .replace("18,000", "22,500")
        .replace("46", "52")
        for p in EN_SPUN
    ]
    docs = run(
        article("week1", "Harwick market: 9 p.m. Thursday opening", EN),
        article("week2", "Harwick market: 9 p.m. Thursday opening", new_figures),
    )
    assert near_ids(docs[1]) == []
