"""An amount with a scale word below the plain-number floor ("1,2 nghìn", "3
mil", "2.5 thousand") is the number another page writes in digits ("1,200",
"3.000", "2,500"): both are one number anchor, not "1.2e+03" beside "1200"
(held-out story20: "khoảng 1,2 nghìn chuyến bay" met no page's "1,200
flights"). Larger amounts keep their three-digit form on both sides."""

from __future__ import annotations

import pytest

from newsline.events.anchors import sentence_anchors


def nums(text, lang):
    return {a for a in sentence_anchors(text, lang, []) if a.startswith("num:")}


@pytest.mark.parametrize(
    "scaled, lang, digits, dlang",
    [
        ("Khoảng 1,2 nghìn công nhân đình công.", "vi", "Some 1,200 workers went on strike.", "en"),
        ("Unos 3 mil vecinos fueron evacuados.", "es", "约3000名居民被疏散。", "zh"),
        ("Some 2.5 thousand fans were turned away.", "en", "Quelque 2 500 fans partis.", "fr"),
    ],
)
def test_a_small_scaled_amount_meets_its_digits(scaled, lang, digits, dlang):
    assert nums(scaled, lang) and nums(scaled, lang) == nums(digits, dlang)


def test_large_amounts_keep_their_form():
    assert nums("Thiệt hại 25 nghìn tỷ đồng.", "vi") == nums("Damage of 25 trillion dong.", "en")
    assert nums("Unos 25 mil desplazados.", "es") == nums("Some 25,000 displaced.", "en")
