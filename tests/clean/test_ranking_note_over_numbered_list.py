"""The ranking box's note right under the article's last paragraph and over
its numbered list ("Rankings are based on page-view data as of 3 p.m.",
"Ranked by page views in the last 24 hours.") was taken as the article's
closing sentence (body): the note is the list's. Pages written for this test
in an English regional daily's and a Spanish sports paper's styles. The
article's own closing paragraph about its rankings, a short closing line
without the note's words, and a note-like line over an unnumbered teaser
list stay the article's."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines

NUMBERED = {
    "en": [
        "1 Bus fares to rise in April across the county",
        "2 New bike lanes open on Main Street this week",
        "3 Station car park to close for three months",
    ],
    "es": [
        "1. El Zaragoza ficha a un central",
        "2. Cortes de tráfico por la maratón",
        "3. La nieve cierra el puerto",
    ],
}
UNNUMBERED = [
    "Bus fares to rise in April across the county",
    "New bike lanes open on Main Street this week",
    "Station car park to close for three months",
]


@pytest.mark.parametrize(
    "lang,note",
    [
        ("en", "Rankings are based on readership data as of 3 p.m."),
        ("en", "Ranked by page views in the last 24 hours."),
        ("es", "Según las lecturas de las últimas 24 horas."),
    ],
)
def test_the_note_over_a_numbered_ranking_is_the_lists(lang, note):
    got = classify_lines([*BODY[lang], note, *NUMBERED[lang]])
    assert got[note][0] == "related", got[note]
    for p in BODY[lang]:
        assert got[p][0] == "body", got[p]


def test_the_articles_closing_paragraph_about_its_rankings_stays_body():
    line = "The rankings are based on a survey of 2,000 parents conducted across the county in March."
    got = classify_lines([*BODY["en"], line, *NUMBERED["en"]])
    assert got[line][0] == "body", got[line]


def test_a_short_closing_line_without_the_notes_words_stays_body():
    line = "The council will vote on the plan next week."
    got = classify_lines([*BODY["en"], line, *NUMBERED["en"]])
    assert got[line][0] == "body", got[line]


def test_over_an_unnumbered_teaser_list_the_line_stays_the_articles():
    line = "Rankings are based on readership data as of 3 p.m."
    got = classify_lines([*BODY["en"], line, *UNNUMBERED])
    assert got[line][0] == "body", got[line]


LONG = {
    "es": [
        "1. El Zaragoza ficha a un central para el resto de la temporada",
        "2. Cortes de tráfico en la avenida por la maratón del domingo",
        "3. La nieve obliga a cerrar el puerto durante varias horas",
    ],
    "en": [
        "1. Bus fares to rise in April across the county as operators cite fuel costs",
        "2. New bike lanes open on Main Street this week after two years of delays",
        "3. Station car park to close for three months while engineers repair the roof",
    ],
}
NOTES = {
    "es": "Según las lecturas de las últimas 24 horas.",
    "en": "Ranked by page views in the last 24 hours.",
}


@pytest.mark.parametrize("lang", sorted(LONG))
def test_longer_numbered_headlines_under_the_note_are_the_lists(lang):
    # headlines of twelve words and more read as prose went on with the
    # article after the note
    lines = [*BODY[lang], NOTES[lang], *LONG[lang]]
    got = classify_lines(lines)
    for line in [NOTES[lang], *LONG[lang]]:
        assert got[line][0] == "related", (line, got[line])
    for p in BODY[lang]:
        assert got[p][0] == "body", got[p]


def test_numbered_paragraphs_of_the_article_stay_body():
    steps = [
        "1. Residents should move their cars from the marked streets before seven in the morning.",
        "2. Bins will be collected a day later than usual on the streets where crews are working.",
        "3. Temporary paths will be signposted and lit, and marshals will help older residents cross.",
    ]
    lines = [*BODY["en"], "Ranked by the council in order of urgency:", *steps]
    got = classify_lines(lines)
    for line in steps:
        assert got[line][0] == "body", (line, got[line])
