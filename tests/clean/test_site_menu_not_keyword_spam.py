"""A site menu in a script without capitals (invented lines): "首页 | 新闻 |
财经 | …" has the shape of search keywords strung together, and the page's
own menu was labelled spam (and flagged as an injection)."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.flags import FlagDocuments

from .helpers import BODY, classify_lines, label_between


@pytest.mark.parametrize(
    "lang,line",
    [
        ("zh", "首页 | 新闻 | 财经 | 体育 | 娱乐 | 科技 | 汽车 | 房产"),
        ("th", "หน้าแรก | ข่าว | กีฬา | บันเทิง | เศรษฐกิจ | การเมือง | ต่างประเทศ"),
    ],
)
def test_menu_with_the_home_item_is_navigation(lang, line):
    out = classify_lines([line, *BODY[lang]])
    assert out[line][0] == "navigation", out[line]


def test_keyword_stuffing_without_a_home_item_is_still_spam():
    line = "公园改造最新消息,中心公园施工,公园开放时间,公园门票价格,周末去哪玩,本地新闻"
    got = label_between(BODY["zh"], line)
    assert got[0] == "spam", got


def test_the_menu_raises_no_spam_flag():
    from newsline.clean import ClassifyBlocks, SegmentBlocks
    from newsline.langid import IdentifyLanguages
    from newsline.model import Document

    text = "\n".join(["首页 | 新闻 | 财经 | 体育 | 娱乐 | 科技 | 汽车 | 房产", *BODY["zh"]])
    doc = Document(id="t", source="test", text=text)
    for stage in (SegmentBlocks(), IdentifyLanguages(), ClassifyBlocks(), FlagDocuments()):
        stage([doc], Counter())
    assert [f for f in doc.flags if f.kind == "spam"] == []
