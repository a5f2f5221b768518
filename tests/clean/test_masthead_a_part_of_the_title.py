"""A page's <title> is "Headline - Site" and its masthead is the site's
name alone, while the headline on the page is longer than the title's
part of it. In a script written without spaces (Thai, Chinese, Japanese)
the headline shares no run of words with the title (it is one or two
"words"), so the masthead, wholly inside the title, was taken for the
headline and the headline set aside as text before the article. A line
that is one of the title's other parts (the site's or the section's name)
is no headline; the page's sole <h1> is. A page whose title is the
headline alone keeps it; a spaced headline sharing a run still wins.
Pages written for this test (benchmarks/bundle_check.py --set bundle6
found it on a Thai portal)."""

from __future__ import annotations

import pytest

from .helpers import BODY_EN, BODY_JA, BODY_TH, BODY_ZH, classify_page

pytest.importorskip("trafilatura")


def _page(tmp_path, lang, title, masthead, h1, body):
    paras = "".join(f"<p>{p}</p>" for p in body)
    html = (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f'<div id="top"><a href="/" class="brand">{masthead}</a></div>'
        '<ul><li><a href="/">1</a></li><li><a href="/a">2</a></li></ul>'
        f'<div id="news"><h1>{h1}</h1>{paras}</div>'
        '<div id="foot">2025</div></body></html>'
    )
    path = tmp_path / "page.html"
    path.write_text(html, "utf-8")
    doc = classify_page(path)
    return {b.text_of(doc): b for b in doc.blocks}


@pytest.mark.parametrize(
    ("lang", "short", "h1", "site", "body"),
    [
        (
            "th",
            "น้ำท่วมอำเภอเมืองอุบลฯ",
            "น้ำท่วมอำเภอเมืองอุบลฯ สูงเกินหนึ่งเมตร ชาวบ้านอพยพขึ้นที่สูงกว่าสองพันครัวเรือน",
            "ข่าวภาคอีสานออนไลน์",
            BODY_TH,
        ),
        (
            "zh",
            "古城墙下春日花市今日开市迎客",
            "古城墙下春日花市今日开市迎客 三百摊位迎来首批游客",
            "江南古城晚报网站",
            BODY_ZH,
        ),
        (
            "ja",
            "港町の花火大会が四年ぶりに復活",
            "港町の花火大会が四年ぶりに復活 二万人が夜空を見上げる",
            "みなと日日新聞デジタル",
            BODY_JA,
        ),
    ],
)
def test_the_masthead_is_not_the_headline(tmp_path, lang, short, h1, site, body):
    blocks = _page(tmp_path, lang, f"{short} - {site}", site, h1, body)
    assert blocks[h1].label == "title", blocks[h1].reasons
    assert blocks[site].label != "title", blocks[site].reasons


def test_a_spaced_headline_sharing_a_run_still_wins(tmp_path):
    short = "Old mill on the river reopens as a museum"
    h1 = "The old mill on the river reopens as a museum after ten years"
    site = "The Riverside Evening Gazette"
    blocks = _page(tmp_path, "en", f"{short} | {site}", site, h1, BODY_EN)
    assert blocks[h1].label == "title", blocks[h1].reasons
    assert blocks[site].label != "title"
