"""A long read's endnotes under the article ("Notes", "Notas",
"Anmerkungen", then numbered citations to the text's markers, a book cited
with its place, publisher and year "(Boston: Harbor Press, 2011), 88.") are
attribution like a reference list: the heading was no reference heading
and the book's citation shape none the list knew (heldout13's f11). A
"Notes" heading over prose stays body. Pages written for this test."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines


@pytest.mark.parametrize(
    ("lang", "heading", "notes"),
    [
        (
            "es",
            "Notas",
            [
                "1. J. Pérez Lira, Historia del puerto (Valparaíso: Ediciones Costa, 2009), 45.",
                '2. M. Soto, "Los muelles fiscales", Revista de Historia Naval 12 (1998): 33–51.',
            ],
        ),
        (
            "de",
            "Anmerkungen",
            [
                "1. K. Brandt, Die Stadt am Fluss (Leipzig: Elbverlag, 2015), 112.",
                "2. Stadtarchiv, Ratsprotokolle 1921–1933.",
            ],
        ),
        (
            "en",
            "Notes",
            [
                "1. A. Mensah, The Gold Coast Railways (Accra: Sankofa Books, 2004), 17.",
                "2. Colonial Office records, 1923–1927.",
            ],
        ),
    ],
)
def test_endnotes_under_the_article_are_attribution(lang, heading, notes):
    got = classify_lines(["A headline about the city park", *BODY[lang], heading, *notes])
    assert got[heading][0] == "attribution", got[heading]
    assert all(got[n][0] == "attribution" for n in notes), [got[n] for n in notes]
    assert all(got[p][0] == "body" for p in BODY[lang])


def test_a_notes_heading_over_prose_stays_body():
    para = (
        "The first week on the island was spent mapping the old tracks with the rangers, who had "
        "walked them since childhood and knew which ones flooded in spring."
    )
    got = classify_lines([*BODY["en"][:2], "Notes from the field", para, *BODY["en"][2:]])
    assert got[para][0] == "body", got[para]
