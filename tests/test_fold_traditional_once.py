"""Folding Traditional Chinese to Simplified once is folding it for good:
OpenCC's character table sends 薴 to 苧, itself Traditional for 苎, so a line
folded twice (the byline reader folded fold_line's already-folded text again)
read 苎 where a once-folded cue read 苧. The table now follows such a chain to
its end; every character folds the same once or twice, and the reader folds
each line once."""

from __future__ import annotations

import pytest

from newsline.clean.features import fold_line
from newsline.wordseg import fold_traditional, traditional_to_simplified

if not traditional_to_simplified():
    pytest.skip("no Traditional->Simplified table installed", allow_module_level=True)


def test_a_chained_character_folds_to_the_end_of_its_chain():
    assert fold_traditional("薴麻") == "苎麻"
    assert fold_line("薴麻") == "苎麻"
    assert fold_traditional(fold_line("薴麻")) == fold_line("薴麻")


def test_every_character_of_the_table_folds_once_for_good():
    keys = "".join(map(chr, traditional_to_simplified()))
    once = fold_traditional(keys)
    assert fold_traditional(once) == once
    assert len(once) == len(keys)  # one character for one: offsets hold


@pytest.mark.parametrize(
    "text",
    [
        "苎麻",  # already Simplified: unchanged
        "苧",  # the chain's middle folds to its end
        "臺灣的經濟",
        "東京 Tokyo",
        "Hà Nội",
    ],
)
def test_folding_twice_equals_folding_once(text):
    once = fold_traditional(text)
    assert fold_traditional(once) == once
    assert fold_traditional(fold_line(text)) == fold_line(text)
