"""A kanji-only Japanese headline on its own, or on a page of another language.

With no kana its script is Han, which used to make it Chinese whatever it
wrote; only on a Japanese page did the page's language rescue it. Kanji in
forms only Japanese writes (県, 総, 鉄, 労働 ...), at least one character in
ten, and no character only Chinese writes, make it Japanese anywhere.
Chinese lines, simplified or traditional, and a Chinese paragraph naming one
Japanese company, stay Chinese. All text is written for this test.
"""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.langid import IdentifyLanguages
from newsline.langid.detect import detect_language, detect_spans
from newsline.model import Block, Document

JA_KANJI_ONLY = [
    "県議会議員選挙",  # 県, 挙
    "労働組合総会",  # 労, 働, 総
    "鉄道運賃値上",  # 鉄
    "大雪警報発令",  # 発
]


@pytest.mark.parametrize("line", JA_KANJI_ONLY)
def test_kanji_only_headline_alone_is_japanese(line):
    assert detect_language(line) == "ja"
    assert [lang for _, _, lang in detect_spans(line)] == ["ja"]


def test_kanji_only_headline_as_a_page_of_its_own():
    line = JA_KANJI_ONLY[0]
    doc = Document(id="d", source="test", text=line, blocks=[Block(0, len(line))])
    IdentifyLanguages()([doc], Counter())
    assert doc.lang == "ja"
    assert doc.blocks[0].lang == "ja"


@pytest.mark.parametrize(
    "line",
    [
        "国务院召开常务会议部署防汛工作",  # simplified, no Japanese form
        "縣議會議員選舉結果出爐",  # traditional forms of the same words
        "县议会议员选举",  # simplified forms of the same words
        # a Chinese paragraph naming one Japanese newspaper: one form in many
        "据日本経済新聞报道，日本央行周二宣布维持利率不变，市场普遍预期今年晚些时候将加息。",
        # a Japanese form beside a character only Chinese writes
        "他们的総部",
    ],
)
def test_chinese_lines_stay_chinese(line):
    assert detect_language(line) == "zh"
