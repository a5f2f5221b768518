"""A country's name from another language before a capitalised word is a
name borrowed with its phrase, not a given name: "Egypt Air" or "Syria
Untold" in a Spanish page are about the place. The given names that are
country names are those of the text's own language ("Maurice" in French,
"Mauricio" in Spanish, "Chad" in English), and a borrowed name is a person's
only when the text writes the surname on its own too.

Sentences written for these tests, in several languages' news styles.
"""

from __future__ import annotations

from newsline.stories.anchors import territories


def codes(text: str, lang: str | None) -> list[str]:
    return [c for c, _, _ in territories(text, lang)]


def test_a_name_borrowed_with_its_phrase_is_the_place():
    for text, lang, expected in (
        ("La aerolínea nacional, Egypt Air, canceló ayer sus vuelos.", "es", ["EG"]),
        ("Este texto se publica en colaboración con Syria Untold.", "es", ["SY"]),
        ("Selon le quotidien Jamaica Observer, le scrutin est reporté.", "fr", ["JM"]),
        ("O diário Japan Times noticiou o ataque na segunda-feira.", "pt", ["JP"]),
        ("Il portale Lebanon Files ha pubblicato le immagini.", "it", ["LB"]),
    ):
        assert codes(text, lang) == expected, text


def test_given_names_stay_no_place():
    for text, lang in (
        # the text's own name of the country, before a surname
        ("Le romancier Maurice Genevoix est entré au Panthéon mardi.", "fr"),
        ("El expresidente Mauricio Macri viajó ayer a Madrid.", "es"),
        ("The quarterback Chad Henne signed a new deal on Friday.", "en"),
        # a borrowed given name whose surname the text also writes alone
        ("El centrocampista Jordan Henderson marcó. Henderson celebró el gol.", "es"),
        ("L'ailier Chad Brown a signé ; Brown arrive lundi.", "fr"),
    ):
        assert codes(text, lang) == [], text


def test_a_text_of_unknown_language_reads_given_names_as_before():
    assert codes("Maurice Genevoix", None) == []
    assert codes("Egypt Air", "xx") == []  # no names of its own: every name is its own
