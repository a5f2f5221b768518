"""fold_line's fast paths give what the per-character translation gives.

A non-ASCII line holding no character whose fold differs from str.lower's is
folded by str.lower; a line holding no character the Traditional->Simplified
table changes is left as it is. Both are checked here against the
translation for every character, alone and between letters."""

from __future__ import annotations

from newsline.clean import features
from newsline.wordseg import fold_traditional, traditional_to_simplified


def _translated(text: str) -> str:
    return fold_traditional(text.translate(features._FOLD))


def test_every_bmp_character_folds_as_the_translation_does() -> None:
    fold = features._fold_non_ascii.__wrapped__
    bad = [
        hex(cp)
        for cp in range(0x80, 0x10000)
        for text in (chr(cp), "Ab" + chr(cp) + "cD")
        if fold(text) != _translated(text)
    ]
    assert bad == []


def test_characters_beyond_the_bmp_and_capital_sigma_take_the_translation() -> None:
    fold = features._fold_non_ascii.__wrapped__
    # str.lower writes a capital sigma final or not by its neighbours; the
    # fold is always "σ"; letters beyond the BMP are never on the fast path
    for text in ("ΟΔΟΣ", "ΣΑΣ ΟΔΟΣ.", "Σ", "𝐀𝐁𝐂 news", "😀 Follow us", "𠀀字"):
        assert features._not_lower_re().search(text) is not None
        assert fold(text) == _translated(text)
    assert fold("ΟΔΟΣ") == "οδοσ"


def test_common_lines_take_the_lower_path_and_fold_right() -> None:
    fold = features._fold_non_ascii.__wrapped__
    for text, want in (
        ("Tin Tức Mới Nhất Hôm Nay", "tin tức mới nhất hôm nay"),
        ("ข่าวล่าสุด วันนี้", "ข่าวล่าสุด วันนี้"),
        ("Über die Straße", "über die straße"),
    ):
        assert features._not_lower_re().search(text) is None
        assert fold(text) == want == _translated(text)
    # a fullwidth letter and the Turkish dotless i are folded by the table
    assert fold("ＡＢＣ İlgili ı") == _translated("ＡＢＣ İlgili ı") == "abc ilgili i"


def test_fold_traditional_leaves_only_untouched_text_alone() -> None:
    table = traditional_to_simplified()
    keys = sorted(table)
    assert keys, "the Traditional->Simplified table ships with opencc"
    for cp in keys:
        text = "新闻" + chr(cp) + "报道"
        assert fold_traditional(text) == text.translate(table)
    for cp in range(0x4E00, 0xA000):
        text = "日本" + chr(cp)
        assert fold_traditional(text) == text.translate(table)
    assert fold_traditional("臺灣新聞") == "台湾新闻"
    assert fold_traditional("台湾新闻") == "台湾新闻"
