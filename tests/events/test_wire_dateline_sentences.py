"""A wire dateline whose place ends with an abbreviation ("PORT ALDEN, Fla.
(AP) — ...", "SAN JOSÉ, Calif. (Reuters) - ..."): the abbreviation's period
does not end a sentence, so an event quotes the whole first sentence, not one
starting at "(AP) —"."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.dates import ResolveDates
from newsline.events import ExtractEvents
from newsline.events.sentences import split_sentences
from newsline.model import Document


def events(text, lang, published="2024-10-09"):
    doc = Document(id="d", source="https://d.example/a", text=text, lang=lang, published=published)
    stats = Counter()
    ResolveDates()([doc], stats)
    ExtractEvents()([doc], stats)
    return [(e.date, text[e.start : e.end]) for e in doc.events]


@pytest.mark.parametrize(
    "text",
    [
        "PORT ALDEN, Fla. (AP) — A storm cut power to 200,000 homes on Tuesday night.",
        "SAN JOSÉ, Calif. (Reuters) - A tech firm laid off 300 workers on Tuesday.",
        "SPRINGVALE, Mass. (AP) -- The town council voted on Tuesday to close the pool.",
    ],
)
def test_event_quotes_the_whole_dateline_sentence(text):
    (ev,) = events(text, "en")
    assert ev == ("2024-10-08", text)


def test_a_period_before_a_bracketed_word_without_a_dash_still_ends_a_sentence():
    text = "The storm hit the coast on Tuesday. (Officials said more rain was due.) Crews worked."
    spans = [text[a:b] for a, b in split_sentences(text, lang="en")]
    assert spans[0] == "The storm hit the coast on Tuesday."


def test_a_sentence_ending_before_a_dated_one_still_splits():
    text = "Crews worked all night. Officials said on Tuesday that power was back."
    spans = [text[a:b] for a, b in split_sentences(text, lang="en")]
    assert spans == ["Crews worked all night.", "Officials said on Tuesday that power was back."]
