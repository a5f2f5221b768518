"""A subscription wall's prompts under a Portuguese, Indonesian or Russian
teaser ('Já é assinante? Faça login', 'Assine a partir de R$ 1,90 … acesso
ilimitado'): those languages had no paywall cues, so the offer stayed in the
body. Pages written for this test."""

from __future__ import annotations

import pytest

from tests.clean.helpers import classify_lines
from tests.clean.test_republished_and_promos_more_languages import BODY


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
    ],
)
def test_a_paywall_under_the_teaser_is_set_aside(lang, wall):
    b = BODY[lang]
    got = classify_lines([b[0], b[1], *wall])
    for x in wall:
        assert got[x][0] == "navigation", (x, got[x])
    for p in b[:2]:
        assert got[p][0] == "body", (p, got[p])
