"""A chronology's line opens with its day and a colon or dash, then says what
happened in a few words ("14 août : premier cas au Vietnam.", held-out
story12): the list's form says it is a dated happening, so such a line is an
event with fewer words than a sentence around a date needs. Lines written for
these tests in other outlets' styles and languages. Near misses stay no
event: a stamp-like line with no words after the colon, a short line whose
date does not open it, a day followed by no colon or dash."""

from __future__ import annotations

import pytest

from tests.events.records import extract_from_text

TIMELINE = {
    "en": (
        "Timeline\nMarch 3: Dam gates reopened.\nMarch 5: Curfew lifted in Ashford.\n",
        ["2031-03-03", "2031-03-05"],
    ),
    "es": (
        "Cronología\n4 de marzo: se cierra el aeropuerto.\n- 6 de marzo – huelga de pilotos.\n",
        ["2031-03-04", "2031-03-06"],
    ),
    "zh": (
        "大事记\n3月5日：首例病例确诊。\n3月7日：学校全部停课。\n",
        ["2031-03-05", "2031-03-07"],
    ),
    "vi": ("Diễn biến\n• Ngày 5/3: đóng cửa trường học.\n", ["2031-03-05"]),
}


@pytest.mark.parametrize("lang", sorted(TIMELINE))
def test_a_chronology_line_is_an_event(lang):
    text, want = TIMELINE[lang]
    events = extract_from_text(text, lang, published="2031-03-20")
    assert sorted(e.date for e in events) == want


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Mis à jour\n14 mars : 10 h 15\n", "fr"),  # no words after the colon
        ("Curfew lifted March 5.\n", "en"),  # the day does not open the line
        ("El 4 de marzo cerró todo.\n", "es"),  # no colon or dash after the day
        ("Photo: March 5, Reuters\n", "en"),
    ],
)
def test_short_lines_that_are_no_chronology_stay_no_event(text, lang):
    assert extract_from_text(text, lang, published="2031-03-20") == []
