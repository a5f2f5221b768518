"""A Chinese headline of ten characters or so is a whole headline: on an
HTML page whose <title> is "headline_section_site" it is the title, and the
document's title loses the section and the site's name."""

from __future__ import annotations

from .helpers import BODY, classify_page


def _page(tmp_path, headline: str, page_title: str):
    paras = "<br><br>\n".join(BODY["zh"])
    html = f"""<html><head><meta charset="utf-8"><title>{page_title}</title></head><body>
<a href="/">首页</a> | <a href="/news">新闻</a> | <a href="/m">手机版</a><br>
<b>{headline}</b><br>
2025-06-18 09:12 来源：江城晚报<br><br>
{paras}<br><br>
（编辑：李明）<br>
<a href="/prev">上一篇</a> <a href="/next">下一篇</a><br>
江城在线 版权所有
</body></html>"""
    path = tmp_path / "zh_short_headline.html"
    path.write_text(html, encoding="utf-8")
    doc = classify_page(path)
    return doc, {doc.text[b.start : b.end]: b for b in doc.blocks}


def test_short_chinese_headline_in_the_page_title_is_the_title(tmp_path):
    headline = "中心公园改造下月动工"
    doc, got = _page(tmp_path, headline, f"{headline}_本地新闻_江城在线")
    assert got[headline].label == "title", got[headline]
    assert doc.title == headline


def test_site_name_alone_is_not_the_title(tmp_path):
    headline = "中心公园改造下月动工"
    doc, got = _page(tmp_path, headline, f"{headline}_本地新闻_江城在线")
    assert got["江城在线 版权所有"].label != "title"
    assert sum(1 for b in doc.blocks if b.label == "title") == 1
