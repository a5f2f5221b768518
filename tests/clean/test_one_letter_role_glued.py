"""A role of one letter glued to the word before it ends a word, not a
name: '文' (text by) closing "转发此文" or "查看译文" read as a name followed
by the writer's role, and the link was labelled the byline (and could name
the page's author). (Alone after the last paragraph such a line is still
taken for a name signing the article: no table of surnames tells it from
one.) A name stands apart from a one-letter role ("山田太郎
文"). Pages written for this test in a Chinese blog's and a Japanese
magazine's styles."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines


@pytest.mark.parametrize("line", ["转发此文", "查看译文", "打印此文"])
def test_a_word_ending_on_the_role_letter_is_no_byline(line):
    # between two paragraphs, where no name alone signs the article
    zh = BODY["zh"]
    got = classify_lines([zh[0], zh[1], line, zh[2], zh[3]])
    assert got[line][0] != "byline", got[line]


def test_a_name_apart_from_the_role_letter_stays_the_byline():
    line = "山田太郎 文"
    got = classify_lines(["中央公園の改修、来月着工", line, *BODY["ja"]])
    assert got[line][0] == "byline", got[line]
