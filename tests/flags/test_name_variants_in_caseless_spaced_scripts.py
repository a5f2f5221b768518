"""In a spaced script without capitals (Devanagari, Arabic, Hangul) nothing
marks a word as a name, so two words before one repeated word are not one
name spelled two ways (benchmarks/flags_heldout.py --set heldout16, c02: a
lottery results page's "दूसरा इनाम" and "तीसरा इनाम", second and third
prize, read as machine translation). Pages written for this file."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds


@pytest.mark.parametrize(
    "text",
    [
        "राज्य खेल प्रतियोगिता में पहला पुरस्कार इंदौर की टीम को मिला।\n"
        "दूसरा पुरस्कार भोपाल को और तीसरा पुरस्कार ग्वालियर की टीम को दिया गया।\n"
        "पहला पुरस्कार जीतने वाली टीम को 50,000 रुपये मिले।\n",
        "فاز فريق الرياض بالمركز الأول في البطولة، وحل فريق جدة في المركز الثاني.\n"
        "أما المركز الثالث فكان من نصيب فريق الدمام، بينما نال المركز الرابع فريق أبها.\n",
        "첫째 날 행사에는 시민 3천 명이 참석했다.\n"
        "둘째 날 행사에는 5천 명이, 셋째 날 행사에는 7천 명이 찾았다.\n",
    ],
)
def test_words_before_a_repeated_word_are_no_name_variants(text):
    doc = flagged(text)
    assert not kinds(doc, "machine_translation", signal="name_variants"), [
        f.reason for f in doc.flags
    ]
