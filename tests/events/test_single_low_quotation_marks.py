"""Dutch and German single low quotations (‚…’, ‚…‘) are one sentence with
their frame, as „…” already was: a quotation of several sentences was cut
at its first full stop, and the event quoted from its middle. An apostrophe
inside a word (auto’s, zo’n) closes nothing. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from newsline.events.sentences import split_sentences

from .records import extract_from_text


@pytest.mark.parametrize(
    "sentence, lang",
    [
        (
            "‚Wij zijn klaar. Maandag leggen we het werk neer’, zei vakbondsleider "
            "Anouk Verbeke op 11 juni in Gent.",
            "nl",
        ),
        (
            "‚De bussen staan stil. Zo’n staking hadden we nog niet’, zei woordvoerder "
            "Pieter Lams op 11 juni in Antwerpen.",
            "nl",
        ),
        (
            "‚Wir sind bereit. Am Montag legen wir die Arbeit nieder‘, sagte "
            "Gewerkschafterin Lena Oster am 11. Juni in Graz.",
            "de",
        ),
    ],
)
def test_a_single_low_quotation_of_several_sentences_is_quoted_whole(sentence, lang):
    text = "Vooraf was het rustig. " + sentence + " Daarna zweeg hij."
    events = extract_from_text(text, lang, published="2025-06-20")
    assert events
    assert {text[e.start : e.end] for e in events} == {sentence}


@pytest.mark.parametrize(
    "text, lang, parts",
    [
        # a closed quotation ends its sentence
        ("‚Wij zijn klaar.’ Daarna ging hij naar huis.", "nl",
         ["‚Wij zijn klaar.’", "Daarna ging hij naar huis."]),
        ("‚Wir sind bereit.‘ Danach ging er nach Hause.", "de",
         ["‚Wir sind bereit.‘", "Danach ging er nach Hause."]),
        # near misses: apostrophes open and close nothing
        ("De auto’s staan klaar. Zo’n dag vergeet je niet. Daarna ging hij.", "nl",
         ["De auto’s staan klaar.", "Zo’n dag vergeet je niet.", "Daarna ging hij."]),
        # a quotation closed inside its sentence holds no later sentence end
        ("Het bedrijf ‚Nieuwe Haven’ opende. Maandag kwam de minister.", "nl",
         ["Het bedrijf ‚Nieuwe Haven’ opende.", "Maandag kwam de minister."]),
        # never closed: the sentences end as without it
        ("Hij zei: ‚Wij gaan. Morgen komt de minister.", "nl",
         ["Hij zei: ‚Wij gaan.", "Morgen komt de minister."]),
        # a comma typed as a low mark opens nothing, whatever ’ follows
        ("Er kwam 1‚5 miljoen bij. Sinds de jaren ’80 groeit de stad.", "nl",
         ["Er kwam 1‚5 miljoen bij.", "Sinds de jaren ’80 groeit de stad."]),
        # English single quotes read as before
        ("He said ‘fine. We go’ and left. Then she came.", "en",
         ["He said ‘fine.", "We go’ and left.", "Then she came."]),
    ],
)
def test_sentence_ends_around_single_low_quotations(text, lang, parts):
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text), lang)] == parts

