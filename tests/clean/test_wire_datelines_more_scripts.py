"""A wire's dateline alone on a line, the place, perhaps the date, the
agency in brackets and a dash: in a script without capitals it was no
dateline ("الدمام (وان) -" a menu-like line before the article, "الدمام 12
مارس 2026 (وان) -" a publish stamp), nor in the Spanish agency's style that
closes on ".-" ("MADRID, 12 mar (EFE).-"). A place of a caseless script
opens on any letter, the ".-" closes as a dash does, and a stamp ending on
the agency in brackets and a dash is the dateline. Lines written for this
test in a Gulf agency's and a Spanish agency's styles; a lower-case phrase
before a dash and a date stamp without the agency stay as before."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines

HEADLINE = "Harbour authority opens new ferry terminal after two years"


def _label(lang, line):
    got = classify_lines([HEADLINE, line, *BODY[lang]])
    for p in BODY[lang]:
        assert got[p][0] == "body", got[p]
    return got[line]


@pytest.mark.parametrize(
    "lang,line",
    [
        ("ar", "الدمام (وان) -"),
        ("ar", "الدمام 12 مارس 2026 (وان) -"),
        ("fa", "تهران (ایرنا) -"),
        ("es", "MADRID, 12 mar (EFE).-"),
    ],
)
def test_a_wire_dateline(lang, line):
    label, reasons = _label(lang, line)
    assert label == "dateline", reasons


def test_a_lower_case_phrase_before_a_dash_is_no_dateline():
    label, reasons = _label("en", "and in other news -")
    assert label != "dateline", reasons


def test_a_date_stamp_without_the_agency_stays_a_stamp():
    label, reasons = _label("ar", "12 مارس 2026")
    assert label == "metadata", reasons
