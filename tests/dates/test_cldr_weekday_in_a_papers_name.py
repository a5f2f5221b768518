"""A weekday that ends a paper's name ("Welt am Sonntag berichtete", "der
„Bild am Sonntag“", "NZZ am Sonntag") is no day: it was read as the Sunday
before publication. A masthead before "am" (T.WEEKDAY_TITLE_BEFORE,
case-sensitive) or a title of capitalised words in quotes closing right
after the weekday makes it a name. German capitalises every noun, so a
capitalised word before "am Montag" alone says nothing ("Der Streik am
Montag", "sagte der Zeitung am Sonntag"), nor does quoted speech. Sentences
written for these tests; published on Thursday 2025-03-13."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2025-03-13"  # a Thursday


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("de", "Welt am Sonntag berichtete, der Minister sei zurückgetreten."),
        ("de", "Er sagte der Bild am Sonntag, er trete nicht zurück."),
        ("de", "Das berichtet die NZZ am Sonntag."),
        ("de", "Wie die „Welt am Sonntag“ berichtete, trat er zurück."),
        ("de", 'Das sagte er der "Kieler Nachrichten am Sonntag".'),
        ("pt", "Segundo o «Jornal de Domingo», o ministro demitiu-se."),
    ],
)
def test_a_papers_name_is_no_day(lang, text):
    assert found(text, lang) == []


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("de", "Der Streik am Montag legte den Verkehr lahm.", [("Montag", "2025-03-10")]),
        (
            "de",
            "Ein Sprecher sagte der Zeitung am Sonntag, der Minister trete zurück.",
            [("Sonntag", "2025-03-09")],
        ),
        ("de", "Schon am Sonntag hatte die Polizei gewarnt.", [("Sonntag", "2025-03-09")]),
        ("de", "„Wir sind am Sonntag abgereist“, sagte er.", [("Sonntag", "2025-03-09")]),
        ("de", "„Am Sonntag“, sagte er, „sind wir abgereist.“", [("Sonntag", "2025-03-09")]),
        ("de", "Die Welt hat am Sonntag auf Rom geschaut.", [("Sonntag", "2025-03-09")]),
    ],
)
def test_a_weekday_after_a_noun_is_still_a_day(lang, text, expected):
    assert found(text, lang) == expected
