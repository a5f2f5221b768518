"""A stamp line that opens with the byline's cue and the writers before a
space ("记者 张丽 王强　更新时间：2025-05-03 17:45") names its writers: the
line is a stamp (metadata), and only a cue followed by a colon or an
English-like one-word cue was looked for inside such lines, so the page had
no author (metadata heldout7's n03). Pages written for this test."""

from __future__ import annotations

import pytest

from tests.stages_through import read_through


def _author(tmp_path, lang: str, headline: str, stamp: str, paras: list[str]) -> str | None:
    html = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title>'
        f"</head><body><div class='nav'>首页 | 新闻 | 社会</div><div class='article'><h1>{headline}</h1>"
        f"<div class='info'>{stamp}</div>"
        + "".join(f"<p>{p}</p>" for p in paras)
        + "</div></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return read_through(path, "classify").author


PARAS = [
    "今年春耕前，全县已有四百多台播种机完成检修，农机合作社还开通了二十四小时维修热线，保证农忙时节随叫随到。",
    "“以前机器坏了要等好几天，现在一个电话，师傅半天就到。”种粮大户刘建军说。",
    "据县农业农村局介绍，今年全县计划播种小麦和玉米共计三十二万亩，比去年增加一万五千亩。",
]


@pytest.mark.parametrize(
    ("stamp", "want"),
    [
        ("记者 孙悦 高明远　发布时间：2024-03-18 09:20", {"孙悦", "高明远"}),
        ("记者 孙悦　2024-03-18 09:20　来源：平原日报", {"孙悦"}),
    ],
)
def test_writers_opening_a_stamp_line_are_the_authors(tmp_path, stamp, want):
    got = _author(tmp_path, "zh-CN", "全县四百多台播种机完成检修 春耕准备就绪", stamp, PARAS)
    assert got is not None and {p.strip() for p in got.split(";")} == want, got


def test_a_stamp_line_without_a_byline_cue_names_no_author(tmp_path):
    got = _author(
        tmp_path,
        "zh-CN",
        "全县四百多台播种机完成检修 春耕准备就绪",
        "发布时间：2024-03-18 09:20　来源：平原日报",
        PARAS,
    )
    assert got is None, got
