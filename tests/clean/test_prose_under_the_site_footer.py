"""Prose under the site's footer (its copyright or imprint line) is the
footer's: the publisher's address, a licence sentence, "best viewed in …".
It was read as the article's last paragraphs when set-aside lines alone
stood between. A paragraph right after the article, with nothing set aside
between, stays body. Pages written for this test."""

from __future__ import annotations

from .helpers import BODY, classify_lines

UNDER_FOOTER = [
    (
        "Best viewed in a modern browser at a screen resolution of 1280 by 800 pixels or higher, "
        "with JavaScript turned on."
    ),
    (
        "The Lakeside Gazette is published by the Lakeside Media Cooperative, 14 Harbour Road, "
        "and is a member of the regional press council."
    ),
]


def test_prose_under_a_copyright_line_is_footer_en():
    lines = [
        "Council approves new sea wall",
        *BODY["en"],
        "Share this article",
        "Related stories",
        "Harbour ferry fares rise in June",
        "New lifeguard tower opens on the north beach",
        "© 2025 Lakeside Gazette. All rights reserved.",
        *UNDER_FOOTER,
    ]
    got = classify_lines(lines)
    assert all(got[p][0] == "body" for p in BODY["en"])
    assert [got[x][0] for x in UNDER_FOOTER] == ["footer", "footer"]


def test_prose_under_an_imprint_line_is_footer_zh():
    under = [
        "建议使用1920×1080分辨率、Chrome或Edge浏览器访问本站，以获得最佳浏览效果，谢谢支持。",
        "本网站所刊登的各种新闻、信息和各种专题专栏资料，均为本站版权所有，未经协议授权禁止下载使用。",
    ]
    lines = [
        "中心公园改造工程下月动工",
        *BODY["zh"],
        "相关新闻",
        "市区新增两条公交线路",
        "老旧小区改造完成过半",
        "主办单位：南岭市人民政府办公室　承办单位：南岭市大数据中心",
        *under,
    ]
    got = classify_lines(lines)
    assert all(got[p][0] == "body" for p in BODY["zh"])
    assert all(got[x][0] != "body" for x in under), [got[x] for x in under]
