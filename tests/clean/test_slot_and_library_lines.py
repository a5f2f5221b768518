"""Short lines between two paragraphs that a page's furniture puts there:
a picture library's credit alone ("Getty Images"), a paid placement's label
("Sponsored content"), a prompt to scroll on ("Scroll to continue"), a link
into a topic page ("点击进入专题"). None of them is a subheading of the
article. The same words inside a sentence stay body."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines


@pytest.mark.parametrize(
    "lang,line,label",
    [
        ("en", "Getty Images", "caption"),
        ("en", "Sponsored content", "navigation"),
        ("en", "Scroll to continue", "navigation"),
        ("zh", "点击进入专题", "navigation"),
        ("vi", "Nội dung tài trợ", "navigation"),
    ],
)
def test_furniture_line_between_paragraphs_is_set_aside(lang, line, label):
    out = classify_lines([*BODY[lang][:2], line, *BODY[lang][2:]])
    assert out[line][0] == label, out[line]


@pytest.mark.parametrize(
    "lang,line",
    [
        (
            "en",
            "The picture library Getty Images said it had removed the altered photo from its archive on Friday.",
        ),
        ("zh", "不少网友点击进入页面后发现，报名系统已经关闭，只能等待下一轮开放。"),
    ],
)
def test_the_words_inside_a_sentence_stay_body(lang, line):
    out = classify_lines([*BODY[lang][:2], line, *BODY[lang][2:]])
    assert out[line][0] == "body", out[line]
