"""A line of keyboard mash between paragraphs ("asdkjh qweqwe zxcv", "sdfgh
jkl") – a test post's or a filler's keys – has no word and is no part of the
article: it was kept as a subheading (a short line followed by prose). Lines
written for this test on English, Vietnamese and French pages."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, label_between


@pytest.mark.parametrize("lang", ["en", "vi", "fr"])
@pytest.mark.parametrize("line", ["asdkjh qweqwe zxcv", "sdfgh jkl", "qwerty asdf"])
def test_keyboard_mash_is_set_aside(lang, line):
    label, reasons = label_between(BODY[lang], line)
    assert label == "navigation", (label, reasons)


@pytest.mark.parametrize("line", ["Power cuts expected", "Hahaha lol", "Trang chủ mới"])
def test_short_lines_of_words_are_no_mash(line):
    _, reasons = label_between(BODY["en"], line)
    assert "keyboard mash" not in " ".join(reasons), reasons


@pytest.mark.parametrize("line", ["mrc/jlp", "(ryz/dwl)"])
def test_editors_initials_between_slashes_are_no_mash(line):
    _, reasons = label_between(BODY["es"], line)
    assert "keyboard mash" not in " ".join(reasons), reasons
