"""A day of the current month named by its number alone, as es "el día 25"
was read: Portuguese "no dia 25", French "le 25", German "am 25." gave no
date, and a future verb before it ("La votación será el día 25") was not
heard, so the day was last month's. Now each is the nearest such day, the
coming one after a future word of its clause or "próximo"/"prochain".
Numbers that are no day stay none: shirts and phone lines ("porte le 10",
"composez le 15"), ranks ("le 25e"), ordinals before a noun ("am 25.
Spieltag", "zum 3. Mal"), a day of every month ("todo dia 5"). Sentences
written for these tests; published Wednesday 2025-10-15."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-10-15"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,span,value",
    [
        # told ahead
        ("es", "La votación será el día 25 en todo el país.", "día 25", "2025-10-25"),
        ("es", "El juez dictará sentencia el día 3.", "día 3", "2025-11-03"),
        ("pt", "A votação será no dia 25, segundo o TSE.", "dia 25", "2025-10-25"),
        ("pt", "O prazo termina no próximo dia 3.", "próximo dia 3", "2025-11-03"),
        ("fr", "Le second tour aura lieu le 26.", "26", "2025-10-26"),
        ("fr", "Le conseil se réunira le 3 prochain.", "3", "2025-11-03"),
        ("de", "Die Stichwahl findet am 26. statt.", "am 26.", "2025-10-26"),
        # told as past, or no tense: the one just past
        ("es", "El incendio comenzó el día 9.", "día 9", "2025-10-09"),
        ("pt", "O incêndio começou no dia 9 e segue ativo.", "dia 9", "2025-10-09"),
        ("pt", "Desde o dia 3, o preço do diesel subiu 4%.", "dia 3", "2025-10-03"),
        ("fr", "L'incendie s'est déclaré le 9, selon les pompiers.", "9", "2025-10-09"),
        ("fr", "Depuis le 3, les prix du gazole ont grimpé.", "3", "2025-10-03"),
        ("de", "Der Brand war am 9. ausgebrochen, sagte die Feuerwehr.", "am 9.", "2025-10-09"),
        ("de", "Seit dem 3. gilt die neue Regel.", "Seit dem 3.", "2025-10-03"),
    ],
)
def test_day_of_the_month_alone(lang, text, span, value):
    assert (span, value) in found(text, lang)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Mbappé porte le 10."),
        ("fr", "En cas d'urgence, composez le 15."),
        ("fr", "Le Français a terminé le 25e."),
        ("fr", "Le score était de 3 à 1."),
        ("pt", "O benefício é pago todo dia 5."),
        ("pt", "O segundo dia 3 foi tenso."),
        ("de", "Am 25. Spieltag verlor Mainz in Köln."),
        ("de", "Zum 3. Mal gewann sie den Titel."),
        ("de", "Er spielte beim 1. FC Köln."),
    ],
)
def test_numbers_that_are_no_day(lang, text):
    assert found(text, lang) == []


def test_a_full_date_keeps_its_month():
    assert found("No dia 25 de março, o conselho votou.", "pt") == [("25 de março", "2025-03-25")]
    assert found("Le 25 mars, le conseil a voté.", "fr") == [("25 mars", "2025-03-25")]


@pytest.mark.parametrize(
    "text,span,value",
    [
        # "a partir do/da" (from the) sets a day ahead, as "a partir de" did
        ("A partir do dia 20, as inscrições estarão abertas.", "dia 20", "2025-10-20"),
        ("A partir da segunda-feira, o metrô funciona até meia-noite.", "segunda-feira", "2025-10-20"),
    ],
)
def test_from_the_day_is_ahead(text, span, value):
    assert (span, value) in found(text, "pt")


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # a list of bare days closed by a written date: that date's month
        ("pt", "As provas serão no dia 8, no dia 9 e no dia 10 de novembro.", ("dia 9", "2025-11-09")),
        ("fr", "Les grèves auront lieu le 8, le 9 et le 10 novembre.", ("8", "2025-11-08")),
    ],
)
def test_days_listed_before_a_date(lang, text, expected):
    assert expected in found(text, lang)


def test_a_decimal_is_no_day():
    assert found("Le CAC 40 a gagné le 3,5 %.", "fr") == []
