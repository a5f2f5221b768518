"""Two page styles not seen before. A WeChat official account's repost
opens with its prompt to follow the account ("点击上方蓝字关注我们"), which,
the longest line above the first paragraph, was taken for the title (the
headline set aside), and closes with the link to the original ("阅读原文"),
read as a name with the role '文' after it (byline). A Vietnamese article
with a poll embedded between its paragraphs kept the poll's "see results"
button ("Xem kết quả") as a subheading. Pages written for this test."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines

ZH = BODY["zh"]
WECHAT = [
    "点击上方蓝字关注我们",
    "公园改造下月动工",
    "原创 城市观察 2026-03-12 10:24",
    *ZH,
    "END",
    "来源：城市日报",
    "点个在看，你最好看",
    "阅读原文",
]


def test_a_wechat_repost_keeps_its_headline():
    got = classify_lines(WECHAT)
    assert got["公园改造下月动工"][0] == "title", got["公园改造下月动工"]
    assert got["点击上方蓝字关注我们"][0] == "navigation", got["点击上方蓝字关注我们"]
    assert got["阅读原文"][0] == "navigation", got["阅读原文"]
    assert got["点个在看，你最好看"][0] == "navigation", got["点个在看，你最好看"]
    for p in ZH:
        assert got[p][0] == "body", got[p]


VI = BODY["vi"]
POLL = [
    "Bạn có ủng hộ việc cải tạo công viên?",
    "Có, rất cần thiết",
    "Không, tốn kém",
    "Bình chọn",
    "Xem kết quả",
]


def test_a_polls_buttons_are_navigation():
    got = classify_lines(
        ["Công viên trung tâm sắp được cải tạo", VI[0], VI[1], *POLL, VI[2], VI[3]]
    )
    for line in POLL:
        assert got[line][0] == "navigation", (line, got[line])
    for p in VI:
        assert got[p][0] == "body", got[p]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("vi", "Cử tri sẽ bình chọn phương án cuối cùng vào tháng tới, theo ban quản lý dự án."),
        ("zh", "市民可以在公众号阅读原文和设计图纸，并在月底前提交意见。"),
    ],
)
def test_a_sentence_with_the_words_stays_body(lang, line):
    b = BODY[lang]
    got = classify_lines([b[0], b[1], line, b[2], b[3]])
    assert got[line][0] == "body", got[line]
