"""The quick gate in front of the advert-paragraph search never hides a trade
word the one-by-one search finds (it only skips paragraphs with none)."""

from __future__ import annotations

import pytest

from newsline.flags.rules import UNSPACED, _contains, _may_contain_any, cue_phrases

TEXTS = [
    "looking for the best online slots? our casino offers free spins every day.",
    "the council approved the new budget for the harbour on tuesday.",
    "cheap viagra, cialis and payday loans – fast approval, 18+ only!",
    "cá cược bóng đá trực tuyến, nhà cái uy tín, nạp tiền nhanh",
    "สล็อตออนไลน์ เว็บตรง ฝากถอนไม่มีขั้นต่ำ",
    "在线赌场，注册即送彩金，百家乐真人娱乐",
    "the casino's owner said the reopening of the old-casino site was delayed",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("lang", ["en", "vi", "th", "zh", "es"])
def test_the_gate_lets_through_every_text_with_a_phrase(text, lang):
    phrases = tuple(sorted({p for p, _ in cue_phrases("spam", [lang])}, key=len, reverse=True))
    found = [p for p in phrases if _contains(text, p, lang)]
    gate = _may_contain_any(text, phrases, lang in UNSPACED)
    assert gate or not found, found
