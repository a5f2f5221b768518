"""A Portuguese short weekday followed by "e" ("começaram na segunda e
seguem", "na segunda e na terça") is a day: "e" was refused after it
because of the ordinal in "na quinta e última etapa". What follows "e"
tells the two apart: an ordinal is joined to another ordinal or adjective
of the noun after both ("na quinta e última etapa", "na segunda e terceira
fases", "a sexta e decisiva rodada"); a day to a verb or another day.
Sentences written for these tests; published Wednesday 2025-10-15."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-10-15"


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "pt", PUB)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("As provas começaram na segunda e terminam amanhã.", ("segunda", "2025-10-13")),
        ("Houve apagões na terça e na quarta em Manaus.", ("terça", "2025-10-14")),
        ("Os atos começaram na sexta e terminaram no domingo.", ("sexta", "2025-10-10")),
        ("A greve vai começar na segunda e deve durar três dias.", ("segunda", "2025-10-20")),
    ],
)
def test_short_weekday_then_e(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "O ciclista venceu na quinta e última etapa.",
        "O time avançou na segunda e terceira fases.",
        "O Flamengo venceu a sexta e decisiva rodada.",
        "Ficou na quarta e penúltima colocação.",
        "Chegou na segunda e mais difícil etapa.",
    ],
)
def test_ordinals_joined_by_e(text):
    assert found(text) == []
