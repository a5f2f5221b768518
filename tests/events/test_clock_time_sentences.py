"""AP style puts a weekday, a month or a time zone right after a clock time
("at 10 a.m. Tuesday", "8 p.m. Eastern time", "9 p.m. GMT"): the period of
"a.m." / "p.m." does not end the sentence there, so the event quotes the
whole sentence and keeps its date. Another sentence after "p.m." still
starts a new one."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.dates import ResolveDates
from newsline.events import ExtractEvents
from newsline.events.sentences import split_sentences
from newsline.model import Document


def sentences(text, lang="en"):
    return [text[a:b] for a, b in split_sentences(text, lang=lang)]


@pytest.mark.parametrize(
    "text",
    [
        "The vote at 10 a.m. Tuesday was delayed until noon, officials said.",
        "Polls close at 8 p.m. Eastern time on Tuesday.",
        "The meeting ended at 9 p.m. GMT on Friday.",
        "It starts at 10 a.m. May 3 in the main hall.",
    ],
)
def test_clock_time_then_a_date_word_is_one_sentence(text):
    assert sentences(text) == [text]


@pytest.mark.parametrize(
    "text,first",
    [
        ("The meeting ended at 9 p.m. The mayor left first.", "The meeting ended at 9 p.m."),
        (
            "The meeting ended at 9 p.m. On Tuesday, talks resume.",
            "The meeting ended at 9 p.m.",
        ),
    ],
)
def test_a_new_sentence_after_a_clock_time_still_splits(text, first):
    assert sentences(text)[0] == first


def test_event_quotes_the_whole_sentence_with_its_weekday():
    text = "The council will vote at 10 a.m. Tuesday on the new budget, the mayor said."
    doc = Document(
        id="d", source="https://d.example/a", text=text, lang="en", published="2024-10-09"
    )
    stats = Counter()
    ResolveDates()([doc], stats)
    ExtractEvents()([doc], stats)
    assert [text[e.start : e.end] for e in doc.events] == [text]
