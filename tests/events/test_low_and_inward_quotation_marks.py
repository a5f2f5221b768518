"""German and Dutch quotations („…“, „…”, »…«) are one sentence with their frame.

Seen on a strike told in German (sentences written for these tests): a
quotation of several sentences is kept whole with the words that frame it,
so that an event never quotes from the middle of a quotation -- but only
English and French marks were counted. „Wir sind bereit. Am Montag legen
wir die Arbeit nieder“, sagte ... was quoted from "Am Montag ...", the
closing “ read as an opening; »Wir sind bereit. ...«, sagte ... likewise,
and the sentence before an inward guillemet never ended.
"""

from __future__ import annotations

import pytest

from newsline.events.sentences import split_sentences

from .records import extract_from_text


@pytest.mark.parametrize(
    "sentence, lang",
    [
        (
            "„Wir sind bereit. Am Montag legen wir die Arbeit nieder“, sagte "
            "Gewerkschaftschef Budi Santoso am 11. Juni in Jakarta.",
            "de",
        ),
        (
            "»Wir sind bereit. Am Montag legen wir die Arbeit nieder«, sagte "
            "Gewerkschaftschef Budi Santoso am 11. Juni in Jakarta.",
            "de",
        ),
        (
            "„Wij zijn klaar. Maandag leggen we het werk neer”, zei vakbondsleider "
            "Budi Santoso op 11 juni in Jakarta.",
            "nl",
        ),
    ],
)
def test_a_quotation_of_several_sentences_is_quoted_whole(sentence, lang):
    text = "Vorher war es ruhig. " + sentence + " Danach schwieg er."
    events = extract_from_text(text, lang, published="2025-06-20")
    assert events
    assert {text[e.start : e.end] for e in events} == {sentence}


@pytest.mark.parametrize(
    "text, lang, parts",
    [
        # a closed quotation ends its sentence; the next one starts after it
        (
            "„Wir sind bereit.“ Danach ging er nach Hause.",
            "de",
            ["„Wir sind bereit.“", "Danach ging er nach Hause."],
        ),
        (
            "»Wir sind bereit.« Danach ging er nach Hause.",
            "de",
            ["»Wir sind bereit.«", "Danach ging er nach Hause."],
        ),
        # French and English marks read as before
        (
            "« Nous sommes prêts. Nous irons. » Il est parti.",
            "fr",
            ["« Nous sommes prêts. Nous irons. »", "Il est parti."],
        ),
        ("Il a dit « oui ». Puis il est parti.", "fr", ["Il a dit « oui ».", "Puis il est parti."]),
        (
            "“We are ready. We go.” He left. “Fine.” She stayed.",
            "en",
            ["“We are ready. We go.”", "He left.", "“Fine.”", "She stayed."],
        ),
        # a French closer with no opener opens nothing
        (
            "Il est parti. » Puis il a dit non. « Oui ».",
            "fr",
            ["Il est parti. »", "Puis il a dit non.", "« Oui »."],
        ),
    ],
)
def test_sentence_ends_around_quotations(text, lang, parts):
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text), lang)] == parts
