"""A machine-made notice introduced by a label ("Disclaimer:", "Hinweis:",
"Aviso:") whose subject is the page under a head noun ("The content of
this article ..."): the label is not the sentence's subject, the page still
is. Invented pages in styles and languages heldout8 does not use (its page
is Vietnamese); near misses stay unflagged."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY
from tests.flags.helpers import flagged, kinds, span

NOTICES = {
    "en": "Disclaimer: The content of this article was generated automatically and has not been checked.",
    "es": "Aviso legal: El contenido de este artículo fue generado automáticamente a partir de fuentes públicas.",
    "pt": "Aviso: O conteúdo deste artigo foi gerado automaticamente por um sistema de notícias.",
}


@pytest.mark.parametrize("lang", sorted(NOTICES))
def test_labelled_notice_naming_the_page_under_a_head_noun_is_a_farm_sign(lang):
    b = BODY[lang]
    text = "\n".join(["Title line of the page", b[0], b[1], b[2], NOTICES[lang]]) + "\n"
    doc = flagged(text, labels={0: "title"})
    got = [span(doc, f) for f in kinds(doc, "content_farm")]
    assert got == [NOTICES[lang]], [(f.kind, f.reason) for f in doc.flags]


def test_labelled_sentence_whose_subject_is_not_the_page_is_no_notice():
    b = BODY["en"]
    # the label is followed by another subject: the article tells of a tool
    line = (
        "Background: the council said the content of this article's subject, its new "
        "timetable, was generated automatically by its planning software."
    )
    doc = flagged("\n".join(["Ferry timetable", b[0], b[1], line]) + "\n", labels={0: "title"})
    assert kinds(doc, "content_farm") == []


@pytest.mark.parametrize(
    "notice",
    [
        (
            "Dieser Artikel wurde automatisch erstellt und nicht von einem Mitglied der "
            "Redaktion geprüft."
        ),
        (
            "Dieser Beitrag wurde automatisch erstellt, nicht von einem Redakteur unserer "
            "Zeitung geprüft."
        ),
    ],
)
def test_a_denied_review_with_the_checker_named_between_is_no_review(notice):
    # "nicht von einem Mitglied der Redaktion geprüft": the denial stands six
    # words before the word of review, the checker between them
    b = BODY["de"]
    doc = flagged(
        "\n".join(["Stadtwerke senken Preise", b[0], b[1], notice]) + "\n", labels={0: "title"}
    )
    assert [span(doc, f) for f in kinds(doc, "content_farm")] == [notice]


def test_a_review_the_notice_affirms_is_still_a_newsroom_disclosure():
    b = BODY["de"]
    notice = (
        "Dieser Artikel wurde automatisch erstellt und von einem Mitglied der Redaktion geprüft."
    )
    doc = flagged(
        "\n".join(["Stadtwerke senken Preise", b[0], b[1], notice]) + "\n", labels={0: "title"}
    )
    assert kinds(doc, "content_farm") == []
