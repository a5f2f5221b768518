"""More newsletter boxes and photo notes (invented lines): "Recibe las
noticias más importantes del día en tu correo.", "Recevez notre newsletter
…", "ภาพประกอบข่าว" (illustrative news photo). Each was kept as a line of the
article."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines


@pytest.mark.parametrize(
    "lang,line,label",
    [
        ("es", "Recibe las noticias más importantes del día en tu correo.", "navigation"),
        ("es", "Recibe cada mañana nuestro boletín en tu bandeja de entrada", "navigation"),
        ("fr", "Recevez notre newsletter chaque matin dans votre boîte mail", "navigation"),
        ("th", "ภาพประกอบข่าว", "caption"),
    ],
)
def test_box_and_note_lines(lang, line, label):
    b = BODY[lang]
    out = classify_lines([b[0], b[1], line, b[2], b[3]])
    assert out[line][0] == label, out[line]


def test_second_person_sentence_in_a_report_stays_body():
    line = (
        "La empresa envió un aviso a sus clientes que llegó directamente en tu correo, según "
        "la denuncia de los vecinos afectados."
    )
    b = BODY["es"]
    out = classify_lines([b[0], b[1], line, b[2], b[3]])
    assert out[line][0] == "body", out[line]
