"""A Chinese tag line whose label has a qualifier before 标签 ("热门标签：",
popular tags; "本文标签：", this article's tags) is a tag list, as "标签：" is
(benchmarks/bundle_check.py --set bundle2 found one kept as body on a
content farm). Lines written for this test, about another story."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines

TITLE = "中心公园改造工程下月动工"
TAG_LINES = [
    "热门标签：公园改造 城市绿化 儿童乐园 市政工程 今日头条 最新消息",
    "本文标签：中心公园 改造 绿化",
    "相关标签：市政 公园 工程进度",
    "文章标签：城市更新 绿地",
]


@pytest.mark.parametrize("line", TAG_LINES)
def test_a_qualified_tag_line_is_navigation(line):
    label, why = classify_lines([TITLE, *BODY["zh"], line])[line]
    assert label == "navigation", why


def test_a_sentence_about_tags_stays_body():
    line = "市民可以在公园入口的热门标签墙上留下对改造方案的意见，市政部门将逐条回复。"
    label, why = classify_lines([TITLE, *BODY["zh"][:2], line, *BODY["zh"][2:]])[line]
    assert label == "body", why
