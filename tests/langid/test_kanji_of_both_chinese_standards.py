"""Session 32 (heldout11's misses): kanji-only Japanese headlines with no
form of the Japanese-only table read as Chinese. Japanese forms follow
neither Chinese standard: a line of six Han characters or more writing a
form only Simplified Chinese writes (国, 数, 写) and one only Traditional
Chinese writes (議, 過, 運), every character a kanji modern Japanese
writes, is Japanese. Chinese lines of one standard, and a Cantonese
interjection, stay Chinese.

All text is written for this test.
"""

from __future__ import annotations

import pytest

from newsline.langid.detect import _forms_of_one_standard, detect_language


@pytest.mark.parametrize(
    "line",
    ["国会 予算審議 難航", "日本代表 強化試合 国立競技場", "輸出額 過去最大 半導体", "国内線 運航停止 台風接近"],
)
def test_kanji_headline_of_both_standards_is_japanese(line):
    assert detect_language(line) == "ja"


@pytest.mark.parametrize(
    "line",
    [
        "中国国会议员访问日本",
        "國會預算審議延長",
        "上海新冠确诊人数创新高",
        "台北市長選舉結果出爐",
        "数学競賽 台北舉行",
        "香港樓價連跌三個月",
        "唔該晒！",
    ],
)
def test_chinese_of_one_standard_stays_chinese(line):
    assert detect_language(line) in ("zh", "yue")


def test_forms_of_one_standard():
    simplified_only, traditional_only = _forms_of_one_standard()
    assert "数" in simplified_only and "國" in traditional_only
    # 台 is Simplified and Traditional alike: neither standard's alone
    assert "台" not in simplified_only and "台" not in traditional_only
