"""A full English date (month name, day, year) in a text of another language
-- the stamp of a quoted post, an English source cited as written -- names
that day; a bare English month, or one without its day or year, is left to
the text's own language."""

from __future__ import annotations

import pytest

from collections import Counter

from newsline.dates.engine import resolve_dates
from newsline.dates.stage import ResolveDates
from newsline.model import Block, Document
from newsline.settings import DateSettings


def days(text, lang, published="2019-11-20"):
    return [
        (text[m.start : m.end], m.value)
        for m in resolve_dates(text, lang, published)
        if m.granularity == "day"
    ]


@pytest.mark.parametrize(
    "lang,text,span,value",
    [
        # a quoted post's stamp under a translated blog round-up
        (
            "fr",
            "Les riverains ont filmé la crue :\n"
            "The river is over the bridge now #floods\n"
            "— Ana Ruiz (@anaruiz) November 14, 2019\n"
            "La rivière passe maintenant par-dessus le pont.",
            "November 14, 2019",
            "2019-11-14",
        ),
        (
            "es",
            "Un vecino compartió este mensaje:\n— Tom Baker (@tbaker) 3 October 2019\n"
            "El agua ya llega a la plaza.",
            "3 October 2019",
            "2019-10-03",
        ),
        (
            "vi",
            "Theo bài đăng ngày (August 21st, 2019) của một nhà báo, cây cầu đã bị đóng cửa.",
            "August 21st, 2019",
            "2019-08-21",
        ),
        (
            "fr",
            "Le rapport, publié en anglais sous le titre « Dry Years » le 2nd of June 2018, "
            "chiffre les pertes.",
            "2nd of June 2018",
            "2018-06-02",
        ),
        (
            "es",
            "ACTUALIZACIÓN: SEPTEMBER 9, 2019 — la alcaldía reabrió el mercado.",
            "SEPTEMBER 9, 2019",
            "2019-09-09",
        ),
        # a language read through CLDR (Portuguese)
        (
            "pt",
            "— Marta Lopes (@mlopes) July 30, 2019\nA ponte foi fechada.",
            "July 30, 2019",
            "2019-07-30",
        ),
    ],
)
def test_full_english_date_read_in_another_language(lang, text, span, value):
    assert (span, value) in days(text, lang)


@pytest.mark.parametrize(
    "lang,text,word",
    [
        # a month name alone, or without its day or year: the text's own words
        ("es", "La banda May tocó en Valencia y el público cantó con ellos.", "May"),
        ("fr", "Le groupe a sorti l'album « September » en 2018.", "September"),
        ("es", "El disco «June 3» salió hace años.", "June"),
        ("fr", "Le film « March 2019 » a été primé à Cannes.", "March"),
        # lower case is not how English writes a month: another language's word
        ("fr", "Le 3 april 2019 n'est pas une date française correcte ici.", "april"),
        # an impossible day
        ("es", "El mensaje decía February 30, 2019 como fecha.", "February"),
        # part of a longer code, digits glued to the year
        ("fr", "Référence interne : ref-July 4, 20191 du dossier.", "July"),
    ],
)
def test_near_misses_name_no_english_day(lang, text, word):
    assert not any(word in s for s, _ in days(text, lang))


def test_own_language_date_is_not_read_twice():
    text = "El 10 de septiembre de 2019 la presa cedió."
    assert days(text, "es") == [("10 de septiembre de 2019", "2019-09-10")]


def test_english_text_reads_it_once():
    text = "The dam gave way on September 10, 2019, officials said."
    assert days(text, "en") == [("September 10, 2019", "2019-09-10")]


def test_stage_reads_it_in_a_french_block():
    text = "Un témoin a écrit :\n— Léa Martin (@leamartin) March 2, 2020\nLe pont est fermé."
    doc = Document(id="d", source="s", text=text, lang="fr", published="2020-03-03")
    doc.blocks = [Block(0, len(text), label="body", lang="fr")]
    ResolveDates()([doc], Counter())
    assert ("March 2, 2020", "2020-03-02") in [(text[m.start : m.end], m.value) for m in doc.dates]


def test_adversarial_input_is_linear():
    # month names, days and digits in long runs (100k characters): no match,
    # no blow-up (timed in benchmarks, not here)
    from newsline.dates.engine import _english_full_dates

    for text in (
        "September " * 10_000,
        "10 " * 33_000,
        "September 10, " * 7_000,
        "1" * 100_000,
        "10th of September, " * 5_000,
        "SEPTEMBER 1 " * 8_000,
    ):
        assert _english_full_dates(text, 0, len(text), "fr", DateSettings()) == []
