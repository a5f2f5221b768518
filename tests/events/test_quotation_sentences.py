"""A quotation of several sentences and the words framing it ("« Nous sommes
prêts. Le 3 mars, nous manifesterons », a déclaré ...") is one sentence: an
event dated by the quotation's second sentence quotes all of it, never from
the middle of the quotation. Sentences after the quotation closes, and
quotation marks that never close (inches), split as before."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.dates import ResolveDates
from newsline.events import ExtractEvents
from newsline.events.sentences import split_sentences
from newsline.model import Document


def sentences(text, lang):
    return [text[a:b] for a, b in split_sentences(text, lang=lang)]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "« Nous sommes prêts. Le 3 mars, nous manifesterons », a déclaré le syndicaliste."),
        ("en", '"We are ready. On March 3, we will march," the union leader said.'),
        ("en", "“We are ready. On March 3, we will march,” the union leader said."),
        ("es", '"Estamos preparados. El 3 de marzo saldremos a la calle", dijo el sindicalista.'),
    ],
)
def test_a_quotation_of_two_sentences_is_one(lang, text):
    assert sentences(text, lang) == [text]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        (
            "en",
            '"We are ready. On March 3, we will march," he said. The talks failed.',
            ['"We are ready. On March 3, we will march," he said.', "The talks failed."],
        ),
        ("en", 'He said "no". Then he left.', ['He said "no".', "Then he left."]),
        (
            "en",
            'The 12" vinyl sold out. On Monday more arrived.',
            ['The 12" vinyl sold out.', "On Monday more arrived."],
        ),
        ("fr", "« Oui. » Il est parti.", ["« Oui. »", "Il est parti."]),
    ],
)
def test_splits_outside_quotations_stay(lang, text, expect):
    assert sentences(text, lang) == expect


def test_event_quotes_the_whole_quotation():
    text = "« Nous sommes prêts. Le 3 mars, nous manifesterons », a déclaré le syndicaliste."
    doc = Document(
        id="d", source="https://d.example/a", text=text, lang="fr", published="2024-02-20"
    )
    stats = Counter()
    ResolveDates()([doc], stats)
    ExtractEvents()([doc], stats)
    assert [(e.date, text[e.start : e.end]) for e in doc.events] == [("2024-03-03", text)]
