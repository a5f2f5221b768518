"""Runs of capitalised Vietnamese syllables (vietnamese_names) are found in
linear time. The run pattern's first character class (Đ-ỹ) holds every Thai
letter and every capital, and with a plain ``*`` it was tried again from each
letter of a long word that no second word follows, reading the word to its
end each time: 20,000 Thai letters without a space took ~7 s, a 20,000-
character token of capitals and small letters ~4 s (quadratic). Now each
start is read once: ~1 ms. The test asserts no clock (timing belongs to the
benchmarks): its inputs are long enough that the quadratic pattern would
keep it running for minutes (100,000 Thai letters: ~185 s), which no run of
the suite can miss. The runs found are the same (checked here against the
old pattern on random strings)."""

from __future__ import annotations

import random
import re

import pytest

from newsline.stories.anchors import _VI_NAME_RUN, vietnamese_names

# the pattern before the change, as the reference of what a run is
_OLD_RUN = re.compile(r"[A-ZÀ-ÝĐ-ỹ][^\W\d_]*(?: [A-ZÀ-ÝĐ-ỹ][^\W\d_]*)+")


@pytest.mark.parametrize(
    "text",
    [
        "ก" * 100_000,  # Thai letters, no space
        "Xy" * 50_000,  # one long token of capitals and small letters (a key, a hash)
        "Ŋő" * 50_000,  # Latin Extended letters inside the class's range
    ],
    ids=["thai", "latin", "latin-extended"],
)
def test_long_words_are_read_in_linear_time(text):
    assert vietnamese_names(text + " ok") == []


def _runs(pattern: re.Pattern[str], text: str, new: bool) -> list[tuple[int, str]]:
    return [
        (m.start(), m.group())
        for m in pattern.finditer(text)
        if not new or m.start(1) != m.end(1)
    ]


def test_same_runs_as_the_old_pattern_on_random_text():
    # capitals, small letters, Thai letters and marks, a combining accent, a
    # multiplication sign (in À-Ý, no letter), digits of two scripts, spaces
    alphabet = "AaĐđ×ÀÝàýกขั้๑5_ \u0301Ễễ-'.\nBbQ "
    rnd = random.Random(7)
    for _ in range(20_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 24)))
        assert _runs(_VI_NAME_RUN, text, True) == _runs(_OLD_RUN, text, False), text


@pytest.mark.parametrize(
    "text,want",
    [
        # a Vietnamese name inside Thai text, and inside an English line
        ("นายกรัฐมนตรี Phạm Minh Chính กล่าวว่า", "w:phamminhchinh"),
        ("Prime Minister Pham Minh Chinh met the press.", "w:phamminhchinh"),
        # a run after a word glued to punctuation, at the end of the text
        ("Hội nghị tại thủ đô (Hà Nội", "w:hanoi"),
    ],
    ids=["in-thai", "in-english", "at-end"],
)
def test_runs_are_still_read(text, want):
    assert want in [f for f, _ in vietnamese_names(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Minh",  # one syllable: no run
        "ไทย Minh ไทย",  # one syllable between Thai words
        "Anh" + "ก" * 5000,  # a capital glued to a long Thai word, no second word
    ],
    ids=["one-syllable", "between-thai", "glued-to-thai"],
)
def test_no_run_without_a_second_word(text):
    assert vietnamese_names(text) == []
