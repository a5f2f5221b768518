"""A reader's letter signed "Name, Town" under its last paragraph
("Martine Rousseau, Saint-Amand-Montrond", "Werner Haag, Überlingen") was
kept as the article's text inside the extractor's main text (heldout13's
e05) or set aside as navigation on a text dump (heldout15's t17): it names
the letter's writer, a byline. Letters written for this test in other
languages; a place pair with one-word "name" stays as it was."""

from __future__ import annotations

import pytest

from .helpers import classify_lines

LETTERS = {
    "es": [
        "Cartas al director: el autobús nocturno",
        "«Un autobús que no llega»",
        "Desde que cambiaron el recorrido del autobús nocturno, los vecinos del barrio esperamos más de media hora en la parada sin ninguna información.",
        "Pedimos al ayuntamiento que recupere la frecuencia anterior o que al menos instale un panel con los horarios reales.",
        "Carmen Ruiz Soto, Alcalá de Henares",
        "«Gracias a los conductores»",
        "Quiero agradecer a los conductores de la línea nocturna su paciencia con los pasajeros durante las obras del puente.",
        "Jorge Menéndez, Getafe",
    ],
    "it": [
        "Lettere al direttore",
        "«La piscina chiusa d'estate»",
        "Ogni anno la piscina comunale chiude proprio a luglio per la manutenzione, quando le famiglie con bambini ne avrebbero più bisogno.",
        "Chiedo al Comune di spostare i lavori in primavera, come si fa in molte altre città della regione.",
        "Giovanna Ferri, Monza",
        "«Più alberi in via Roma»",
        "Gli alberi tagliati l'anno scorso in via Roma non sono mai stati sostituiti e d'estate la strada è diventata un forno.",
        "Marco De Santis, Lissone",
    ],
}


@pytest.mark.parametrize("lang", sorted(LETTERS))
def test_a_letters_name_and_town_is_its_byline(lang):
    lines = LETTERS[lang]
    got = classify_lines(lines)
    signatures = [lines[4], lines[7]]
    for s in signatures:
        assert got[s][0] == "byline", (s, got[s])
    for p in (lines[2], lines[3], lines[6]):
        assert got[p][0] == "body", (p, got[p])


def test_a_place_pair_under_a_paragraph_is_no_signature():
    # one word before the comma: a place and its region, no name and town
    lines = [*LETTERS["it"][:4], "Bergamo, Lombardia", LETTERS["it"][6]]
    got = classify_lines(lines)
    assert not any("letter writer" in r for r in got["Bergamo, Lombardia"][1]), got[
        "Bergamo, Lombardia"
    ]
