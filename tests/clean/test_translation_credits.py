"""A line crediting the text's translator ('Translated from the Spanish by
Laura Kent', 'Traduit de l'anglais par Marie Dubois', 'Aus dem Englischen
übersetzt von Anna Weber') is a note on the text: it was kept as article text,
or taken for the writer's byline ('Traducción de Pablo Ruiz'). Pages written
for this test."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY as BODY0
from tests.clean.helpers import classify_lines
from tests.clean.test_republished_and_promos_more_languages import BODY as BODY1

BODY = {**BODY0, **BODY1}


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Translated from the Spanish by Laura Kent."),
        ("fr", "Traduit de l'anglais par Marie Dubois."),
        ("es", "Traducción de Pablo Ruiz."),
        ("de", "Aus dem Englischen übersetzt von Anna Weber."),
        ("pt", "Tradução de Ana Souza."),
        ("ru", "Перевод с английского: Ирина Соколова"),
    ],
)
def test_a_translators_credit_is_attribution(lang, line):
    b = BODY[lang]
    got = classify_lines([*b, line])
    assert got[line][0] == "attribution", got[line]
    assert all(got[p][0] == "body" for p in b), [got[p] for p in b]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # a sentence naming a translation later, not opening with the credit
        ("en", "The novel, translated by Laura Kent, sold ten thousand copies in a month."),
        ("fr", "Le roman a été traduit de l'anglais en douze langues depuis sa sortie."),
    ],
)
def test_sentences_about_translations_stay_body(lang, line):
    b = BODY[lang]
    got = classify_lines([b[0], b[1], line, b[2], b[3]])
    assert got[line][0] == "body", got[line]
