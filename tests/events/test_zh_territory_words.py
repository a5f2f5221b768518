"""Chinese territory names are anchors only where they are words: a name
read across two words of an unspaced sentence ("沿海|地区" holds "海地",
Haiti; "合法|国家" holds "法国", France) is none. One-character short forms
("美" in "中美关系") live inside compounds and still count."""

from __future__ import annotations

import pytest

from newsline.events.anchors import sentence_anchors


def geos(text):
    return [a for a in sentence_anchors(text, "zh") if a.startswith("geo:")]


@pytest.mark.parametrize(
    "text,expect",
    [
        ("暴雨过后，沿海地区共转移群众八千余人。", []),
        ("該協會是依法成立的合法國家級團體。", []),
        ("海地总统周一抵达会场。", ["geo:HT"]),
        ("法国外长周一抵达会场。", ["geo:FR"]),
        ("双方认为，中美关系保持稳定。", ["geo:US"]),
        ("两名越南籍船员获救。", ["geo:VN"]),
    ],
)
def test_territory_names_are_words(text, expect):
    assert geos(text) == expect
