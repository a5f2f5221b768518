"""A button's or link's words alone after the last paragraph ("转发此文",
"打印此文", "Print Story", "Haberi Paylaş") look like a name signing the
article (two to four Han letters, or capitalised words) and were labelled
the byline, which could name the page's author. A line holding a share,
print, comment or paging cue names an action, not a writer: it is chrome
after the article. A real name alone still signs it, and a one-letter
cue ("赞") inside a Chinese name does not count. Pages written for this test
in a Chinese forum's, an English tabloid's, a Spanish regional paper's and a
Turkish portal's styles."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, label_closing


@pytest.mark.parametrize(
    "lang,line",
    [
        ("zh", "转发此文"),
        ("zh", "打印此文"),
        ("zh", "分享此文"),
        ("zh", "收藏本文"),
        ("en", "Print Story"),
        ("es", "Compartir Noticia"),
        ("tr", "Haberi Paylaş"),
    ],
)
def test_a_button_after_the_last_paragraph_is_no_byline(lang, line):
    label, reasons = label_closing(BODY[lang], line)
    assert label != "byline", reasons
    assert label in ("navigation", "related"), reasons


@pytest.mark.parametrize(
    "lang,line",
    [("zh", "王小明"), ("zh", "李赞"), ("en", "Karen Holt"), ("es", "Lucía Martín")],
)
def test_a_name_alone_still_signs_the_article(lang, line):
    label, reasons = label_closing(BODY[lang], line)
    assert label == "byline", reasons


def test_a_sentence_about_forwarding_stays_body():
    zh = BODY["zh"]
    line = "这条视频在网上被大量转发，警方随后介入调查，并表示将依法处理相关人员。"
    label, reasons = label_closing(zh, line)
    assert label == "body", reasons
