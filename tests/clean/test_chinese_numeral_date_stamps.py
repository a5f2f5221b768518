"""A publish stamp whose date is written in Chinese numerals, the year numeral
by numeral ("二〇二五年三月十四日"), then the outlet ("来源：…"): the numerals
were counted as letters, the line was too wordy for a stamp and its source
label made it a photo credit (caption), so the page had no publication day
and its year-less days ("14日") were dated against nothing. Lines written for
these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.dates import ResolveDates
from newsline.model import Block, Document

from .helpers import BODY, classify_lines

STAMPS = [
    "二〇二五年三月十四日 09:05　來源：港島日報",
    "二零二四年十一月二日　来源：江城商报",
    "二〇二三年十月八日 21:40 来源：北岸新闻网 作者：李文",
]


@pytest.mark.parametrize("line", STAMPS)
def test_a_stamp_in_chinese_numerals_is_metadata(line):
    out = classify_lines(["市政府启动老旧小区改造工程 涉及三万户居民", line, *BODY["zh"]])
    assert out[line][0] == "metadata", out[line]
    assert all(out[p][0] == "body" for p in BODY["zh"])


def test_a_sentence_opening_on_such_a_date_is_body():
    line = "二〇二五年三月十四日，市政府宣布启动老旧小区改造工程，预计年底前完工，涉及居民三万户。"
    out = classify_lines([*BODY["zh"][:2], line, *BODY["zh"][2:]])
    assert out[line][0] == "body", out[line]


def test_the_stamp_gives_the_publication_day():
    lines = [
        "二〇二五年三月十四日 09:05　來源：港島日報",
        "市政府14日宣布啟動舊區改造工程，涉及三萬戶居民。",
    ]
    out = classify_lines(lines)
    text = "\n".join(lines)
    blocks, pos = [], 0
    for line in lines:
        blocks.append(Block(pos, pos + len(line), out[line][0], "zh"))
        pos += len(line) + 1
    doc = Document(id="d", source="s", text=text, lang="zh", blocks=blocks)
    ResolveDates()([doc], Counter())
    assert doc.published == "2025-03-14"
