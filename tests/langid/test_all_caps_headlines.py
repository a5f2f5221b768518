"""A headline in capitals is read by its words, not by its one-letter words.

Capitalised words are left out of the Vietnamese syllable check as names and
acronyms; in a line written wholly in capitals that left only its one-letter
words ("Y", "À", "O"), which fit a Vietnamese syllable, so whole Spanish,
French or Portuguese headlines read as Vietnamese. Lines written for this
test in several newsrooms' styles.
"""

from __future__ import annotations

import pytest

from newsline.langid.detect import detect_language
from newsline.langid.vietnamese import syllable_fit


@pytest.mark.parametrize(
    "lang,line",
    [
        ("es", "EL TRIBUNAL SUPREMO ANULA LA CONDENA Y ORDENA REPETIR EL JUICIO"),
        ("es", "LLUVIAS TORRENCIALES Y CORTES DE LUZ EN EL NORTE DEL PAÍS"),
        ("fr", "TEMPÊTE SUR LA CÔTE : ALERTE ROUGE À BREST ET À QUIMPER"),
        ("fr", "LES AGRICULTEURS BLOQUENT L'AUTOROUTE À LYON"),
        ("pt", "CHUVA FORTE DEIXA O INTERIOR SEM ENERGIA E A CAPITAL EM ALERTA"),
    ],
)
def test_capital_headlines_with_one_letter_words_keep_their_language(lang, line):
    assert detect_language(line) == lang


def test_italian_capitals_headline_is_not_read_as_vietnamese():
    # (es or it is the model's call on eight words; Vietnamese it is not)
    assert detect_language("SCIOPERO DEI TRENI: È CAOS A MILANO E A ROMA") != "vi"


@pytest.mark.parametrize(
    "line",
    [
        "MUA LON KEO DAI O CAC TINH MIEN TRUNG",
        "GIA VANG HOM NAY TANG MANH",
        "NÓNG: SẠT LỞ ĐẤT Ở VÙNG NÚI PHÍA BẮC",
    ],
)
def test_vietnamese_headlines_in_capitals_stay_vietnamese(line):
    assert detect_language(line) == "vi"


def test_shape_check_reads_every_word_of_a_capitals_line():
    assert syllable_fit(["VAN", "BAN", "NGUYEN", "Y"]) == 1.0
    assert syllable_fit(["LA", "SELECCIÓN", "GANA", "Y", "SE", "CLASIFICA"]) < 0.85
