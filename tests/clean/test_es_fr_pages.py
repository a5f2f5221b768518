"""Invented Spanish and French pages (``tests/clean/pages/``, invented text and
sites): regional dailies, wire copy, galleries. Read by the reader, labelled
by the real stages (segment, langid, classify)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsline.clean.html import author_name
from newsline.model import Document

from .helpers import classify_page

pytest.importorskip("trafilatura")

PAGES = Path(__file__).parent / "pages"


def _page(name: str) -> Document:
    return classify_page(PAGES / name)


def _label(doc: Document, start: str) -> tuple[str, list[str]]:
    b = next(b for b in doc.blocks if doc.text[b.start : b.end].startswith(start))
    return b.label, b.reasons


def test_french_byline_with_the_writers_role_and_place():
    doc = _page("fr_envoyee_speciale.html")
    label, why = _label(doc, "Par Sophie Marchetti, envoyée spéciale")
    assert label == "byline", why
    # the author is the name, without "Par" nor the role the extractor kept
    assert doc.author == "Sophie Marchetti"


def test_spanish_byline_cue_is_not_part_of_the_author():
    doc = _page("es_regional_canfranc.html")
    assert _label(doc, "Por Javier Lasierra")[0] == "byline"
    assert doc.author == "Javier Lasierra"


@pytest.mark.parametrize("raw, lang, name", [
    ("Por Ana Ruiz", "es", "Ana Ruiz"),
    ("Par Claire Dupont; Envoyée Spéciale À Pau", "fr", "Claire Dupont"),
    ("Jane Doe; John Roe", "en", "Jane Doe; John Roe"),
    ("Portela Ana", "es", "Portela Ana"),
    ("Redacción", "es", "Redacción"),
])
def test_author_name_from_an_extractors_byline(raw, lang, name):
    assert author_name(raw, lang) == name
