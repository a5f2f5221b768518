"""Languages read through CLDR (no tables of their own) read the days around
now -- yesterday, today, tomorrow, the day before yesterday -- from the
CLDR-derived locale data that dateparser ships ("relative-type"): German,
Portuguese, Italian, Indonesian, Russian, Dutch and Korean news dates most
of its happenings so and none of them were read. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from newsline.dates import cldr
from newsline.dates.engine import resolve_dates

PUB = "2024-07-11"


def found(text, lang, published=PUB):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, published)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "de",
            "Der Minister ist gestern in Berlin angekommen. Heute trifft er die Kanzlerin.",
            [("gestern", "2024-07-10"), ("Heute", "2024-07-11")],
        ),
        (
            "de",
            "Vorgestern war er in Paris, übermorgen fliegt er nach Rom.",
            [("Vorgestern", "2024-07-09"), ("übermorgen", "2024-07-13")],
        ),
        (
            "pt",
            "O ministro chegou ontem a Lisboa e amanhã viaja para o Porto.",
            [("ontem", "2024-07-10"), ("amanhã", "2024-07-12")],
        ),
        (
            "it",
            "Il ministro è arrivato ieri a Roma; l'altro ieri era a Parigi.",
            [("ieri", "2024-07-10"), ("altro ieri", "2024-07-09")],
        ),
        (
            "id",
            "Menteri tiba di Jakarta kemarin dan hari ini bertemu presiden.",
            [("kemarin", "2024-07-10"), ("hari ini", "2024-07-11")],
        ),
        (
            "ru",
            "Министр прибыл в Москву вчера, а завтра уедет.",
            [("вчера", "2024-07-10"), ("завтра", "2024-07-12")],
        ),
        ("nl", "De minister kwam gisteren aan in Den Haag.", [("gisteren", "2024-07-10")]),
        # Korean writes its particles onto the word ("오늘부터", "내일은")
        (
            "ko",
            "장관은 어제 서울에 도착했다. 오늘부터 회담이 시작되고 내일은 귀국한다.",
            [("어제", "2024-07-10"), ("오늘", "2024-07-11"), ("내일", "2024-07-12")],
        ),
    ],
)
def test_days_around_now(lang, text, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # a capital in mid-sentence is a noun or a name: German "Morgen" is
        # the morning, "Oggi" and "Hoje" are titles
        ("de", "Er sagte heute Morgen, die Welt von Morgen sei grün.", [("heute", "2024-07-11")]),
        ("it", "Lo ha scritto il settimanale Oggi in un lungo articolo.", []),
        ("pt", "A entrevista saiu no jornal Hoje em Dia de Belo Horizonte.", []),
        # Korean "오늘날" is nowadays and "어제오늘" these days: no particle follows
        ("ko", "오늘날 한국은 부유한 나라다. 어제오늘 일이 아니다.", []),
        # Hindi "कल" is both yesterday and tomorrow: neither
        ("hi", "मंत्री कल दिल्ली पहुंचे।", []),
        # inside a longer word
        ("ru", "Сегодняшний день был долгим.", []),
    ],
)
def test_not_the_day(lang, text, expected):
    assert found(text, lang) == expected


def test_words_come_from_the_locale_data_and_tables_win():
    assert cldr.relative_day_words("de") == {
        "vorgestern": -2,
        "gestern": -1,
        "heute": 0,
        "morgen": 1,
        "übermorgen": 2,
    }
    assert "कल" not in (cldr.relative_day_words("hi") or {})
    assert cldr.relative_day_words("fr") is None  # French has tables of its own
    assert cldr.relative_day_words("xx-nonsense") is None


def test_without_a_publication_date_nothing_is_guessed():
    assert found("Der Minister ist gestern angekommen.", "de", published=None) == []
