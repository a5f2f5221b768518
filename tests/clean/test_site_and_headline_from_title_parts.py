"""Metadata from a page's title and copyright line, in shapes that missed:

* the copyright line with the years after the holder ("© Le Petit Rhône
  2025", "© Gazeta Serrana 2012-2025"): the years are no part of the name;
* a page title of the site's name alone (og:title and <title> both
  "Site"): the masthead holds it, the headline is the page's <h1>;
* a page title "Headline | Section | Site" or "标题_频道_站名" on a page with
  no og:site_name and no copyright line: its last part names the site;
* a Japanese byline joining the desk to the writer with "・" ("社会部・山田
  太郎記者"): the desk is no part of the name (a surname ending in 部 is).

Pages written for this test."""

from __future__ import annotations

import pytest

from newsline.clean.html import author_name

from .helpers import BODY_ES, BODY_FR, BODY_PT, BODY_TH, BODY_ZH
from .helpers import html_article_page as _doc

pytest.importorskip("trafilatura")


@pytest.mark.parametrize(
    ("lang", "notice", "site", "body"),
    [
        ("fr", "© Le Petit Rhône 2025", "Le Petit Rhône", BODY_FR),
        ("pt", "© Gazeta Serrana 2012-2025", "Gazeta Serrana", BODY_PT),
    ],
)
def test_years_after_the_copyright_holder_are_no_part_of_the_site(
    tmp_path, lang, notice, site, body
):
    h1 = body[0].split(",")[0][:60]
    doc = _doc(
        tmp_path,
        lang,
        f"<title>{h1}</title>",
        f"<h1>{h1}</h1>",
        body,
        f"<footer><p>{notice}</p></footer>",
    )
    assert doc.sitename == site


def test_a_page_title_of_the_site_alone_leaves_the_headline_to_the_h1(tmp_path):
    site = "ลำปางโพสต์"
    h1 = "ลำปางเปิดสวนสาธารณะริมแม่น้ำวังแห่งใหม่ รองรับนักท่องเที่ยวช่วงฤดูหนาว"
    doc = _doc(
        tmp_path,
        "th",
        f'<title>{site}</title><meta property="og:title" content="{site}">'
        f'<meta property="og:site_name" content="{site}">',
        f'<div class="logo">{site}</div><h1>{h1}</h1>',
        BODY_TH,
    )
    assert doc.title == h1
    (logo,) = [b for b in doc.blocks if b.text_of(doc) == site]
    assert logo.label != "title"


@pytest.mark.parametrize(
    ("lang", "title", "h1", "site", "body"),
    [
        (
            "es",
            "Reabre el mercado de abastos tras dos años de obras | Ciudad | Heraldo del Jiloca",
            "Reabre el mercado de abastos tras dos años de obras",
            "Heraldo del Jiloca",
            BODY_ES,
        ),
        (
            "zh",
            "江北新区首条有轨电车线路开通运营_交通频道_江北在线",
            "江北新区首条有轨电车线路开通运营",
            "江北在线",
            BODY_ZH,
        ),
    ],
)
def test_the_last_part_of_a_headline_section_site_title_names_the_site(
    tmp_path, lang, title, h1, site, body
):
    doc = _doc(tmp_path, lang, f"<title>{title}</title>", f"<h1>{h1}</h1>", body)
    assert doc.sitename == site
    assert doc.title == h1


def test_a_page_title_whose_first_part_is_no_headline_names_no_site(tmp_path):
    doc = _doc(
        tmp_path,
        "es",
        "<title>Portada | Noticias | Heraldo del Jiloca</title>",
        "<h1>Reabre el mercado de abastos tras dos años de obras</h1>",
        BODY_ES,
    )
    assert doc.sitename != "Heraldo del Jiloca"


@pytest.mark.parametrize(
    ("line", "writer"),
    [
        ("社会部・山田太郎記者", "山田太郎"),
        ("政治部・佐々木 里奈記者", "佐々木 里奈"),
        ("阿部・田中", "阿部・田中"),  # a surname ending in 部 is no desk
    ],
)
def test_a_desk_joined_to_the_writer_by_a_middle_dot(line, writer):
    assert author_name(line, "ja") == writer
