"""The count words of a relative date (one .. ninety-nine in each language)
are one prefix-factored alternation (newsline.trie), not a flat list of hundreds
of words, which made every numbered relative pattern ~5x slower. Both must
find the same spans: here on every count word, alone and run together with
its neighbours, with and without the text after it that the patterns need."""

from __future__ import annotations

import random
import re

import pytest

from newsline.dates import tables as T
from newsline.dates.engine import _alt
from newsline.trie import trie_regex


@pytest.mark.parametrize("lang", sorted(T.NUMBER_WORDS))
def test_the_factored_alternation_finds_what_the_flat_one_finds(lang):
    words = list(T.NUMBER_WORDS[lang])
    unit = r")\s+(?:years?|ans?|năm|ปี|年)"
    flat = re.compile(r"(?P<num>" + _alt(words, escape=True) + unit, re.IGNORECASE)
    trie = re.compile(r"(?P<num>" + trie_regex(words) + unit, re.IGNORECASE)
    rng = random.Random(7)
    texts = [f"{w} years {w} ans {w} năm {w}ปี {w}年 {w}" for w in words]
    for _ in range(200):
        picks = rng.sample(words, min(4, len(words)))
        texts.append(" ".join(picks) + " years ago, " + "-".join(picks) + " năm trước")
    for text in texts:
        assert [m.span("num") for m in trie.finditer(text)] == [
            m.span("num") for m in flat.finditer(text)
        ], text


def test_no_words_is_no_alternation():
    assert trie_regex([]) == trie_regex(["", ""]) == ""
