"""Languages outside the configured set that CLD2 names for each other.

CLD2 read Norwegian Bokmål lines as Nynorsk, and lingua, asked to confirm
only CLD2's language beside the configured ones, agreed; CLD2's "no"
(Norwegian) was no code lingua knows, so such a line stayed with the set.
Now lingua is given CLD2's language's close neighbours too and names which
of them the line is. All text is written for this test.
"""

from __future__ import annotations

import pytest

from newsline.langid.detect import detect_language

LINES = [
    ("nb", "Kommunen skal bygge en ny skole i sentrum neste år"),
    ("nb", "Jeg har ikke hørt noe fra henne siden i går"),
    ("nn", "Kommunen skal byggje ein ny skule i sentrum neste år"),
    ("nn", "Eg har ikkje høyrt noko frå henne sidan i går"),
    ("da", "Kommunen skal bygge en ny skole i centrum næste år"),
    ("da", "Jeg har ikke hørt noget fra hende siden i går"),
    ("sv", "Kommunen ska bygga en ny skola i centrum nästa år"),
    ("cs", "Obec postaví příští rok nové hřiště u školy"),
    ("sk", "Obec postaví budúci rok nové ihrisko pri škole"),
    ("nl", "De gemeente bouwt volgend jaar een nieuwe school in het centrum"),
    ("af", "Die munisipaliteit bou volgende jaar 'n nuwe skool in die middestad"),
]


@pytest.mark.parametrize(("lang", "line"), LINES)
def test_a_line_gets_its_own_language_among_close_neighbours(lang, line):
    assert detect_language(line) == lang


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Die Gemeinde baut nächstes Jahr eine neue Schule im Zentrum"),
        ("en", "The council will build a new school in the centre next year"),
        ("es", "El ayuntamiento construirá una nueva escuela el año que viene"),
    ],
)
def test_configured_languages_keep_their_lines(lang, line):
    assert detect_language(line) == lang
