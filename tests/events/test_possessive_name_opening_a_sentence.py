"""A name with a possessive opening an English sentence ("Veloria's
statistics office said ...", "Andesca's lawyers appealed ...") is a name:
a capitalised sentence-initial word counted only when another capital
followed, so these sentences had no name to merge on with other languages'
reports of the same release or ruling. A common word in a possessive
("Today's hearing", "Women's football") is none. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from newsline.events.anchors import sentence_anchors


@pytest.mark.parametrize(
    "text,name",
    [
        ("Veloria's statistics office said on Friday that prices rose.", "name:veloria"),
        ("Andesca’s lawyers appealed the ruling on Monday.", "name:andesca"),
    ],
)
def test_a_possessive_name_opening_a_sentence(text, name):
    assert name in sentence_anchors(text, "en")


@pytest.mark.parametrize(
    "text", ["Today's hearing is over.", "Women's football is growing fast.", "Prices rose."]
)
def test_common_words_opening_a_sentence_are_no_names(text):
    assert not [a for a in sentence_anchors(text, "en") if a.startswith("name:")]
