"""The demonym walk is skipped on a page where no form of the table is
written (one Aho–Corasick pass, :func:`_may_hold_demonym`), and only there:
whatever the walk reads -- a form as it stands, a two-word form, a form
after a prefix and a hyphen, a form capitalised where the position owes the
capital -- still opens it, so the demonyms found are those of the walk
alone. Pages written for these tests, in several languages and styles.
"""

from __future__ import annotations

import pytest

from newsline.stories import demonyms
from newsline.stories.demonyms import _may_hold_demonym, demonym_places

# (language, text, whether a form is written in it)
PAGES = [
    ("en", "The Kenyan runner won in Boston; Kenyans cheered.", True),
    ("en", "Talks between North and South Korean officials resumed.", True),
    ("en", "Protesters rallied at an anti-Syrian march downtown.", True),
    ("en", "Flooding closed three roads near the river on Monday.", False),
    # forms within longer words only, or in lower case: no word of the walk
    ("en", "Thailand's northern provinces; a newcomer in New York.", False),
    ("en", "The chef served kenyan tea and a polish for the silver.", False),
    ("es", "Sirios y libios cruzaron la frontera el martes.", True),
    ("es", "El régimen sirio negó los ataques.", True),
    ("es", "La alcaldía cerró el puente por obras.", False),
    ("fr", "Les rebelles libyens et la position pro-syrienne du parti.", True),
    ("fr", "La mairie a fermé le pont pour travaux.", False),
    ("de", "Die syrische Armee und zwei Syrer wurden genannt.", True),
    ("de", "Die Stadt sperrte die Brücke wegen Bauarbeiten.", False),
    ("pt", "Os rebeldes sírios e o governo brasileiro negociam.", True),
]


def _walk_only(monkeypatch, text: str, lang: str):
    """demonym_places as it was before the prefilter: the walk always runs."""
    monkeypatch.setattr(demonyms, "_may_hold_demonym", lambda *_: True)
    try:
        return demonym_places(text, lang)
    finally:
        monkeypatch.undo()


@pytest.mark.parametrize(("lang", "text", "written"), PAGES)
def test_the_prefilter_says_where_a_form_may_be_read(lang, text, written):
    # a page with a form is never skipped; one without is, unless a longer
    # word holding a form's letters (lower-case languages: any case) opens
    # the walk for nothing
    if written:
        assert _may_hold_demonym(text, lang)
    elif lang == "en":
        assert not _may_hold_demonym(text, lang)


@pytest.mark.parametrize(("lang", "text", "written"), PAGES)
def test_the_prefilter_changes_no_answer(monkeypatch, lang, text, written):
    got = demonym_places(text, lang)
    assert got == _walk_only(monkeypatch, text, lang)
    assert bool(got) == written


def test_a_capital_the_position_owes_is_still_read(monkeypatch):
    text = "Informe del martes.\nSirios y libios llegaron a la costa."
    assert demonym_places(text, "es") == _walk_only(monkeypatch, text, "es")
    assert [text[s:e] for _, s, e in demonym_places(text, "es")] == ["Sirios", "libios"]
