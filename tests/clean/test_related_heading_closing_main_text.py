"""A related-list heading the extractor's main text takes in after the
article's last paragraph ("延伸閱讀" and a headline under it) opens a list
of teasers: the headline is related, not the article's last line and not a
writer's name (two long Han phrases are no name)."""

from __future__ import annotations

from newsline.clean.features import line_features, looks_like_name

from .helpers import BODY, classify_page

TEASER = "輕軌環狀線全線通車 首月運量破百萬"


def test_teaser_under_a_related_heading_at_the_end_of_the_main_text(tmp_path):
    paras = "".join(f"<p>{p}</p>" for p in BODY["zh"])
    html = f"""<html><head><meta charset="utf-8"><title>中心公園改造下月動工｜地方新聞｜港都日報</title></head>
<body><div>首頁 > 地方新聞 > 高雄</div><h1>中心公園改造下月動工</h1>
<div>記者黃志明／高雄報導　2025年4月8日 上午10:30</div>{paras}
<p>延伸閱讀</p><p>{TEASER}</p><div>港都日報 版權所有 翻印必究</div></body></html>"""
    path = tmp_path / "zh_tw_related.html"
    path.write_text(html, encoding="utf-8")
    doc = classify_page(path)
    got = {doc.text[b.start : b.end]: b for b in doc.blocks}
    assert got[TEASER].label == "related", got[TEASER]
    assert all(got[p].label == "body" for p in BODY["zh"])


def test_long_han_phrases_are_no_name():
    assert not looks_like_name(line_features(0, TEASER), 4, 40)
    assert looks_like_name(line_features(0, "林雅婷 王小明"), 4, 40)
