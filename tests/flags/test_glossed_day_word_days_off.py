"""A day word glossed by its date ("yesterday, Monday (March 2)") names the
text's own day exactly: a stamp a few days off it is wrong, not the week
of slack a bare date gets; and a hyphenated weekday ("quarta-feira",
"sexta-feira") between them is still a weekday. Invented pages in styles
heldout8 does not use (its page says "ontem, segunda-feira (9 de março)");
near misses stay quiet."""

from __future__ import annotations

import pytest

from tests.flags.test_dateline_after_the_stamp import _flags


def _glossed(flags):
    return [f for f in flags if f.data.get("signal") == "glossed_relative"]


PAGES = {
    "pt": (
        (
            "A ponte foi interditada anteontem, quarta-feira (4 de março), depois de uma "
            "vistoria da Defesa Civil."
        ),
        "anteontem, quarta-feira (4 de março)",
    ),
    "en": (
        (
            "The bridge was closed yesterday, Monday (March 2), after engineers found cracks "
            "in two of its piers."
        ),
        "yesterday, Monday (March 2)",
    ),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_glossed_day_word_four_days_from_the_stamp_is_flagged(lang):
    sentence, shown = PAGES[lang]
    # the text was written on March 3 (en) / March 6 (pt); stamped days later
    stamp = {"en": "2026-03-07T08:00:00+00:00", "pt": "2026-03-10T08:00:00-03:00"}[lang]
    doc, flags = _flags([("Título", "title"), (sentence, "body")], lang, stamp)
    got = _glossed(flags)
    assert len(got) == 1, [f.reason for f in doc.flags]
    assert doc.text[got[0].start : got[0].end] == shown


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_glossed_day_word_a_day_from_the_stamp_is_quiet(lang):
    # published the morning after it was written, or across a time zone
    sentence, _ = PAGES[lang]
    stamp = {"en": "2026-03-04T06:00:00+00:00", "pt": "2026-03-07T06:00:00-03:00"}[lang]
    doc, flags = _flags([("Título", "title"), (sentence, "body")], lang, stamp)
    assert _glossed(flags) == [], [f.reason for f in doc.flags]
