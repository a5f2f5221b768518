"""Session 32 (heldout11's misses): a sentence quoting another language.

CLD2 gave a Spanish sentence quoting seven English words to English, the
whole line as one English chunk, and the first pass trusted it. CLD2 now
reads the line less its quotes (double quotes, curly quotes, guillemets),
where three words or more stay and three for every four quoted; where that
rest is too short for CLD2 alone, its answer for the whole line still
stands if it gives the same for the rest. The model reads the rest instead
of the line only where it is clearly of another mind about it and the
quotes alone read as the line's answer: the quote pulled the line over.
A line that is mostly its quote, or a title between guillemets used as
arrows, keeps its whole-line answer.

All text is written for this test.
"""

from __future__ import annotations

import pytest

from newsline.langid.detect import _unquoted, detect_language


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("es", 'La alcaldesa respondió "we are doing everything we can" antes de irse.'),
        ("es", "El portavoz dijo que “the talks went very well today” y no quiso añadir más."),
        ("fr", "Le ministre a lâché « it is simply not acceptable for us » devant la presse."),
        ("de", 'Der Trainer meinte nur "we played really well tonight" und ging in die Kabine.'),
        (
            "es",
            'La presidenta aseguró que "this agreement will change everything for our farmers"'
            " en la cumbre.",
        ),
        (
            "fr",
            'Le maire a promis que "this bridge will be finished before the summer"'
            " lors du conseil.",
        ),
        ("en", 'The chef told us "c\'est la vie" and went back to his kitchen.'),
        ("en", '"Vamos a ganar esta guerra", the president said on Monday in a short speech.'),
        ("vi", 'Bà Lan, giám đốc công ty, cho biết: "We expect sales to double next year".'),
    ],
)
def test_a_sentence_keeps_its_language_around_a_quote(lang, line):
    assert detect_language(line) == lang


def test_a_line_mostly_its_quote_is_read_whole():
    line = '"We will not give up on this city", dijo.'
    assert _unquoted(line) is line
    line = "« Download mp3 lagu terbaru gratis untuk semua pengguna » Komentar."
    assert _unquoted(line) is line


def test_the_rest_around_a_quote():
    line = 'Ella dijo "see you soon" y se fue a casa.'
    assert "see you" not in _unquoted(line)
    assert _unquoted("No quotes in this line at all.") == "No quotes in this line at all."
