"""syllable_fit_at_least stops early but answers as syllable_fit would.

It is what the detector asks (is the line shaped like Vietnamese at least
this often?); below the share it gives 0.0, at or above it the exact share.
Checked against syllable_fit on lines of many languages and on random
mixes of fitting and unfitting words.
"""

from __future__ import annotations

import random

import pytest

from newsline.langid.vietnamese import fold, latin_words, syllable_fit, syllable_fit_at_least

LINES = [
    "Mua lon keo dai nhieu ngay khien nhieu tuyen duong ngap sau",
    "Mưa lớn kéo dài nhiều ngày khiến nhiều tuyến đường ngập sâu",
    "The council will vote on the new budget next week",
    "Le marché couvert rouvrira ses portes samedi matin",
    "Die Brücke bleibt bis Ende des Monats gesperrt",
    "Pemerintah daerah akan membuka kembali pasar tradisional",
    "ba ma na la ta",
    "Hanoi Saigon NATO",
    "a",
    "",
    "Thanh pho Ho Chi Minh va Ha Noi tang truong manh trong quy ba nam nay theo bao cao",
]


@pytest.mark.parametrize("line", LINES)
@pytest.mark.parametrize("share", [0.0, 0.5, 0.85, 1.0])
def test_same_answer_as_syllable_fit(line, share):
    words = latin_words(line)
    full = syllable_fit(words)
    assert syllable_fit_at_least(words, share) == (full if full >= share else 0.0)


def test_random_mixes_of_fitting_and_unfitting_words():
    rng = random.Random(5)
    fitting = ["ba", "nguoi", "thanh", "Nam", "khong", "duong", "mua", "NATO"]
    unfitting = ["street", "budget", "Washington", "pasar", "gesperrt", "xyz"]
    for _ in range(2000):
        words = [rng.choice(fitting + unfitting) for _ in range(rng.randint(0, 12))]
        for share in (0.5, 0.85, 0.9):
            full = syllable_fit(words)
            assert syllable_fit_at_least(words, share) == (full if full >= share else 0.0)


@pytest.mark.parametrize("word", ["Street", "NGUOI", "abc", "đường", "Việt", "ÀÉÎ", "x"])
def test_fold_of_ascii_words_is_their_lower_case(word):
    import unicodedata

    t = unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
    assert fold(word) == "".join(c for c in t if not unicodedata.combining(c))
