"""Korean credits written with '=' ('사진=연합뉴스', '자료=통계청'), a related
heading behind a '▼' mark ('▼関連記事はこちら'), and reprint notices in Russian,
Portuguese and German ('При использовании материалов сайта ссылка
обязательна'): all were kept as article text. Pages written for this test."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines, label_between
from tests.clean.helpers import BODY as MORE

BODIES = {**BODY, **MORE}


@pytest.mark.parametrize(
    ("lang", "line", "label"),
    [
        ("ko", "사진=연합뉴스", "caption"),
        ("ko", "[사진=한빛일보 DB]", "caption"),
        ("ko", "자료=통계청", "attribution"),
        ("ja", "▼関連記事はこちら", "related"),
        ("ru", "При использовании материалов сайта ссылка обязательна.", "footer"),
        ("pt", "É proibida a reprodução total ou parcial deste conteúdo.", "footer"),
        ("de", "Nachdruck verboten. Alle Inhalte sind urheberrechtlich geschützt.", "footer"),
    ],
)
def test_credits_marks_and_notices_are_set_aside(lang, line, label):
    b = BODIES[lang]
    got = classify_lines([b[0], b[1], line, b[2], b[3]])
    assert got[line][0] == label, got[line]
    for p in b:
        assert got[p][0] == "body", (p, got[p])


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("ru", "При использовании материалов из переработанного пластика цена выросла вдвое."),
        ("en", "The ratio was x=2 in the photo, the engineers said."),
    ],
)
def test_sentences_with_the_words_stay_body(lang, line):
    got = label_between(BODIES[lang], line)
    assert got[0] == "body", got
