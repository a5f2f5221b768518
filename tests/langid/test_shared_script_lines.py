"""Short lines in a script several languages share (Cyrillic, Arabic,
Devanagari).

The open-set check (CLD2 sure, lingua confirming) only ran on lines of 40
characters or more here, so a short Ukrainian or Bulgarian line read as the
configured Russian, and an Arabic, Urdu or Hindi headline (no configured
language writes the script) had no language at all. Now a short line of
three words or more gets the short open-set check, and a line in a script no
configured language writes is read by lingua among that script's languages.
All text is written for this test.
"""

from __future__ import annotations

import pytest

from newsline.langid.detect import detect_language

SHORT_LINES = [
    ("uk", "Дякуємо всім, хто прийшов!"),
    ("uk", "У Львові відкрили нову школу"),
    ("bg", "Благодарим ви за търпението!"),
    ("bg", "В Пловдив откриха нов мост"),
    ("ar", "انقطاع الكهرباء في عدة أحياء"),
    ("ar", "شكراً جزيلاً على المساعدة"),
    ("fa", "بارش برف در شمال کشور"),
    ("ur", "لاہور میں بارش کا امکان"),
    ("hi", "दिल्ली में कल बारिश होगी"),
    # Devanagari with two English words in it
    ("hi", "कल का show बहुत boring था, सब लोग जल्दी चले गए"),
]


@pytest.mark.parametrize(("lang", "line"), SHORT_LINES)
def test_a_short_line_gets_its_own_language_of_the_script(lang, line):
    assert detect_language(line) == lang


# Russian, the configured language of the script, keeps its lines, words
# and word pairs
RUSSIAN = [
    "В Казани открыли новый мост",
    "Спасибо, что пришли!",
    "Погода на завтра",
    "Москва",
    "новости дня",
]


@pytest.mark.parametrize("line", RUSSIAN)
def test_russian_stays_russian(line):
    assert detect_language(line) == "ru"


@pytest.mark.parametrize(
    "line",
    [
        'He wrote "सबका साथ, सबका विकास" in the guestbook',
        'Fans chanted "ہم جیتیں گے، ہم جیتیں گے" all night',
    ],
)
def test_a_latin_sentence_with_a_short_quote_in_another_script_keeps_its_language(line):
    assert detect_language(line) == "en"


def test_greek_and_hebrew_need_no_model():
    assert detect_language("Καλό απόγευμα σε όλους") == "el"
    assert detect_language("שבוע טוב לכולם") == "he"
