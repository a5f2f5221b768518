"""Code-switched lines: borrowed content words, the sentence's own grammar
words.

French or Spanish with English nouns and verbs borrowed ("Les followers ont
adoré le live") read as English to the model, which counts letters. When
the model's first two answers are close, a line whose lower-case function
words are only the second's (two different ones or more) is the second's.
All text is written for this test.
"""

from __future__ import annotations

import pytest

from newsline.langid.detect import detect_language

CODE_SWITCHED = [
    ("fr", "Les followers ont adoré le live, trop fun"),
    ("fr", "Le CEO a pitché la roadmap au board, full remote depuis Lisbonne"),
    ("es", "La app tiene un bug en el checkout del carrito"),
    ("es", "Los influencers hicieron un unboxing de los sneakers"),
]


@pytest.mark.parametrize(("lang", "line"), CODE_SWITCHED)
def test_a_code_switched_line_is_its_grammar_words_language(lang, line):
    assert detect_language(line) == lang


KEPT = [
    # English lines with French or Spanish phrases: their grammar words are English
    ("en", "We ordered the coq au vin and a bottle of vin rouge at the bistro"),
    ("en", "The chef served paella con mariscos for the whole table"),
    ("en", "Le Monde and La Vanguardia both ran the story on their front pages"),
    ("de", "Das Team hat das Meeting auf Montag verschoben"),
    ("fr", "Le manager a validé la deadline avec le client"),
    ("id", "Pemerintah akan meluncurkan program baru untuk anak muda"),
    ("ms", "Kerajaan akan melancarkan program baharu untuk belia bulan hadapan"),
]


@pytest.mark.parametrize(("lang", "line"), KEPT)
def test_lines_of_one_language_keep_it(lang, line):
    assert detect_language(line) == lang
