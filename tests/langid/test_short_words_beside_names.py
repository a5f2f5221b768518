"""Unaccented Vietnamese is told by its syllables' shape, counted on a
line's lower-case words when it has three or more. Lower-case words of two
letters or fewer ("by", "in", "to", "on") fit that shape in every language:
an English credit line of names with only such words between them
("Reporting by ... in ...; Editing by ...") read as Vietnamese. Such words
alone no longer speak for the line; all its words (less acronyms) are
counted, as for a line with fewer lower-case words. Lines written for this
test."""

from __future__ import annotations

import pytest

from newsline.langid import detect_language
from newsline.langid.vietnamese import syllable_fit


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by Arun Kumar in Mumbai; Editing by Ed Davies",
        "Reporting by Sarah Wu in Taipei; Editing by Bill Tarrant",
    ],
)
def test_an_english_credit_line_with_short_words_is_not_vietnamese(line):
    assert detect_language(line) == "en"


@pytest.mark.parametrize(
    "line",
    [
        # unaccented Vietnamese with names: short words and the names fit
        "Anh Tuan va em di Vung Tau",
        "Chi Lan o Ha Noi va Da Nang",
        "Ong Tuan cho biet se ve que",
    ],
)
def test_unaccented_vietnamese_with_names_stays_vietnamese(line):
    assert detect_language(line) == "vi"


def test_the_shape_is_counted_on_all_words_when_the_lower_case_ones_are_short():
    assert syllable_fit(["Reporting", "by", "Kim", "in", "Hue", "by"]) < 0.85
    assert syllable_fit(["Anh", "Tuan", "va", "em", "di", "Vung", "Tau"]) == 1.0
