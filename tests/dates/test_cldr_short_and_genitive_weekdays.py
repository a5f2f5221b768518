"""Portuguese short weekday forms ("na segunda", "nesta sexta": the -feira
days without it) and Russian genitives after "с"/"со", "до", "после" ("с
понедельника", "со среды", "до пятницы") are weekdays alone, read like
"na segunda-feira" and "в понедельник" (T.WEEKDAY_ALONE_CLDR "guarded").
They are read only with the words that make them a day: a Portuguese
ordinal has its noun after it ("na segunda vez", "a sexta economia"); a
Russian "с пятницы на субботу" is the night, read on its first day.
Sentences written for these tests; published on Thursday 2025-03-13."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2025-03-13"  # a Thursday


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("pt", "O presidente chegou na segunda a Lisboa.", [("segunda", "2025-03-10")]),
        ("pt", "Ele viajou na sexta, disse o porta-voz.", [("sexta", "2025-03-07")]),
        ("pt", "O acordo foi fechado nesta terça (11).", [("terça", "2025-03-11")]),
        ("pt", "A reunião será na sexta à tarde.", [("sexta", "2025-03-14")]),
        ("pt", "O ministro vai viajar na quarta para Brasília.", [("quarta", "2025-03-19")]),
        (
            "pt",
            "Desde a última terça, a polícia busca o suspeito.",
            [("última terça", "2025-03-11")],
        ),
        ("ru", "Со среды в городе идут дожди.", [("среды", "2025-03-12")]),
        ("ru", "Выставка продлится до пятницы.", [("пятницы", "2025-03-14")]),
        ("ru", "Цены выросли с понедельника.", [("понедельника", "2025-03-10")]),
        # the night from a day to the next: its first day only
        ("ru", "В ночь с пятницы на субботу прошёл снег.", [("пятницы", "2025-03-07")]),
        # two days apart: a move, both read
        (
            "ru",
            "Заседание перенесли с понедельника на среду.",
            [("понедельника", "2025-03-10"), ("среду", "2025-03-19")],
        ),
    ],
)
def test_short_and_genitive_weekdays(lang, text, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "lang,text",
    [
        ("pt", "Na segunda vez, ele venceu."),
        ("pt", "Na segunda parte do jogo, o time marcou."),
        ("pt", "O Brasil é a sexta economia do mundo."),
        ("pt", "Ficou na quinta posição e na terça colocação."),
        ("pt", "Ficou na quinta e última etapa do rali."),
        ("pt", "A segunda foi melhor que a primeira."),
        ("ru", "Выбросы среды выросли."),
        ("ru", "Для среды это опасно."),
        ("ru", "Пятницы он не любит."),
    ],
)
def test_no_weekday(lang, text):
    assert found(text, lang) == []
