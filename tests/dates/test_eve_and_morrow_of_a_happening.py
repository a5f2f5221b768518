"""The eve or the morrow of a happening named next ("le lendemain de
l'élection", "la veille du coup d'Etat", "la víspera de la cumbre", "the day
before the vote") is counted from that happening, not from the date told
before it: on the French cl-tls pages 12 of 13 such phrases were dated from
an unrelated earlier date ("dès le lendemain de l'élection présidentielle"
as 2001-09-12). With the happening's day written after it in the sentence
the count is from that day; without, no date. "La veille" and "le
lendemain" alone still count from the date told before. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def found(text, lang, published="2013-07-10"):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, published)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "fr",
            "Le 3 mars, le maire a parlé. Le lendemain de l'élection, il a démissionné.",
            [("3 mars", "2013-03-03")],
        ),
        (
            "fr",
            "Le 3 mars, le maire a parlé. À la veille du scrutin, il a démissionné.",
            [("3 mars", "2013-03-03")],
        ),
        (
            "es",
            "El ministro dimitió el 3 de marzo. La víspera de la cumbre, se reunió con los rebeldes.",
            [("3 de marzo", "2013-03-03")],
        ),
        (
            "en",
            "The minister resigned on March 3. The day before the vote, he met the rebels.",
            [("March 3", "2013-03-03")],
        ),
    ],
)
def test_the_eve_of_a_named_happening_is_not_the_date_told_before(lang, text, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "fr",
            "L'article a été écrit la veille du coup d'Etat de ce mercredi 3 juillet.",
            [("la veille", "2013-07-02"), ("mercredi 3 juillet", "2013-07-03")],
        ),
        (
            "fr",
            "Les accords ont été violés dès le lendemain du 19 mars 1962.",
            [("le lendemain", "1962-03-20"), ("19 mars 1962", "1962-03-19")],
        ),
        (
            "fr",
            "Les violences ont fait 50 morts à la veille d'une visite à Damas lundi de l'émissaire.",
            [("la veille", "2013-07-07"), ("lundi", "2013-07-08")],
        ),
        (
            "es",
            "Al día siguiente del ataque del 5 de marzo llegó la ayuda.",
            [("Al día siguiente", "2013-03-06"), ("5 de marzo", "2013-03-05")],
        ),
    ],
)
def test_counted_from_the_happenings_day_written_after(lang, text, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "fr",
            "Le 3 mars, le maire a parlé. Le lendemain, il a démissionné.",
            [("3 mars", "2013-03-03"), ("Le lendemain", "2013-03-04")],
        ),
        (
            "en",
            "The vote was held on March 3. The day before, he had met the rebels.",
            [("March 3", "2013-03-03"), ("The day before", "2013-03-02")],
        ),
    ],
)
def test_the_eve_alone_still_counts_from_the_date_before(lang, text, expected):
    assert found(text, lang) == expected
