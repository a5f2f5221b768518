"""A title's period before a name does not end the sentence, in every language.

Seen on a court case told in German and a port strike told in Indonesian
(sentences written for these tests): only English, Spanish, French and
Vietnamese had abbreviations that do not end a sentence, so "Der
Vorstandschef Dr. Markus Brandt wurde am 10. März angeklagt." was quoted
from "Markus Brandt ...", and "Menurut dr. Budi Santoso, perundingan gagal
pada 11 Juni." from "Budi Santoso, ..." -- who said it was cut off the
quote. German, Portuguese, Italian, Indonesian, Dutch and Turkish titles
now keep their sentence whole.
"""

from __future__ import annotations

import pytest

from newsline.events.sentences import split_sentences

from .records import extract_from_text


@pytest.mark.parametrize(
    "sentence, lang",
    [
        ("Der Vorstandschef Dr. Markus Brandt wurde am 10. März in München angeklagt.", "de"),
        ("Der Umsatz lag am 10. März bei 5 Mio. Euro, teilte Prof. Keller mit.", "de"),
        ("O Sr. Budi Santoso disse em 11 de junho que as negociações fracassaram.", "pt"),
        ("A Dra. Ana Lopes assinou o acordo em 11 de junho em Lisboa.", "pt"),
        ("Il sig. Mario Rossi ha firmato l'accordo l'11 giugno a Roma.", "it"),
        ("Il Dott. Luca Bianchi ha firmato l'accordo l'11 giugno a Roma.", "it"),
        ("Menurut dr. Budi Santoso, perundingan gagal pada 11 Juni 2025 di Jakarta.", "id"),
        ("Kantor di Jl. Sudirman ditutup pada 11 Juni 2025 oleh polisi.", "id"),
        ("Volgens mr. Jan de Vries tekende de minister op 11 juni het akkoord.", "nl"),
        ("Prof. Dr. Ahmet Yılmaz, 11 Haziran'da Ankara'da anlaşmayı imzaladı.", "tr"),
    ],
)
def test_the_event_quotes_the_whole_sentence(sentence, lang):
    text = "Vorher. " + sentence + " Danach."
    events = extract_from_text(text, lang, published="2025-06-20")
    assert events
    assert {text[e.start : e.end] for e in events} == {sentence}


@pytest.mark.parametrize(
    "text, lang, first",
    [
        # near-misses: the sentence before a title still ends
        ("Er kam um zehn Uhr an. Dr. Brandt schwieg.", "de", "Er kam um zehn Uhr an."),
        ("Ele chegou cedo. Sr. Santos saiu depois.", "pt", "Ele chegou cedo."),
        ("Semua tenang. Dr. Budi lalu pergi.", "id", "Semua tenang."),
        ("Alles was rustig. Mr. De Vries vertrok.", "nl", "Alles was rustig."),
        # a title of another language is no title here ("Sig" in English)
        ("They met at the Sig. Then they left.", "en", "They met at the Sig."),
    ],
)
def test_a_sentence_before_a_title_still_ends(text, lang, first):
    spans = split_sentences(text, 0, len(text), lang)
    assert text[spans[0][0] : spans[0][1]] == first
    assert len(spans) == 2
