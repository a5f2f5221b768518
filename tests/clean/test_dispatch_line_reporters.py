"""A Chinese paper names its reporters only in the dispatch line opening
the lead ("本报讯（记者 孙慧敏 通讯员 赵凯）…"), found by
benchmarks/data/meta/heldout2 (the page there had no byline line and its
JSON-LD author was the paper). The lines here are written for this file:
the reporters are the authors, the correspondents, interns and
photographers after a role word are not; a lead with no reporter in its
dispatch line names no one."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.clean import ClassifyBlocks, SegmentBlocks
from newsline.clean.html import dispatch_reporters
from newsline.model import Document

from .test_byline_fields_and_site_name import _page

_REST = (
    "据介绍，大桥全长两千四百米，设双向六车道，并在两侧设置了人行道和自行车道。\n"
    "交通部门提醒市民，通车初期部分路口将实行临时交通管制，请市民提前规划出行路线。"
)


def _lead_doc(lead: str) -> Document:
    text = "跨江大桥今天正式通车\n" + lead + "\n" + _REST
    doc = Document(id="t", source="test", text=text, lang="zh")
    SegmentBlocks()([doc], Counter())
    ClassifyBlocks()([doc], Counter())
    return doc


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        (
            "新华社杭州4月2日电（记者 王晓明、李华）连接城东和城西的跨江大桥今天上午正式通车，预计每天可分流车辆三万余辆。",
            "王晓明; 李华",
        ),
        (
            "本报讯（记者 陈立 实习生 周佳）连接城东和城西的跨江大桥今天上午正式通车，预计每天可分流车辆三万余辆。",
            "陈立",
        ),
        (
            "本报讯（记者陈立 通讯员刘洋）连接城东和城西的跨江大桥今天上午正式通车，预计每天可分流车辆三万余辆。",
            "陈立",
        ),
    ],
)
def test_the_dispatch_lines_reporters_are_read(lead, want):
    assert dispatch_reporters(_lead_doc(lead)) == want


@pytest.mark.parametrize(
    "lead",
    [
        "本报讯 连接城东和城西的跨江大桥今天上午正式通车，预计每天可分流车辆三万余辆，记者从市交通局获悉。",
        "连接城东和城西的跨江大桥今天上午正式通车（记者 陈立），预计每天可分流车辆三万余辆。",
    ],
)
def test_a_lead_without_a_reporter_in_its_dispatch_line_names_no_one(lead):
    assert dispatch_reporters(_lead_doc(lead)) is None


def test_a_page_without_a_byline_takes_the_dispatch_lines_reporter(tmp_path):
    doc = _page(
        tmp_path,
        "zh",
        "<title>跨江大桥今天正式通车_东岳日报</title>",
        "<h1>跨江大桥今天正式通车</h1>",
        "东岳日报社版权所有",
        "<p>本报讯（记者 陈立 通讯员 刘洋）连接城东和城西的跨江大桥今天上午正式通车，"
        "预计每天可分流车辆三万余辆。</p>"
        "<p>据介绍，大桥全长两千四百米，设双向六车道，并在两侧设置了人行道和自行车道。</p>"
        "<p>交通部门提醒市民，通车初期部分路口将实行临时交通管制。</p>",
    )
    assert doc.author == "陈立", (doc.author, doc.meta.get("author_from"))
