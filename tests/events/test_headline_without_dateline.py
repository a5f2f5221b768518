"""An event's headline leaves out the wire dateline its quote opens with:
"NAIROBI, June 12 (Kenya Wire) - ..." headed an event of June 10, its filing
date read as the event's. The quoted sentence stays whole. Near misses keep
their words: a bracket and a dash inside an ordinary sentence. Sentences
written for this test (an invented minister)."""

from __future__ import annotations

import pytest

from newsline.events.merge import merge_records

from .records import event_record


@pytest.mark.parametrize(
    ("quote", "lang", "headline"),
    [
        (
            "NAIROBI, June 12 (Kenya Wire) - Finance minister Amina Odhiambo resigned on Tuesday.",
            "en",
            "Finance minister Amina Odhiambo resigned on Tuesday.",
        ),
        (
            "Quito, 12 jun (Agencia Andes) – La ministra Amina Odhiambo dimitió el martes.",
            "es",
            "La ministra Amina Odhiambo dimitió el martes.",
        ),
        (
            "LYON, Rhône (AFP) — La ministre Amina Odhiambo a démissionné mardi.",
            "fr",
            "La ministre Amina Odhiambo a démissionné mardi.",
        ),
        (
            "(VNA) - Hôm thứ Ba, Bộ trưởng Amina Odhiambo đã từ chức.",
            "vi",
            "Hôm thứ Ba, Bộ trưởng Amina Odhiambo đã từ chức.",
        ),
    ],
)
def test_the_dateline_is_left_out_of_the_headline(quote, lang, headline):
    (event,) = merge_records([event_record("d1", quote, "2025-06-10", lang)])
    assert event["text"] == headline
    assert event["sources"][0]["quote"] == quote


@pytest.mark.parametrize(
    ("quote", "lang"),
    [
        ("The budget talks (IMF) - a long saga - ended on Tuesday.", "en"),
        ("Ayer, el presidente (PSOE) – dimitió por sorpresa.", "es"),
        ("On Tuesday, officials (UN) - in a short note - confirmed it.", "en"),
        ("Minister Amina Odhiambo (left) - pictured in May - resigned on Tuesday.", "en"),
    ],
)
def test_a_sentence_with_brackets_and_dashes_keeps_its_words(quote, lang):
    (event,) = merge_records([event_record("d1", quote, "2025-06-10", lang)])
    assert event["text"] == quote
