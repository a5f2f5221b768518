"""A live blog entry's clock stamp is no part of its sentence.

"09:05 – Rain has eased across the valley." opens its sentence with "Rain"
as "Rain has eased ..." does: a common word capitalised to open a sentence
is no name, and read as one ("rain", "recap", "update") it linked the
entries of unrelated live blogs. All sentences are written for these tests.
"""

from __future__ import annotations

from newsline.events.anchors import sentence_anchors


def names(text: str, lang: str = "en") -> set[str]:
    return {a[5:] for a in sentence_anchors(text, lang) if a.startswith("name:")}


def test_the_word_after_a_clock_stamp_opens_the_sentence():
    assert names("09:05 – Rain has eased across the Corvale valley.") == {"corvale"}
    assert names("11:20 — Recap: The levee at Corvale gave way on Monday.") == {"corvale"}
    assert names("14h30 - Pluie battante sur Lyon.", "fr") == {"lyon"}
    assert names("7.45 - Update from the Corvale valley.") == {"corvale"}


# ------------------------------------------------------------ near misses
def test_a_name_after_a_stamp_is_read_as_at_a_sentence_start():
    # two capitalised words open it: a name, as without the stamp
    assert "corvale" in names("16:40 – Corvale Province officials raised the toll.")
    assert names("16:40 – Corvale Province officials raised the toll.") == names(
        "Corvale Province officials raised the toll."
    )


def test_a_stamp_inside_the_sentence_changes_nothing():
    # "Rain" here does not open the sentence: read as before, a name
    assert "rain" in names("At 09:05 – Rain fell on Lyon.")
    assert names("Rain has eased across the Corvale valley.") == {"corvale"}


def test_a_number_that_is_no_stamp_is_left():
    # a score or a count before a dash is no clock stamp
    assert "corvale" in names("2-1 – Corvale United won the cup.")
