"""More newsletter boxes and photo notes (invented lines): "Recibe las
noticias más importantes del día en tu correo.", "Recevez notre newsletter
…", "ภาพประกอบข่าว" (illustrative news photo). Each was kept as a line of the
article."""

from __future__ import annotations

import pytest

from .helpers import BODY, label_between


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
    got = label_between(BODY[lang], line)
    assert got[0] == label, got


def test_second_person_sentence_in_a_report_stays_body():
    line = (
        "La empresa envió un aviso a sus clientes que llegó directamente en tu correo, según "
        "la denuncia de los vecinos afectados."
    )
    got = label_between(BODY["es"], line)
    assert got[0] == "body", got
