"""A count of two number words before "ago"/"later" ("Twenty-five years
ago", "Hace veinticinco años", "Il y a vingt-cinq ans", "Hai mươi lăm năm
trước", "ยี่สิบห้าปีก่อน", "二十五年前") is that count. Only its last word was
read: five years ago, ten (th "ยี่สิบ" ends in "สิบ"), last year (vi "Hai
mươi năm trước" ends in "năm trước"), or nothing (zh "二十年前"). A vague count
("二十几年前") stays no date. Sentences written for these tests; published
2025-03-12."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-03-12"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "Twenty-five years ago, this was farmland.", ("Twenty-five years ago", "2000")),
        ("es", "Hace veinticinco años, esto era un campo.", ("Hace veinticinco años", "2000")),
        ("es", "Hace treinta y cinco años, esto era un campo.", ("Hace treinta y cinco años", "1990")),
        ("fr", "Il y a vingt-cinq ans, c'était un champ.", ("Il y a vingt-cinq ans", "2000")),
        ("fr", "Il y a quatre-vingts ans, la guerre finissait.", ("Il y a quatre-vingts ans", "1945")),
        ("vi", "Hai mươi năm trước, đây là ruộng.", ("Hai mươi năm trước", "2005")),
        ("vi", "Hai mươi lăm năm trước, đây là ruộng.", ("Hai mươi lăm năm trước", "2000")),
        ("th", "ยี่สิบปีก่อน ที่นี่เป็นทุ่งนา", ("ยี่สิบปีก่อน", "2005")),
        ("th", "ยี่สิบห้าปีก่อน ที่นี่เป็นทุ่งนา", ("ยี่สิบห้าปีก่อน", "2000")),
        ("zh", "二十年前，这里还是一片农田。", ("二十年前", "2005")),
        ("zh", "三十五天后将举行选举。", ("三十五天后", "2025-04-16")),
    ],
)
def test_count_of_two_words(lang, text, expected):
    assert found(text, lang) == [expected]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("zh", "二十几年前，这里还是一片农田。"),
        ("en", "Twenty-something years ago, this was farmland."),
    ],
)
def test_vague_count_is_no_date(lang, text):
    assert found(text, lang) == []
