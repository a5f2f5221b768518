"""Prompts to read on in the site's app (invented lines): "打开APP阅读全文",
"Continue reading in the app", "Đọc tiếp trên ứng dụng". Short, between two
paragraphs, they passed for the article's subheadings."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines, label_between


@pytest.mark.parametrize(
    "lang,line",
    [
        ("zh", "打开APP阅读全文"),
        ("zh", "打开新闻客户端 查看精彩图片"),
        ("en", "Open in app"),
        ("en", "Continue reading in the app"),
        ("en", "Read the full story in our app"),
        ("vi", "Đọc tiếp trên ứng dụng"),
    ],
)
def test_app_prompt_between_paragraphs_is_navigation(lang, line):
    b = BODY[lang]
    out = classify_lines([b[0], b[1], line, b[2], b[3]])
    assert out[line][0] == "navigation", out[line]
    assert all(out[p][0] == "body" for p in b), [out[p] for p in b]


@pytest.mark.parametrize(
    "lang,line",
    [
        (
            "en",
            "The bank said customers should open the app to check their balance before travelling.",
        ),
        (
            "vi",
            "Ngân hàng khuyến cáo khách hàng mở ứng dụng để kiểm tra số dư trước khi chuyển tiền.",
        ),
    ],
)
def test_sentences_about_apps_stay_body(lang, line):
    got = label_between(BODY[lang], line)
    assert got[0] == "body", got
