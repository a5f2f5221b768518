"""A publish stamp written with the month's name in German, Russian,
Portuguese, Italian, Dutch, Polish, Turkish, Indonesian, Arabic or Hindi,
alone under the headline ('14. März 2026', '14 марта 2026', '14 مارس 2026'),
is the stamp: only English, Spanish, French and Thai month names made a line
a date, so these were taken for a menu item before the article and the page
had no publish date; with the weekday before a comma ('Monday, March 14,
2026') the weekday was taken for a dateline's place. Three-letter abbreviations that are words elsewhere
('des', 'ara') are dates only after a day's number. Pages written for this
test."""

from __future__ import annotations

import pytest

from newsline.clean.features import date_alone

from .helpers import BODY, classify_lines


@pytest.mark.parametrize(
    ("lang", "stamp"),
    [
        ("de", "14. März 2026"),
        ("de", "Samstag, 14. März 2026"),
        ("ru", "14 марта 2026"),
        ("pt", "14 de março de 2026"),
        ("it", "sabato 14 marzo 2026"),
        ("nl", "14 mei 2026"),
        ("pl", "14 marca 2026"),
        ("tr", "14 Mart 2026 Cumartesi"),
        ("id", "Sabtu, 14 Maret 2026"),
        ("ar", "14 مارس 2026"),
        ("hi", "14 मार्च 2026"),
        # a weekday before the comma is no dateline's place
        ("en", "Monday, March 14, 2026"),
        ("es", "Lunes, 14 de marzo de 2026"),
    ],
)
def test_a_stamp_under_the_headline_is_metadata(lang, stamp):
    b = BODY[lang]
    title = "Titolo della pagina di prova sul nuovo parco"
    got = classify_lines([title, stamp, *b])
    assert got[stamp][0] == "metadata", got[stamp]
    assert all(got[p][0] == "body" for p in b)


@pytest.mark.parametrize(
    "line",
    [
        "la construction des 2026 logements prévus",
        "Ekim 2026 tarihli plan",
        "Wir bauen in Mai-Straße 2026 Wohnungen",
    ],
)
def test_words_that_look_like_months_are_no_date(line):
    assert not date_alone(line)
