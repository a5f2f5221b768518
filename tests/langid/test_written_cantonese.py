"""Written Cantonese keeps ``zh`` as its language (the stages after langid
read it as Chinese) and is noted as the variety ``yue``: the page in
``doc.meta["lang_variety"]``, its blocks in ``doc.meta["yue_blocks"]``. Near
misses: Standard Written Chinese with 的/了/是 and one stray 唔 in a quote,
a long standard report quoting one Cantonese sentence, Traditional
standard Chinese (關係, 電話). Pages written for this file; each positive
failed at 30b0814, which noted nothing."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.langid import IdentifyLanguages
from newsline.langid.cantonese import written_cantonese
from newsline.model import Document
from tests.langid.helpers import line_blocks

YUE_NEWS = (
    "天文台話今晚會改掛八號風球\n"
    "天文台今朝話，颱風喺香港東南面大約三百公里，預計今晚移近，佢哋會考慮改發八號烈風或暴風信號。"
    "市民而家應該執好窗門，唔好走近海邊。\n"
    "有巴士公司話，如果掛八號波，大部分路線會喺兩個鐘頭之後停駛，啲乘客要預早返屋企。\n"
)
ZH_NEWS = (
    "气象台发布台风黄色预警\n"
    "市气象台今天上午发布台风黄色预警信号，预计台风将于今晚在本市东南沿海登陆，"
    "最大风力可达十二级。气象部门提醒市民减少外出，远离海边。\n"
    "一位渔民对记者说：“唔好意思，我们的船已经全部回港了。”他表示，这是今年第三次台风。\n"
)
ZH_TRADITIONAL = (
    "颱風逼近 氣象局發布海上警報\n"
    "氣象局表示，颱風與東北季風的共伴效應關係密切，北部及東北部將有豪雨，"
    "民眾如遇緊急狀況可撥打電話通報。\n"
)


def identified(text: str) -> Document:
    doc = Document(id="d", source="test", text=text, blocks=line_blocks(text))
    IdentifyLanguages()([doc], Counter())
    return doc


def test_a_cantonese_report_is_zh_with_the_variety_yue():
    doc = identified(YUE_NEWS)
    assert doc.lang == "zh"
    assert all(b.lang == "zh" for b in doc.blocks)  # read as Chinese downstream
    assert doc.meta.get("lang_variety") == "yue"
    # the paragraphs; the headline's 話 and 會 are standard characters too
    assert doc.meta["yue_blocks"] == [[b.start, b.end] for b in doc.blocks[1:]]


def test_standard_chinese_with_one_stray_cantonese_word_in_a_quote_stays_zh():
    for text in (ZH_NEWS, ZH_TRADITIONAL):
        doc = identified(text)
        assert doc.lang == "zh"
        assert "lang_variety" not in doc.meta and "yue_blocks" not in doc.meta


def test_a_cantonese_paragraph_on_a_standard_page_is_noted_alone():
    para = "有街坊話佢哋已經喺超市買咗啲食物同水，今晚唔會出街。"
    text = ZH_NEWS + para + "\n"
    doc = identified(text)
    at = text.index(para)
    assert doc.meta.get("yue_blocks") == [[at, at + len(para)]]
    assert "lang_variety" not in doc.meta  # most of the page is standard Chinese


def test_one_cantonese_sentence_quoted_in_a_long_standard_paragraph_is_not_cantonese():
    quote = "“佢哋唔會再嚟。”"
    para = (
        "记者昨天走访了多个社区，发现居民普遍对新的垃圾分类政策表示支持。"
        "社区工作人员介绍，过去一个月里，居民的分类准确率从百分之四十提高到了百分之七十，"
        "厨余垃圾的回收量明显增加，有关部门计划在年底前把试点扩大到全市所有街道。"
        "一位来自香港的居民笑着说" + quote + "引得周围的人都笑了。"
    )
    from newsline.langid.cantonese import written_cantonese

    assert not written_cantonese(para)
    assert written_cantonese(quote)


def test_running_the_stage_twice_notes_the_variety_once():
    doc = identified(YUE_NEWS)
    IdentifyLanguages()([doc], Counter())
    assert doc.meta["lang_variety"] == "yue" and len(doc.meta["yue_blocks"]) == 2


@pytest.mark.parametrize("line", ["佢今日放假。", "食咗飯未？", "搵到啦！", "呢度冇位。"])
def test_a_short_line_with_one_dense_marker_is_cantonese(line):
    # a reply or caption too short to hold two different markers
    assert written_cantonese(line)


@pytest.mark.parametrize(
    "line",
    [
        "市民对新政策反应不一，有人表示「唔系咁简单」，但多数人仍然支持政府的做法。",
        "港府今日公布新一轮防疫措施，餐厅晚市堂食时间延长至午夜。",
        "他們昨天看了新聞。",
    ],
)
def test_one_marker_in_a_longer_standard_line_or_none_stays_zh(line):
    assert not written_cantonese(line)
