"""Short blocks on a page in a language outside the configured set.

A Portuguese or Italian page is named by the open-set check, but its short
lines (a headline, a teaser, "Tempo de leitura") are too short for that
check and the model can only answer with the nearest configured language
("es"), which then runs Spanish date rules on Portuguese text. Such lines
take the page's language; a long paragraph that really is Spanish keeps
its own. All text is written for this test.
"""

from __future__ import annotations

from collections import Counter

from newsline.langid import IdentifyLanguages
from newsline.model import Document

from .helpers import line_blocks


def run(text: str) -> Document:
    doc = Document(id="d", source="test", text=text, blocks=line_blocks(text))
    IdentifyLanguages()([doc], Counter())
    return doc


PT_BODY = (
    "A prefeitura anunciou ontem um novo plano para recuperar as praças do centro histórico, "
    "com obras que devem começar no segundo semestre e durar cerca de um ano.\n"
    "Segundo a secretária de obras, os moradores serão consultados em audiências públicas "
    "antes que qualquer árvore seja retirada dos canteiros.\n"
)
IT_BODY = (
    "Il comune ha presentato ieri un nuovo piano per restaurare le piazze del centro storico, "
    "con lavori che dovrebbero iniziare in autunno e durare circa un anno.\n"
    "Secondo l'assessore ai lavori pubblici, i residenti saranno consultati in assemblee "
    "pubbliche prima che qualsiasi albero venga rimosso dalle aiuole.\n"
)
ES_PARA = (
    "El ayuntamiento de la ciudad vecina presentó la semana pasada un proyecto parecido, "
    "aunque sus obras no comenzarán hasta el próximo año por falta de presupuesto."
)


def langs_of(doc: Document, line: str) -> set[str | None]:
    return {b.lang for b in doc.blocks if doc.text[b.start : b.end] == line}


def test_short_portuguese_lines_take_the_page_language():
    headline = "A nova cara das praças do centro antigo"  # 32 letters
    teaser = "Leia também: obras no mercado municipal"
    doc = run(f"{headline}\n{PT_BODY}{teaser}\n")
    assert doc.lang == "pt"
    assert langs_of(doc, headline) == {"pt"}
    assert langs_of(doc, teaser) == {"pt"}


def test_short_italian_lines_take_the_page_language():
    headline = "Il nuovo volto delle piazze del centro"
    doc = run(f"{headline}\n{IT_BODY}")
    assert doc.lang == "it"
    assert langs_of(doc, headline) == {"it"}


def test_a_long_spanish_paragraph_on_a_portuguese_page_keeps_its_language():
    doc = run(f"{PT_BODY}{ES_PARA}\n")
    assert doc.lang == "pt"
    assert langs_of(doc, ES_PARA) == {"es"}


def test_short_lines_on_a_configured_language_page_are_unchanged():
    # a Spanish page: the same 25-letter threshold as before, nothing widened
    es_line = "Las plazas del centro antiguo cambian"
    doc = run(f"{ES_PARA}\n{ES_PARA}\n{es_line}\n")
    assert doc.lang == "es"
    assert langs_of(doc, es_line) == {"es"}


def test_a_mid_length_italian_headline_with_english_words_stays_italian():
    # 47 letters: past the short-line threshold, too short for CLD2 to be sure;
    # the model, asked with Italian beside the configured set, keeps it Italian
    line = "Black Friday per nostalgici: le occasioni da non perdere"
    doc = run(f"{IT_BODY}{line}\n")
    assert doc.lang == "it"
    assert langs_of(doc, line) == {"it"}


def test_an_english_paragraph_on_an_italian_page_stays_english():
    en = (
        "The council said the square would reopen in the spring after the trees are "
        "replanted and the fountain is repaired by the city's own workers."
    )
    doc = run(f"{IT_BODY}{en}\n")
    assert doc.lang == "it"
    assert langs_of(doc, en) == {"en"}
