"""A weekday opening a sentence that then tells only of what will happen
("On Sunday, temperatures will drop", "Dimanche, les températures vont
chuter", "El domingo se esperan lluvias") lies ahead, as a year-less date
opening such a sentence already did; it was read as the weekday just past
(weather outlooks and previews write so). A past form anywhere in the
sentence keeps it behind ("On Monday, the minister said he will resign"),
and a future word in another sentence says nothing. Sentences written for
these tests; published Wednesday 2025-10-15."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-10-15"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "On Sunday, temperatures will drop sharply in the north.", ("Sunday", "2025-10-19")),
        ("en", "Saturday's match is off. On Sunday, the club will hold a vote.", ("Sunday", "2025-10-19")),
        ("fr", "Dimanche, les températures vont chuter de dix degrés.", ("Dimanche", "2025-10-19")),
        ("fr", "Samedi, le ciel se dégagera sur la Bretagne.", ("Samedi", "2025-10-18")),
        ("es", "El domingo se esperan temperaturas más bajas.", ("domingo", "2025-10-19")),
        ("es", "El sábado lloverá en todo el norte.", ("sábado", "2025-10-18")),
        # told as past: the weekday just past
        ("en", "On Monday, the minister said he will resign.", ("Monday", "2025-10-13")),
        ("en", "On Sunday, temperatures dropped sharply.", ("Sunday", "2025-10-12")),
        ("fr", "Dimanche, le ministre a annoncé qu'il partira.", ("Dimanche", "2025-10-12")),
        ("es", "El domingo el ministro dijo que dimitirá.", ("domingo", "2025-10-12")),
        ("en", "On Sunday, fans marched. The club will vote soon.", ("Sunday", "2025-10-12")),
    ],
)
def test_weekday_opening_a_sentence(lang, text, expected):
    assert expected in found(text, lang)
