"""A Chinese date's unit (年, 月, 日, 号, 时) written right before the next
word may be glued to it by the tagger ("8月15日封控", lockdown from 15 August,
cut as 日封 + 控, a place name "rifeng"): the unit belongs to the number, so
it joins no name anchor, and what is left is a name only when the tagger
reads it alone as one. A name that merely holds such a character, not after
a number (王日峰), and a real place after a date (3日北京) keep their anchors.
bundle material showed it on a list line; sentences written for the test."""

from __future__ import annotations

import pytest

from newsline.events.anchors import sentence_anchors


def names(text):
    return {a for a in sentence_anchors(text, "zh") if a.startswith("name:")}


@pytest.mark.parametrize(
    "text",
    ["8月15日封控", "市政府宣布，8月15日封控全市，居民不得外出。", "十二月3日封控两个街道"],
)
def test_a_date_unit_glued_to_the_next_word_makes_no_name(text):
    assert not any("ri" in a for a in names(text)), names(text)


@pytest.mark.parametrize(
    "text,name",
    [
        ("王日峰当选市长。", "name:wangrifeng"),
        ("3日北京发生大风。", "name:beijing"),
        ("9月3日晋城宣布停课。", "name:jincheng"),
    ],
)
def test_names_beside_dates_are_kept(text, name):
    assert name in names(text)
