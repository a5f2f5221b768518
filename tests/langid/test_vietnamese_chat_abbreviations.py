"""Vietnamese chat typed without marks and with abbreviations of
consonants alone ("dc" for được, "k", "t", "m", "mn", "ntn", "vs").

Such a word is no syllable of any language, and it counted as a miss
against the line's Vietnamese shape, so a chat line of plain syllables with
three of them read as French or German. Among enough other words it now
counts neither way; among few (units beside figures: "2 h 08 min") it still
counts as a miss. All text is written for this test.
"""

from __future__ import annotations

import pytest

from newsline.langid.detect import detect_language
from newsline.langid.vietnamese import latin_words, syllable_fit, syllable_fit_at_least

CHAT = [
    "m di dau do, t cho nay gio",
    "chac ko dc dau, de t xem lai",
    "dc roi, mai t qua nha m",
    "t ko biet nua, m hoi n di",
    "vs lai t dang ban, mai noi sau",
    "de mai t ghe, nay ko dc",
    "ko can dau, t tu lo dc",
    "n noi vs t la mai ve",
]


@pytest.mark.parametrize("line", CHAT)
def test_unaccented_chat_with_abbreviations_is_vietnamese(line):
    assert detect_language(line) == "vi"


OTHER = [
    ("fr", "Le marathon : 2 h 08 min pour le vainqueur, 2 h 10 min pour le second"),
    ("es", "En la etapa de hoy: 4 h 12 min, con 3 km de subida final"),
    ("en", "I don't think we'll make it, it's too late now"),
    ("en", "Tonight: Lakers vs Celtics at 7 pm, tickets from 40 dollars"),
    ("id", "Gw udah bilang dr kemarin yg itu jgn dibeli"),
    ("de", "Die Strecke ist 12 km lang, wir brauchen etwa 3 h dafür"),
]


@pytest.mark.parametrize(("lang", "line"), OTHER)
def test_units_contractions_and_other_chat_keep_their_language(lang, line):
    assert detect_language(line) == lang


def test_the_early_stop_agrees_with_the_share():
    for line in CHAT + [t for _, t in OTHER]:
        words = latin_words(line)
        fit = syllable_fit(words)
        assert syllable_fit_at_least(words, 0.85) == (fit if fit >= 0.85 else 0.0)
