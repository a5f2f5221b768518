"""A page whose markup names no site (no og:site_name, no microdata
publisher) but which has a canonical URL: the extractor falls back on the
URL's host ("harbourpost.example") for the site's name. Where the page
names its site in words (the page title's part after the headline, the
copyright line), that name is the site's; the host is kept only for a page
that names its site nowhere.

Pages written for this test (heldout6 of benchmarks/data/meta missed m03
and m10 this way)."""

from __future__ import annotations

import pytest

from .helpers import BODY_ES, BODY_TH, BODY_ZH
from .helpers import html_article_page as _doc

pytest.importorskip("trafilatura")


@pytest.mark.parametrize(
    ("lang", "title", "h1", "site", "url", "body"),
    [
        (
            "es",
            "Reabre el mercado de abastos tras dos años de obras — Heraldo del Jiloca",
            "Reabre el mercado de abastos tras dos años de obras",
            "Heraldo del Jiloca",
            "https://www.heraldojiloca.example/2025/03/04/mercado/",
            BODY_ES,
        ),
        (
            "zh",
            "江北新区首条有轨电车线路开通运营 | 江北在线",
            "江北新区首条有轨电车线路开通运营",
            "江北在线",
            "https://jiangbeizaixian.example/news/2025/06/01/c_1.html",
            BODY_ZH,
        ),
        (
            "th",
            "ลำปางเปิดสวนสาธารณะริมแม่น้ำวังแห่งใหม่ - ลำปางโพสต์",
            "ลำปางเปิดสวนสาธารณะริมแม่น้ำวังแห่งใหม่",
            "ลำปางโพสต์",
            "https://lampangpost.example/local/park",
            BODY_TH,
        ),
    ],
)
def test_the_title_part_names_the_site_not_the_urls_host(
    tmp_path, lang, title, h1, site, url, body
):
    doc = _doc(
        tmp_path,
        lang,
        f'<title>{title}</title><link rel="canonical" href="{url}">',
        f"<h1>{h1}</h1>",
        body,
    )
    assert doc.sitename == site
    assert doc.title == h1


def test_the_copyright_line_names_the_site_not_the_urls_host(tmp_path):
    h1 = BODY_ES[0].split(",")[0][:60]
    doc = _doc(
        tmp_path,
        "es",
        f'<title>{h1}</title><link rel="canonical" href="https://elfaro.example/a/1">',
        f"<h1>{h1}</h1>",
        BODY_ES,
        "<footer><p>© 2025 El Faro del Moncayo. Todos los derechos reservados.</p></footer>",
    )
    assert doc.sitename == "El Faro del Moncayo"


def test_a_page_naming_its_site_nowhere_keeps_the_host(tmp_path):
    h1 = BODY_ES[0].split(",")[0][:60]
    doc = _doc(
        tmp_path,
        "es",
        f'<title>{h1}</title><link rel="canonical" href="https://www.elfaro.example/a/1">',
        f"<h1>{h1}</h1>",
        BODY_ES,
    )
    assert doc.sitename == "elfaro.example"
    assert doc.meta["sitename_from"] == "the page's domain"
