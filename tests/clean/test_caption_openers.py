"""Captions that open by saying what the picture shows (invented lines):
"图为…", "Pictured: …", "De izquierda a derecha, …", "Sur la photo, …",
"Trong ảnh: …". Written as sentences and placed between paragraphs, they
passed for the article's text."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines, label_between


@pytest.mark.parametrize(
    "lang,line",
    [
        ("zh", "图为14日清晨，救援人员在积水路段转移被困群众。（视觉中国）"),
        ("zh", "上图为改造后的儿童游乐区效果图。"),
        ("en", "Pictured: volunteers plant trees along the new walking path on Saturday."),
        (
            "es",
            "De izquierda a derecha, la alcaldesa, el concejal de Obras y la arquitecta del proyecto.",
        ),
        ("fr", "Sur la photo, le maire et les riverains lors de la réunion publique de lundi."),
        ("vi", "Trong ảnh: Lãnh đạo thành phố thăm hỏi công nhân tại công trường."),
    ],
)
def test_line_opening_as_a_caption_is_a_caption(lang, line):
    b = BODY[lang]
    out = classify_lines([b[0], b[1], line, b[2], b[3]])
    assert out[line][0] == "caption", out[line]
    assert all(out[p][0] == "body" for p in b), [out[p] for p in b]


@pytest.mark.parametrize(
    "lang,line",
    [
        # the phrase inside a word, or a full paragraph
        (
            "fr",
            "Sur la photographie de classe de 1962, on reconnaît encore la plupart des élèves du village.",
        ),
        (
            "es",
            (
                "En la foto que circuló el lunes por las redes sociales se ve al alcalde junto a los vecinos "
                "del barrio, que llevaban meses pidiendo una reunión para hablar del parque."
            ),
        ),
    ],
)
def test_paragraph_that_merely_opens_with_the_words_stays_body(lang, line):
    got = label_between(BODY[lang], line)
    assert got[0] == "body", got
