"""A Chinese site's licence or filing number under the article, the Latin
letters glued to the province's letter before them ("浙ICP备12345678号",
"京ICP证030173号"), is the footer: a Latin cue was looked for only as a
whole word, and Chinese writes no space around one, so the line was set
aside as a short line after the article. Pages written for this test in a
Chinese provincial portal's style."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines

ZH = BODY["zh"]


@pytest.mark.parametrize(
    "line",
    [
        "浙ICP备12345678号",
        "京ICP证030173号",
        "粤ICP备2021012345号-1",
        "京公网安备 11010502030143号",
    ],
)
def test_a_licence_number_glued_to_its_province_is_footer(line):
    got = classify_lines(["公园改造下月动工", *ZH, "关于我们 | 联系我们", line])
    assert got[line][0] == "footer", got[line]


def test_a_sentence_about_the_filing_stays_body():
    line = "工信部表示，所有网站都必须在上线前完成ICP备案，否则将被依法关闭。"
    got = classify_lines(["公园改造下月动工", ZH[0], ZH[1], line, ZH[2], ZH[3]])
    assert got[line][0] == "body", got[line]


def test_a_latin_word_inside_a_longer_latin_word_is_no_cue():
    # "cif" inside a word is no register's label
    line = "Precifica-se o custo das obras em dois milhões de reais, segundo a prefeitura."
    got = classify_lines([BODY["pt"][0], BODY["pt"][1], line, BODY["pt"][2], BODY["pt"][3]])
    assert got[line][0] == "body", got[line]
