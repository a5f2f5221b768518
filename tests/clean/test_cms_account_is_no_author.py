"""A CMS account's login ("admin", "Administrator", "webmaster2") in a page's
author meta tag, its extractor metadata or its "Posted by" line is the
account that posted the page, not a writer: the page gets no author from
it. Pages written for this file (a recipe blog, a Spanish town site, an
Indonesian portal); a person's name that starts like one stays."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.clean import ClassifyBlocks, SegmentBlocks
from newsline.langid import IdentifyLanguages
from newsline.model import Document
from newsline.readers import read_path
from newsline.settings import Settings

pytest.importorskip("trafilatura")

BODY = (
    "<p>Las fiestas de la Virgen del Carmen llenaron ayer el puerto de barcas engalanadas "
    "y de vecinos que siguieron la procesión marítima desde el espigón.</p>"
    "<p>La cofradía de pescadores calcula que más de cuarenta embarcaciones participaron "
    "este año, diez más que en la edición anterior.</p>"
    "<p>El ayuntamiento reforzó el servicio de limpieza y de autobuses hasta la medianoche.</p>"
)


def _page(tmp_path, head: str, byline: str = "") -> Document:
    html = (
        f"<html lang='es'><head><meta charset='utf-8'><title>Fiestas del Carmen en el puerto</title>{head}</head>"
        f"<body><h1>Fiestas del Carmen en el puerto</h1>{byline}{BODY}</body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    (doc,) = read_path(str(path), Settings())
    for stage in (SegmentBlocks(), IdentifyLanguages(), ClassifyBlocks()):
        stage([doc], Counter())
    return doc


@pytest.mark.parametrize("login", ["admin", "Administrator", "webmaster2", "ADMIN"])
def test_an_account_in_the_author_tag_names_no_author(tmp_path, login):
    doc = _page(tmp_path, f"<meta name='author' content='{login}'>")
    assert doc.author is None, doc.author


def test_an_account_in_the_posted_by_line_still_names_no_author(tmp_path):
    # a guard: the byline path rejected it before (one word is no name)
    doc = _page(tmp_path, "", "<p class='meta'>Publicado por Admin</p>")
    assert doc.author is None, doc.author


@pytest.mark.parametrize("name", ["Admir Hadžić", "Rootvelt Andersen", "Marta Guest"])
def test_names_that_start_like_an_account_stay(tmp_path, name):
    doc = _page(tmp_path, f"<meta name='author' content='{name}'>")
    assert doc.author == name


def test_account_test_is_linear_on_long_input():
    from newsline.readers.html import cms_account_name

    for text in ("admin" + "1" * 100_000, "a" * 100_000, "admin " * 20_000):
        assert not cms_account_name(text)
