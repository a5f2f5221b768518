"""Spanish news prose machine-translated into English with its false
friends kept (heldout13's z23): "asistir a" as "assisted to the", "contar
con" as "counted with", "suponer" as "supposes an investment", "ilusionado"
as "ilusioned", "un compromiso con" as "a compromise with". The calque
tables had no Spanish source. Two make a page machine translation. Texts
written for this file on another topic; native English with "assisted the",
"count on", "a compromise with the unions" stays clean."""

from __future__ import annotations

from tests.flags.helpers import flagged, kinds


def test_two_spanish_false_friends_make_a_machine_translation():
    text = (
        "The minister assisted to the opening of the new hospital wing in Valladolid on Tuesday.\n"
        "The wing supposes an investment of 18 million euros and will count with 120 beds.\n"
        "Nurses said they were very happy with the new rooms.\n"
    )
    doc = flagged(text)
    assert kinds(doc, "machine_translation"), [f.reason for f in doc.flags]


def test_native_english_stays_clean():
    text = (
        "Volunteers assisted the nurses at the opening of the new hospital wing on Tuesday.\n"
        "The wing cost 18 million euros, and patients can count on 120 new beds.\n"
        "Managers reached a compromise with the unions over night shifts.\n"
    )
    doc = flagged(text)
    assert not kinds(doc, "machine_translation"), [f.reason for f in doc.flags]


def test_one_phrase_inflected_twice_is_one_sign():
    # native English that holds one table phrase in two inflections ("count
    # with the", "counts with the"; "assist to the", "assisted to the"): one
    # turn of phrase, no pair of calques (review of session 31)
    for text in (
        "The school in Leeds now teaches maths with an old tool.\n"
        "Pupils count with the abacus from age five, teachers said.\n"
        "Each child counts with the beads before writing numbers down.\n",
        "United won 2-0 at home on Saturday.\n"
        "Rashford provided an assist to the striker in the first half.\n"
        "The coach said he assisted to the team more than anyone this season.\n",
    ):
        doc = flagged(text)
        assert not kinds(doc, "machine_translation"), [f.reason for f in doc.flags]
