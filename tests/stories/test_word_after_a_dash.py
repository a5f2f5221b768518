"""A dateline's or a clause's spaced dash opens a sentence ("MADRID – La
policía …", "Chisinau - Le candidat …"): the capitalised article after it
was read as a name (w:la, w:le) that every page with such a dateline shared.
A word after a spaced dash that the text also writes in lower case is an
ordinary word; a name after a dash stays. Invented sentences."""

from __future__ import annotations

import pytest

from newsline.stories.anchors import latin_names


def feats(text: str, lang: str) -> set[str]:
    return {f for f, _ in latin_names(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("Chisinau – Le candidat a gagné. Selon le comité, tout va bien.", "fr", "w:le"),
        ("SEVILLA - La policía detuvo a tres personas en la plaza.", "es", "w:la"),
        ("Lisboa — Os bombeiros chegaram cedo; os moradores saíram.", "pt", "w:os"),
        ("Bonn - Die Polizei sperrte die Brücke am Morgen.", "de", "w:die"),
    ],
)
def test_an_ordinary_word_after_a_dash_is_no_name(text, lang, word):
    assert word not in feats(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("El partido Sevilla - Betis se jugó el domingo en el estadio.", "es", "w:betis"),
        ("Les ministres du Japon - Corée se sont réunis hier.", "fr", "w:coree"),
        # written in lower case nowhere else: a name
        ("Chisinau – Munteanu a gagné selon le comité.", "fr", "w:munteanu"),
    ],
)
def test_a_name_after_a_dash_stays(text, lang, name):
    assert name in feats(text, lang)
