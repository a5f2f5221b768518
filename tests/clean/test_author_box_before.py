"""An author's box placed above the article (name, role, "Follow on X", a
short bio), then the headline and the article: the bio is a byline, the
headline is the title. A profile whose first paragraph describes its
subject, named again in the article, stays body."""

from __future__ import annotations

import pytest

from newsline.model import AUTHOR_BIO_REASON

from .helpers import BODY, classify_lines

HEADLINE = {
    "en": "Senate passes budget after all-night session",
    "es": "El Gobierno aprueba el plan contra las listas de espera",
    "fr": "Les viticulteurs face à une vendange précoce",
}
BOX = {
    "en": [
        "Jane Whitaker",
        "Senior Political Correspondent",
        "Follow on X",
        (
            "Jane covers Congress and the White House. She previously reported from Brussels "
            "for eight years."
        ),
    ],
    "es": [
        "Marta Solís",
        "Redactora de Sociedad",
        (
            "Marta Solís es periodista y cubre la sanidad pública desde 2015. Antes trabajó en "
            "la radio local."
        ),
    ],
    "fr": [
        "Hélène Gaubert",
        (
            "Hélène Gaubert est correspondante du journal à Bordeaux depuis 2019 et suit "
            "l'agriculture."
        ),
    ],
}


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_author_box_above_the_headline(lang):
    box = BOX[lang]
    out = classify_lines([*box, HEADLINE[lang], *BODY[lang]])
    bio = box[-1]
    assert out[bio][0] == "byline", out[bio]
    assert out[bio][1][0].startswith(AUTHOR_BIO_REASON)
    assert out[box[0]][0] == "byline", out[box[0]]
    assert out[HEADLINE[lang]][0] == "title", out[HEADLINE[lang]]
    assert all(out[b][0] == "body" for b in BODY[lang])


def test_role_line_in_the_box_is_a_byline():
    out = classify_lines([*BOX["en"], HEADLINE["en"], *BODY["en"]])
    assert out["Senior Political Correspondent"][0] == "byline"


def test_profile_that_names_its_subject_again_stays_body():
    lead = (
        "Ana Ruiz is a former journalist who now runs a shelter for stray dogs on the edge "
        "of the city."
    )
    sub = "A second life"
    more = (
        "Ruiz opened the shelter in 2019 with her savings, and says she now cares for more "
        "than eighty animals."
    )
    out = classify_lines([lead, sub, more, *BODY["en"]])
    assert out[lead][0] == "body", out[lead]


def test_first_paragraph_without_a_headline_after_it_is_not_a_box():
    lead = (
        "Jane Whitaker is a senior political correspondent covering Congress, and on Monday "
        "she was named the new head of the press gallery."
    )
    out = classify_lines([HEADLINE["en"], lead, *BODY["en"]])
    assert out[lead][0] == "body", out[lead]
    assert out[HEADLINE["en"]][0] == "title"


def test_author_box_above_the_headline_on_an_html_page():
    from pathlib import Path

    pytest.importorskip("trafilatura")
    from .helpers import classify_page

    doc = classify_page(Path(__file__).parent / "pages" / "en_author_box_above.html")
    got = {doc.text[b.start : b.end]: b.label for b in doc.blocks}
    bio = next(t for t in got if t.startswith("Jane Whitaker is a senior"))
    assert got[bio] == "byline"
    assert got["Jane Whitaker"] == "byline"
    assert got["Senate passes budget after all-night session"] == "title"
    assert sum(1 for lab in got.values() if lab == "body") == 4
