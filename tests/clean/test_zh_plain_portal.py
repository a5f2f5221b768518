"""A Chinese portal's article scraped as plain text (invented page): the
bar of section links above the headline, Han words between single spaces,
was read as the article's first paragraph; the portal's repost statement
("…声明：此消息系转载自合作媒体，…出于传递更多信息之目的…") as its last."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import BODY, classify_lines, classify_page

PAGES = Path(__file__).parent / "pages"


def test_plain_text_portal_page():
    doc = classify_page(PAGES / "zh_portal_plain.txt")
    got = {b.text_of(doc): (b.label, b.reasons) for b in doc.blocks}
    bar = "新浪首页 新闻 体育 财经 娱乐 科技 博客 图片 专栏 更多"
    assert got[bar][0] == "navigation", got[bar]
    statement = next(t for t in got if "系转载自" in t)
    assert got[statement][0] == "footer", got[statement]
    body = [t for t, (lab, _) in got.items() if lab == "body"]
    assert len(body) == 4, body


@pytest.mark.parametrize(
    "line",
    [
        # a headline of two clauses, and names with a verb: not link bars
        "上海 北京 广州 深圳 成都 重庆等城市房价上涨",
        "习近平 李强 王沪宁 出席会议",
    ],
)
def test_spaced_chinese_that_is_not_a_link_bar(line):
    b = BODY["zh"]
    out = classify_lines([b[0], b[1], line, b[2], b[3]])
    assert out[line][0] != "navigation" or "bar of" not in out[line][1][0], out[line]
