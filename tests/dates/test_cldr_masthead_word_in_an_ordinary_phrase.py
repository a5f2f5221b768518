"""A masthead that is also an ordinary noun ("Welt am Sonntag", "Bild am
Sonntag") in a sentence that reports nothing ("Die Augen der Welt am
Sonntag richteten sich auf Rom", "ein Bild am Sonntag") is the world or a
picture on that day: the weekday lost its day to the paper's name. It stays
the paper's name where the sentence reports or quotes ("berichtete",
"sagte ... der Welt am Sonntag", "laut Bild am Sonntag"), and acronyms and
capitals ("NZZ am Sonntag", "BILD am Sonntag") always. Sentences written for
these tests; published Thursday 2025-03-13."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-03-13"


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "de", PUB)]


@pytest.mark.parametrize(
    "text",
    [
        "Die Augen der Welt am Sonntag richteten sich auf Rom.",
        "Der Fotograf zeigte ein Bild am Sonntag in Leipzig.",
        "Die Blicke der ganzen Welt am Sonntag galten dem Konklave.",
    ],
)
def test_an_ordinary_phrase_keeps_its_day(text):
    assert found(text) == [("Sonntag", "2025-03-09")]


@pytest.mark.parametrize(
    "text",
    [
        "Das berichtete die Welt am Sonntag.",
        "Er sagte in einem langen und ausführlichen Gespräch der Welt am Sonntag, er trete zurück.",
        "Laut Bild am Sonntag trat der Trainer zurück.",
        "Die Welt am Sonntag hatte zuerst darüber berichtet.",
        "Die Augen richteten sich auf die BILD am Sonntag.",
        "Die NZZ am Sonntag erscheint mit neuem Layout.",
    ],
)
def test_a_masthead_stays_a_name(text):
    assert found(text) == []
