"""Whole invented pages in site styles the rule tests do not cover, read by the
reader and labelled by the real stages (segment, langid, classify).

The pages live in ``tests/clean/pages/`` (invented text, invented sites)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsline.clean.stages import headline_in_page_title
from newsline.model import Document
from newsline.settings import Settings

from .helpers import classify_page

pytest.importorskip("trafilatura")

PAGES = Path(__file__).parent / "pages"
S = Settings()


def _page(name: str) -> Document:
    return classify_page(PAGES / name)


def _labels(doc: Document) -> dict[str, str]:
    return {doc.text[b.start : b.end]: b.label for b in doc.blocks}


def test_amp_page_headline_is_the_title_not_the_site_name():
    # <title> is "Headline | Site" and the site's name is also a line of its
    # own (the masthead link) before the headline: the headline is the title
    doc = _page("en_amp.html")
    labels = _labels(doc)
    assert labels["Harbor City council approves $40 million flood wall"] == "title"
    assert labels["The Coastal Ledger"] != "title"
    assert doc.title == "Harbor City council approves $40 million flood wall"
    assert doc.meta["page_title"].endswith("| The Coastal Ledger")


def test_portal_title_loses_section_and_site_suffix():
    # Chinese portals: "标题_栏目_网站" in <title>, no og:title
    doc = _page("zh_portal.html")
    assert doc.encoding == "gb18030"
    assert doc.title == "青石市启用新型污水处理厂 日处理能力达二十万吨"


@pytest.mark.parametrize(
    "page_title,headline,expected",
    [
        ("Headline of the day | Site", "Headline of the day", "Headline of the day"),
        ("Site » Headline of the day", "Headline of the day", "Headline of the day"),
        ("标题内容很长的新闻_新闻中心_网站", "标题内容很长的新闻", "标题内容很长的新闻"),
        # the page title goes on without a separator: a longer headline, kept
        ("Council approves tram extension after debate", "Council approves tram extension", None),
        ("Same headline here", "Same headline here", None),
        ("Unrelated | Site", "Something else entirely", None),
    ],
)
def test_headline_in_page_title(page_title, headline, expected):
    assert headline_in_page_title(page_title, headline) == expected


def test_author_name_closing_the_article_is_a_byline_despite_footer_prose():
    # Vietnamese portals close the article with the author's name alone on a
    # line, then share buttons, tags, related lists and a footer sentence
    # ("Ghi rõ nguồn ... khi phát hành lại ..."): that footer prose must not
    # stop the name from being the byline
    doc = _page("vi_portal.html")
    labels = _labels(doc)
    assert labels["Nguyễn Thị Lan"] == "byline"
    assert labels["Tin liên quan"] == "related"
    assert labels["Cầu Sông Lam mới nhìn từ bờ Nam. Ảnh: Trần Văn Hòa"] == "caption"


def test_short_list_heading_after_the_article_is_not_a_byline():
    # a four-character Chinese heading over a list of headlines looks like a
    # name; the list under it makes it the list's heading
    doc = _page("zh_portal.html")
    labels = _labels(doc)
    assert labels["热点推荐"] == "related"
    assert labels["（责任编辑：赵丽）"] == "byline"
    assert labels["东海省今年粮食产量再创新高"] == "related"


def test_title_case_list_heading_after_the_article_is_not_a_byline():
    # plain text, no cue word: a Title Case line heading a run of headlines
    from .helpers import BODY_EN, classify_lines

    heading = "Around The Valley"
    heads = [
        "Bus fares to rise in April across the county",
        "New bike lanes open on Main Street this week",
        "Station car park to close for three months",
    ]
    out = classify_lines([*BODY_EN, heading, *heads, "© 2024 Valley Herald. All rights reserved."])
    assert out[heading][0] != "byline", out[heading]
    assert all(out[h][0] == "related" for h in heads)


def test_masthead_above_the_headline_is_not_body():
    # an old table-less page: masthead in <center>, paragraphs separated by
    # <br><br>; trafilatura's main text starts at the top of the page
    doc = _page("en_brbr.html")
    labels = _labels(doc)
    assert labels["THE ISLAND GAZETTE"] == "navigation"
    assert labels["Ferry service to Gull Island resumes after repairs"] == "title"
    body = [doc.text[b.start : b.end] for b in doc.blocks if b.label == "body"]
    assert len(body) == 5 and body[0].startswith("Ferry service between Port Ainsley")
    assert body[-1].endswith("starting June 15.")


def test_caption_closed_by_a_name_slash_outlet_credit():
    # AMP page: <amp-img> then a <p> caption ending "(Photographer / Outlet)"
    doc = _page("en_amp.html")
    line = (
        "Workers survey the waterfront near Pier 9 on Tuesday. "
        "(Dana Whitcombe / The Coastal Ledger)"
    )
    assert _labels(doc)[line] == "caption"


@pytest.mark.parametrize(
    "line,caption",
    [
        ("Firefighters work at the scene on Monday. (Jane Roe/AP)", True),
        ("The new bridge at dusk (AP/John Q. Smith)", True),
        # a poll or a pair of places is not a credit
        ("Support for the plan has grown since spring (Reuters/Ipsos)", False),
        ("The port authority runs both terminals (New York/New Jersey).", False),
    ],
)
def test_slash_credit(line, caption):
    from newsline.clean.classify import _slash_credit

    assert bool(_slash_credit(line)) is caption
