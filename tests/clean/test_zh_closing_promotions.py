"""Short closing lines of a Chinese article inside its main text (invented
page): "更多精彩内容，请关注本站微信公众号。", "扫一扫，下载<报名>客户端",
"本文为<报名>原创，转载请注明出处。" were kept as the article's last
paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import BODY, classify_page, label_between

PAGES = Path(__file__).parent / "pages"


def test_closing_promotions_inside_the_main_text():
    doc = classify_page(PAGES / "zh_city_evening_tail.html")
    got = {b.text_of(doc): b.label for b in doc.blocks}
    assert got["更多精彩内容，请关注本站微信公众号。"] == "navigation"
    assert got["扫一扫，下载城市晚报客户端"] == "navigation"
    assert got["本文为城市晚报原创，转载请注明出处。"] == "footer"
    assert [t for t, lab in got.items() if lab == "body"] == BODY["zh"]


@pytest.mark.parametrize(
    "line",
    [
        "他说，更多精彩内容将在下月的发布会上公布，届时市民可以到现场参观。",
        "记者扫一扫二维码后发现，该网站早已无法访问，相关负责人也联系不上。",
    ],
)
def test_sentences_using_the_words_stay_body(line):
    got = label_between(BODY["zh"], line)
    assert got[0] == "body", got
