"""A kanji-only Japanese headline with only one Japanese form in it.

A headline with one kanji in ten or more in a form only Japanese writes (県,
鉄, 円) was Japanese already; one with fewer ("大雪警報 新潟県内交通網混乱":
one in twelve) read as Chinese. With fewer, the line is Japanese when every
other character is one modern Japanese writes: a kanji of JIS X 0208 and no
old form Japanese replaced. A Chinese line naming a Japanese paper or
station writes a Simplified form outside that set (报, 贬) or a Traditional
form Japanese replaced (發, 顯, 會), and stays Chinese; a Simplified form
says Chinese however dense the Japanese forms ("日本経済新聞报道日元贬值"
read as Japanese). All text is written for this test.
"""

from __future__ import annotations

import pytest

from newsline.langid.detect import detect_language

from .helpers import lang_alone


@pytest.mark.parametrize(
    "line",
    [
        "大雪警報 新潟県内交通網混乱",  # 県, one in twelve
        "円安加速 輸出関連企業業績上振",  # 円, 関
        "春闘 賃上率 過去最高水準",  # 闘
        "衆院解散 来月総選挙投票日決定後初論戦",  # 総, 挙
        "地下鉄全線運休 首都圏通勤客混乱続出",  # 鉄, 圏, 続
    ],
)
def test_headline_with_one_japanese_form_is_japanese(line):
    assert detect_language(line) == "ja"


def test_such_a_headline_as_a_page_of_its_own():
    assert lang_alone("大雪警報 新潟県内交通網混乱") == "ja"


@pytest.mark.parametrize(
    "line",
    [
        # Simplified Chinese naming a Japanese paper: 报, 贬 are no Japanese
        # kanji (two forms in twelve: dense enough alone, it read as Japanese)
        "日本経済新聞报道日元贬值",
        "据日経平均指数报道股市下跌",
        # Traditional Chinese naming a Japanese ministry, one form in many:
        # 發, 顯, 會 are forms Japanese replaced
        "日本経産省發表報告顯示出口連續三個月下滑",
        "東京都庁舉行記者會 宣佈新措施",
        # no Japanese form at all
        "行政院會通過國防預算特別條例",
        "国务院常务会议部署稳就业措施",
        "港股收市急跌逾五百點",
    ],
)
def test_chinese_line_with_or_without_a_japanese_form_stays_chinese(line):
    assert detect_language(line) == "zh"
