"""'The same day' in more languages: es "El mismo lunes" (that same Monday),
de "am selben Tag", pt "no mesmo dia", it "lo stesso giorno", id "pada hari
yang sama", ru "в тот же день", ko "같은 날" were not read at all. Each is
the day just told, counted as "ese mismo día" / "le jour même" are: from a
date within two paragraphs and 1,000 characters, else no date. "The same
day as/that ..." names the day its clause tells, and a longer word ("같은
날씨", the same weather) is no day. Pages written for these tests;
published 2025-08-04."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2025-08-04"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    ("lang", "first", "same", "rest"),
    [
        ("es", "La protesta empezó el 10 de marzo.", "El mismo lunes", ", el ministro dimitió."),
        ("de", "Das Beben ereignete sich am 10. März.", "Am selben Tag", " trat er zurück."),
        ("pt", "O terremoto ocorreu em 10 de março.", "No mesmo dia", ", o ministro renunciou."),
        (
            "it",
            "Il terremoto è avvenuto il 10 marzo.",
            "Lo stesso giorno",
            " il ministro si è dimesso.",
        ),
        ("id", "Gempa terjadi pada 10 Maret.", "Pada hari yang sama", ", warga mengungsi."),
        ("ru", "Землетрясение произошло 10 марта.", "В тот же день", " министр ушел в отставку."),
        ("ko", "지진은 3월 10일에 발생했다.", "같은 날", " 정부는 발표했다."),
    ],
)
def test_the_same_day_is_the_day_just_told(lang, first, same, rest):
    text = first + " " + same + rest
    got = dict(found(text, lang))
    assert got[same] == "2025-03-10"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # no date told before: nothing, not the publication's day
        ("id", "Pada hari yang sama, warga mengungsi."),
        ("de", "Am selben Tag trat der Minister zurück."),
        ("ko", "같은 날 정부는 발표했다."),
        # the same day as a happening told after it
        ("de", "Das Beben war am 10. März. Am selben Tag wie die Wahl trat er zurück."),
        ("pt", "O sismo foi em 10 de março. No mesmo dia em que chegou, renunciou."),
        ("id", "Gempa terjadi pada 10 Maret. Pada hari yang sama dengan pemilu, warga pergi."),
        # a longer word
        ("ko", "지진은 3월 10일에 발생했다. 같은 날씨가 계속됐다."),
    ],
)
def test_near_misses_name_no_day(lang, text):
    assert all(v == "2025-03-10" for _, v in found(text, lang))
    assert len(found(text, lang)) == (1 if "10" in text else 0)


def test_a_date_too_far_back_gives_nothing():
    filler = "\n".join(["Die Rettungskräfte suchen weiter in den Trümmern nach Überlebenden."] * 20)
    text = "Das Beben ereignete sich am 10. März.\n" + filler + "\nAm selben Tag trat er zurück."
    assert found(text, "de") == [("10. März", "2025-03-10")]
