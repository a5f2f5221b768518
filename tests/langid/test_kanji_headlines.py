"""Headlines in kanji only on a Japanese page.

A Japanese headline often drops its kana ("東京都知事選挙結果速報"); with
no kana the block's script is Han and the model can only call it Chinese.
A short one takes the page's language already; a longer one did not. It is
Japanese when it writes a kanji in a form only Japanese uses (挙, 総, 録,
駅 ...) and no character only Chinese writes; a Chinese line on the same
page stays Chinese. All text is written for this test.
"""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.langid import IdentifyLanguages
from newsline.model import Document

from .helpers import line_blocks

JA_BODY = (
    "政府は火曜日、干ばつの被害を受けた農家への支援策を決定し、一戸あたり最大十万円を支給する。",
    "大臣は、来週月曜日から各市町村の窓口で申請を受け付けると述べた。",
)


def lang_on_japanese_page(line: str) -> str | None:
    text = f"{JA_BODY[0]}\n{line}\n{JA_BODY[1]}\n"
    doc = Document(id="d", source="test", text=text, blocks=line_blocks(text))
    IdentifyLanguages()([doc], Counter())
    assert doc.lang == "ja"
    (lang,) = {b.lang for b in doc.blocks if doc.text[b.start : b.end] == line}
    return lang


@pytest.mark.parametrize(
    "line",
    [
        "県知事選挙結果速報　現職候補大差勝利",  # 県, 挙
        "首相官邸前抗議集会参加者数過去最多記録更新",  # 録
        "日銀総裁定例記者会見要旨全文公開",  # 総
        "新駅建設計画総事業費三千億円規模",  # 駅, 総, 円
    ],
)
def test_long_kanji_headline_is_japanese(line):
    assert lang_on_japanese_page(line) == "ja"


@pytest.mark.parametrize(
    "line",
    [
        # simplified Chinese: no Japanese form, and Chinese-only words
        "政府周二批准了一项针对受旱灾影响农民的援助计划，每户最多可获得一万元补贴",
        # traditional Chinese: no Japanese form
        "台北市長選舉結果出爐，執政黨候選人以大幅差距勝出",
        # a Chinese line that names a Japanese station still says "这" and "们"
        "这是我们第一次在东京駅附近采访当地的农民和他们的家人",
    ],
)
def test_chinese_line_on_a_japanese_page_stays_chinese(line):
    assert lang_on_japanese_page(line) == "zh"
