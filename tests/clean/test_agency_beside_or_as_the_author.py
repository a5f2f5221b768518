"""A news agency is where a story comes from, no writer:

* the agency alone in the author's place (a microdata or meta author
  "TTXVN", "AFP"): the page credits no person;
* the agency after the writer's name ("By Daniel Okafor, Reuters", "Por
  Ana Ruiz (EFE)", "Von Lena Vogt / dpa"): the writer is the name before it.

Pages and bylines written for this test (heldout6 of benchmarks/data/meta
missed m02 and m10 this way)."""

from __future__ import annotations

import pytest

from newsline.clean.html import author_name, without_trailing_agency

from .helpers import BODY_FR, BODY_VI
from .helpers import html_article_page as _doc

pytest.importorskip("trafilatura")


@pytest.mark.parametrize(
    ("raw", "lang", "want"),
    [
        ("By Daniel Okafor, Reuters", "en", "Daniel Okafor"),
        ("Por Ana Ruiz (EFE)", "es", "Ana Ruiz"),
        ("Von Lena Vogt / dpa", "de", "Lena Vogt"),
        ("Par Claire Morel - AFP", "fr", "Claire Morel"),
    ],
)
def test_the_agency_after_the_writer_is_no_part_of_the_name(raw, lang, want):
    assert author_name(raw, lang) == want


@pytest.mark.parametrize(
    ("author", "want"),
    [
        ("Daniel Okafor, Reuters", "Daniel Okafor"),
        ("Ana Ruiz (EFE); Luis Soto, AP", "Ana Ruiz; Luis Soto"),
        # no agency after the name: nothing to take away
        ("Ana Ruiz, Sevilla", None),
        ("Reuters", None),
    ],
)
def test_without_trailing_agency(author, want):
    assert without_trailing_agency(author) == want


def test_a_microdata_author_that_is_an_agency_names_no_writer(tmp_path):
    h1 = "Hà Giang thông xe đèo sau ba ngày khắc phục sạt lở"
    doc = _doc(
        tmp_path,
        "vi",
        f"<title>{h1} - Báo Vùng Cao</title>",
        f'<h1>{h1}</h1><div itemprop="author" itemscope itemtype="https://schema.org/Organization">'
        '<span itemprop="name">TTXVN</span></div>',
        BODY_VI,
    )
    assert doc.author is None


def test_a_meta_author_that_is_an_agency_names_no_writer(tmp_path):
    h1 = BODY_FR[0].split(",")[0][:60]
    doc = _doc(
        tmp_path,
        "fr",
        f'<title>{h1}</title><meta name="author" content="AFP">',
        f"<h1>{h1}</h1>",
        BODY_FR,
    )
    assert doc.author is None
    assert doc.meta.get("author_rejected_why") == "a news agency, no writer"
