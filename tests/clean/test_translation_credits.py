"""A line crediting the text's translator ('Translated from the Spanish by
Laura Kent', 'Traduit de l'anglais par Marie Dubois', 'Aus dem Englischen
übersetzt von Anna Weber') is a note on the text: it was kept as article text,
or taken for the writer's byline ('Traducción de Pablo Ruiz'). Pages written
for this test."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY as BODY0
from tests.clean.helpers import BODY as BODY1
from tests.clean.helpers import label_between, label_closing

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
    got = label_closing(BODY[lang], line)
    assert got[0] == "attribution", got


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # a sentence naming a translation later, not opening with the credit
        ("en", "The novel, translated by Laura Kent, sold ten thousand copies in a month."),
        ("fr", "Le roman a été traduit de l'anglais en douze langues depuis sa sortie."),
    ],
)
def test_sentences_about_translations_stay_body(lang, line):
    got = label_between(BODY[lang], line)
    assert got[0] == "body", got
