"""The date engine's cheap script guess for a segment (Thai / Chinese / neither)."""

from __future__ import annotations

from newsline.dates import engine as E


def test_non_letter_class_is_the_exact_complement_of_the_letter_class():
    # _script_lang counts letters as len(s) minus the non-letters
    for cp in range(0x110000):
        c = chr(cp)
        assert (E._LETTER.fullmatch(c) is None) != (E._NON_LETTER.fullmatch(c) is None), hex(cp)


def test_script_lang_of_mixed_segments():
    assert E._script_lang("Hôm qua, 5/9, Bộ Y tế cho biết") is None
    assert E._script_lang("plain ASCII text 2024") is None
    assert E._script_lang("กรุงเทพฯ วันที่ 5 มีนาคม 2567") == "th"
    assert E._script_lang("北京时间3月5日，国务院发布通知") == "zh"
    assert E._script_lang("The word 中 alone in English") is None
    assert E._script_lang("Apple 发布 iPhone 16 and other products today") is None
    assert E._script_lang("Apple 发布新款手机 iPhone 16") == "zh"
    assert E._script_lang("") is None
