"""A subscription wall's prompts under a Portuguese, Indonesian, Russian or Spanish
teaser ('Já é assinante? Faça login', 'Assine a partir de R$ 1,90 … acesso
ilimitado'): those languages had no paywall cues, so the offer stayed in the
body. Pages written for this test."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY as BASE
from tests.clean.helpers import BODY as MORE
from tests.clean.helpers import classify_lines

BODY = {**BASE, **MORE}


@pytest.mark.parametrize(
    ("lang", "wall"),
    [
        (
            "pt",
            [
                "Assine a partir de R$ 1,90 no primeiro mês e tenha acesso ilimitado ao conteúdo.",
                "Já é assinante? Faça login",
            ],
        ),
        ("id", ["Sudah berlangganan? Masuk di sini", "Berlangganan sekarang mulai Rp 29.000"]),
        ("ru", ["Оформите подписку, чтобы читать дальше", "Уже есть подписка? Войти"]),
        (
            "es",
            [
                "Suscríbete para seguir leyendo",
                (
                    "Accede a todo el contenido por solo $ 990 al mes. ¿Ya tienes una cuenta? "
                    "Inicia sesión"
                ),
            ],
        ),
    ],
)
def test_a_paywall_under_the_teaser_is_set_aside(lang, wall):
    b = BODY[lang]
    got = classify_lines([b[0], b[1], *wall])
    for x in wall:
        assert got[x][0] == "navigation", (x, got[x])
    for p in b[:2]:
        assert got[p][0] == "body", (p, got[p])


@pytest.mark.parametrize(
    ("lang", "heading", "comment"),
    [
        (
            "pt",
            "Comentários (3)",
            "Finalmente! A minha rua não tem uma única árvore, espero que agora mude.",
        ),
        (
            "ru",
            "Комментарии (5)",
            "Наконец-то! У нас во дворе не было ни одного дерева уже десять лет.",
        ),
    ],
)
def test_a_comments_heading_opens_the_thread(lang, heading, comment):
    b = BODY[lang]
    got = classify_lines([*b, heading, "Ana M. · 2 h", comment])
    assert got[heading][0] == "navigation", got[heading]
    assert got[comment][0] != "body", got[comment]
    for p in b:
        assert got[p][0] == "body", (p, got[p])
