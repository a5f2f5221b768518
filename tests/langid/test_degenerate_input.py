"""Latin letters that are no language's text: one word said over and over
('word word word', 'ha ha ha ha', a scraper's filler), and lines holding
nothing but web or e-mail addresses. The model named a language for each
(whichever's trigrams the word held: 'the the the' and 'xin xin xin' were
Vietnamese, 'word word word' German, a bare URL English), so a page of
filler had a language. Digits and punctuation alone already had none. An
address beside a short Vietnamese line counted its letters as unaccented
words, and "Xem chi tiết tại www.…vn" was French."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.langid import IdentifyLanguages
from newsline.langid.detect import detect_language, detect_spans
from newsline.model import Document

NO_LANGUAGE = [
    "word word word word word word",
    "the the the the the the the",
    "xin xin xin xin xin",
    "casa casa casa casa casa casa casa",
    "Bla bla bla bla",
    "ha ha ha ha ha ha",
    "nhà nhà nhà nhà nhà",
    "https://www.example.com/news/2026/03/park-renovation https://t.co/abc123",
    "www.example.com",
    "redaccion@diario-ejemplo.es",
    "123 456 789 0000",
    "--- *** !!! ???",
    "12:30 | 14/03/2026 | 2.500",
]


@pytest.mark.parametrize("text", NO_LANGUAGE)
def test_degenerate_text_has_no_language(text):
    assert detect_language(text) is None
    assert all(lang == "" for _, _, lang in detect_spans(text))


def test_a_page_of_filler_gets_no_language():
    text = "word word word word word\nword word word word word word"
    doc = Document(id="t", source="test", text=text)
    IdentifyLanguages()([doc], Counter())
    assert doc.lang is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("người người nhà nhà", "vi"),  # Vietnamese doubling: two of each
        ("click here click here click here", "en"),
        ("Read more at www.example.com", "en"),
        ("Xem chi tiết tại www.baodientu.vn", "vi"),
        ("Weitere Informationen unter www.beispiel.de", "de"),
        ("Écrivez-nous à redaction@exemple.fr pour tout renseignement", "fr"),
    ],
)
def test_words_beside_a_repeat_or_an_address_keep_their_language(text, lang):
    assert detect_language(text) == lang
