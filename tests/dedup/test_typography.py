"""Copies of one article that differ only in typography are exact
duplicates: one site's publishing tool curls the quotes and apostrophes
("..." / “...”, l'hiver / l’hiver), another writes guillemets or, in a
Traditional Chinese copy, corner brackets (“…” / 「…」); dashes and the
ellipsis are typed or composed (- / –, ... / …); an editor leaves soft
hyphens and zero-width spaces in. Words that differ still differ.

The articles are invented.
"""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.dedup import Deduplicate, normalise
from newsline.model import Document

EN_PLAIN = (
    'The minister said: "We will rebuild the bridge before winter." Officials in the '
    "province's capital - where 3,000 people live - agreed... The work starts in May."
)
EN_CURLED = (
    "The minister said: “We will rebuild the bridge before winter.” Officials in the "
    "province’s capital – where 3,000 people live – agreed… The work starts in May."
)
EN_INVISIBLE = EN_PLAIN.replace("bridge", "brid\u00adge").replace("minister", "minis\u200bter")
FR_GUILLEMETS = (
    "Le ministre a déclaré : « Nous reconstruirons le pont avant l'hiver. » Les travaux "
    "commencent en mai, a-t-il ajouté devant les élus de la province."
)
FR_STRAIGHT = (
    'Le ministre a déclaré : "Nous reconstruirons le pont avant l’hiver." Les travaux '
    "commencent en mai, a-t-il ajouté devant les élus de la province."
)
ZH_MAINLAND = "部长表示：“我们将在冬季前重建这座桥梁。”工程将于五月开工，预计投资三亿元。"
ZH_CORNER = "部長表示：「我們將在冬季前重建這座橋樑。」工程將於五月開工，預計投資三億元。"


@pytest.mark.parametrize(
    ("first", "copy"),
    [
        (EN_PLAIN, EN_CURLED),
        (EN_PLAIN, EN_INVISIBLE),
        (FR_GUILLEMETS, FR_STRAIGHT),
        (ZH_MAINLAND, ZH_CORNER),
    ],
)
def test_copies_differing_in_typography_are_exact_duplicates(first, copy):
    assert normalise(first) == normalise(copy)
    docs = [Document(id="a", source="a", text=first), Document(id="b", source="b", text=copy)]
    Deduplicate()(docs, Counter())
    assert docs[1].meta.get("duplicate_of") == "a"


def test_different_words_still_differ():
    other = EN_CURLED.replace("before winter", "before spring")
    assert normalise(EN_PLAIN) != normalise(other)
    assert normalise(FR_STRAIGHT) != normalise(FR_STRAIGHT.replace("mai", "juin"))
