"""A byline and a publish stamp printed as one line ("Par X Publié le ... -
Mis à jour le ...") is page metadata, however long; a sentence that uses the
verb ("The report, published on ...") is not a stamp."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines

CREDIT_STAMPS = [
    (
        "fr",
        "Le Quotidien avec AFP et Reuters Publié le 21 février 2011 à 16h56 - Mis à jour le 22 février 2011 à 14h45",
    ),
    ("fr", "Par Marie Lefèvre Publié le 3 mars 2024 à 08h10 - Mis à jour le 3 mars 2024 à 19h02"),
    (
        "es",
        "Por Redacción Internacional Publicado el 21 de febrero de 2011 a las 16:56 - Actualizado el 22 de febrero de 2011",
    ),
    (
        "en",
        "By Jane Doe and Wire Staff Published February 21, 2011 at 4:56 pm - Updated February 22, 2011",
    ),
    ("vi", "Nguyễn Văn An - Cập nhật lúc 16:56 ngày 21/02/2011"),
]


@pytest.mark.parametrize(("lang", "line"), CREDIT_STAMPS)
def test_credit_and_stamp_on_one_line_is_metadata(lang, line):
    out = classify_lines(["Headline of the article about the park", line, *BODY[lang]])
    assert out[line][0] == "metadata", out[line]
    assert all(out[p][0] == "body" for p in BODY[lang])


SENTENCES = [
    ("en", "The ministry said the report was published on February 21, 2011 after a long delay"),
    ("fr", "Le rapport, publié le 21 février 2011, accuse le gouvernement de négligence grave."),
    ("es", "El informe, publicado el 21 de febrero de 2011, acusa al gobierno de negligencia."),
]


@pytest.mark.parametrize(("lang", "line"), SENTENCES)
def test_a_sentence_using_the_verb_is_no_stamp(lang, line):
    out = classify_lines([*BODY[lang][:2], line, *BODY[lang][2:]])
    assert out[line][0] == "body", out[line]


def test_a_stamp_with_its_own_label_word_stays_metadata():
    line = "Article mis à jour le 06 et le 7 juillet 2013"
    out = classify_lines([*BODY["fr"][:2], line, *BODY["fr"][2:]])
    assert out[line][0] == "metadata", out[line]
