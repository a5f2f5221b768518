"""A Chinese place is read without its administrative suffix, the stories
taking the events' list of units (plus 特区, less 州 and 村, the last
character of many names) instead of a copy typed again. Pins the stems as the
typed copy gave them (the same on 3427268)."""

from __future__ import annotations

import pytest

from newsline.stories.anchors import _zh_place_stem


@pytest.mark.parametrize(
    "word, stem",
    [
        ("湖南省", "湖南"),
        ("沅陵县", "沅陵"),
        ("南山区", "南山"),
        ("宁夏回族自治区", "宁夏回族"),
        ("延边朝鲜族自治州", "延边朝鲜族"),
        ("澳门特别行政区", "澳门"),
        ("深圳经济特区", "深圳经济"),  # the longer unit before 区
        ("周庄镇", "周庄"),
        ("石门乡", "石门"),
        # names ending like a unit keep it
        ("广州", None),
        ("中关村", None),
        ("杭州", None),
        ("山区", None),  # one character left: a word, not a place
        ("东京", None),
    ],
)
def test_a_place_is_read_without_its_administrative_suffix(word, stem):
    assert _zh_place_stem(word) == stem
