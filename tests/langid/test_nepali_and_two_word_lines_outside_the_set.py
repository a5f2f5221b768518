"""Session 31 (heldout10's misses), two classes:

* Nepali lines read as Marathi or Hindi: lingua has no model of Nepali, so
  CLD2's sure answer could not be confirmed and the line was read among
  Devanagari's languages lingua knows. Now Nepali, like Galician, takes
  CLD2's word where the line has none of the words Hindi and Marathi write
  and Nepali does not (है, में, ने, आहे ...).
* Two-word lines outside the set ("Nejnovější zprávy" read as Spanish,
  "Последни новини" as Russian): the short open-set check wanted three
  words and twenty letters. A line that itself says it may be outside the
  set (a letter with a mark no configured language writes, or a script
  several languages share) now gets the check from two words and ten
  letters; CLD2 must be sure and lingua must put the language well first
  (a line CLD2 misnames, "Благодарим ви" as Serbian, stays with the set).

All text is written for this test.
"""

from __future__ import annotations

import pytest

from newsline.langid.detect import detect_language


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("ne", "पोखरामा आज बिहानदेखि हिमपात भइरहेको छ"),
        ("ne", "विद्यार्थीहरूले परीक्षाको नतिजा पर्खिरहेका छन्"),
        ("ne", "प्रधानमन्त्रीले संसदमा बजेट प्रस्तुत गर्नुभयो"),
        ("hi", "दिल्ली में कल बारिश होगी"),
        ("hi", "प्रधानमंत्री ने संसद में बजट पेश किया"),
        ("mr", "नागपूरमध्ये आज पाऊस पडला"),
        ("mr", "मुख्यमंत्र्यांनी विधानसभेत अर्थसंकल्प मांडला आहे"),
    ],
)
def test_nepali_hindi_and_marathi_lines(lang, line):
    assert detect_language(line) == lang


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("cs", "Všechny články"),
        ("sk", "Ďakujeme vám"),
        ("pl", "Przeczytaj też"),
        ("pl", "Żółta kartka"),
        ("uk", "Головні події"),
        ("bg", "Времето днес"),
        ("bg", "Спортни новини"),
    ],
)
def test_two_words_outside_the_set(lang, line):
    assert detect_language(line) == lang


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # configured languages keep their two-word lines, marks included
        ("ru", "Новости дня"),
        ("ru", "Главная страница"),
        ("es", "Más información"),
        ("fr", "Mercredi à Lyon"),
        ("de", "Über uns"),
        ("vi", "Tin mới"),
    ],
)
def test_configured_languages_keep_two_word_lines(lang, line):
    assert detect_language(line) == lang



# A third class: lines CLD2 will not be sure of at all (a Swedish sentence,
# Taglish) stayed with the set (Swedish read as German). CLD2's best guess
# is now a candidate that lingua must put clearly first, as for a short line.
# (CLD2 refuses few lines, and which it refuses is its own affair: the test
# makes it refuse every line, as it did the ones that were missed.)
@pytest.fixture
def cld2_unsure(monkeypatch):
    from newsline.langid import detect

    monkeypatch.setattr(detect, "_cld2_details", lambda text: (False, (), ()))
    detect._cached_confidences.cache_clear()


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("sv", "Regeringen har lagt fram en ny plan för vården"),
        ("tl", "Grabe ang ulan kanina, na-cancel tuloy yung flight namin"),
        ("uk", "Дякую за розуміння"),
        # configured languages keep their lines
        ("de", "Der Gemeinderat hat beschlossen, den ganzen Platz vor dem Sommer umzubauen"),
        ("en", "Can or not? Later we go makan at the hawker centre lah"),
        ("ru", "Спасибо всем за помощь"),
    ],
)
def test_cld2_best_guess_confirmed_by_the_model(cld2_unsure, lang, line):
    assert detect_language(line) == lang


# Swedish lines CLD2 names Nynorsk, Danish or Norwegian: Swedish is now
# among the close neighbours lingua chooses from, and they among Swedish's.
@pytest.mark.parametrize(
    "line",
    [
        "Kommunen har beslutat att bygga om hela torget före sommaren",
        "Polisen har gripit en man efter rånet i centrum",
        "Vi ses på fredag efter jobbet",
        "Regeringen har lagt fram ett nytt förslag om skatt på bilar",
    ],
)
def test_swedish_among_its_neighbours(line):
    assert detect_language(line) == "sv"
