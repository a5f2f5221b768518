"""A mobile page's closing links to the top of the page and to the site's
other layout ("Về đầu trang | Phiên bản máy tính", "返回首页 | 电脑版") are
navigation, also when the extractor's main text takes them in."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines, classify_page


@pytest.mark.parametrize(
    "lang,line",
    [
        ("vi", "Về đầu trang | Phiên bản máy tính"),
        ("vi", "Lên đầu trang - Phiên bản di động"),
        ("zh", "返回首页 | 电脑版"),
        ("zh", "回到顶部 触屏版"),
    ],
)
def test_top_and_layout_links_are_navigation(lang, line):
    out = classify_lines([*BODY[lang], line, "© 2025"])
    assert out[line][0] == "navigation", out[line]


def test_sentence_naming_a_layout_stays_body():
    line = "微信网页版将于下月停止服务，用户需要改用手机应用登录，官方表示此举是为了加强账号安全。"
    out = classify_lines([*BODY["zh"][:2], line, *BODY["zh"][2:]])
    assert out[line][0] == "body", out[line]


@pytest.mark.parametrize(
    "lang,links",
    [
        ("vi", "<a>Về đầu trang</a> | <a>Phiên bản máy tính</a>"),
        ("zh", "<a>返回首页</a> | <a>电脑版</a>"),
    ],
)
def test_mobile_page_closing_links_are_navigation(tmp_path, lang, links):
    paras = "<br><br>\n".join(BODY[lang])
    html = f"""<html><head><meta charset="utf-8"><title>Tin mới</title></head><body>
<a href="/">Trang chủ</a> - <a href="/x">Xã hội</a><br>
<b>Công viên trung tâm sẽ được cải tạo</b><br>
20/05/2025 14:05<br><br>
{paras}<br><br>
{links}<br>
© 2025</body></html>"""
    path = tmp_path / f"{lang}_mobile.html"
    path.write_text(html, encoding="utf-8")
    doc = classify_page(path)
    got = {doc.text[b.start : b.end]: b for b in doc.blocks}
    line = next(t for t in got if "|" in t and ("trang" in t or "版" in t))
    assert got[line].label == "navigation", got[line]
