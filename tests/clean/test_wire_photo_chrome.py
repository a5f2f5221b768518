"""Photo and gallery furniture, wire sign-offs and opinion disclaimers on
invented pages in several languages (each line written for these tests)."""

from __future__ import annotations

import pytest

from .helpers import classify_lines, page

# --- 1. a caption that closes on its photo credit ---------------------------

CAPTIONS_WITH_CREDIT = [
    ("es", "Los bomberos, ayer en el monte. © AFP / Raymond Roig"),
    ("es", "Un hidroavión descarga agua sobre la ladera. EFE/Lucía Montero"),
    ("fr", "Un canadair survole la zone. EFE/David Borrat"),
    ("fr", "Des pompiers sur place, mardi soir. © Reuters"),
    ("en", "Police at the scene on Tuesday. © AP / Mark Allen"),
    ("vi", "Lực lượng cứu hỏa tại hiện trường. © TTXVN / Trần Minh Đức"),
    ("zh", "图为现场。新华社记者 王明 摄"),
    ("zh", "工人们正在检修线路。（本报记者 李华 摄）"),
]


@pytest.mark.parametrize(("lang", "line"), CAPTIONS_WITH_CREDIT)
@pytest.mark.parametrize("where", ["mid", "tail"])
def test_caption_closing_on_a_credit_is_a_caption(lang, line, where):
    label, why = classify_lines(page(lang, **{where: [line]}))[line]
    assert label == "caption", why
    assert "credit" in why[0], why


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("es", "© 2024 Diario del Norte. Todos los derechos reservados"),
        ("es", "Aviso legal. Contacto. © Diario del Norte"),
        ("fr", "© 2024 Le Courrier du Sud. Tous droits réservés."),
        ("en", "Read the full story. © The Daily Post 2024"),
    ],
)
def test_a_copyright_notice_stays_a_footer(lang, line):
    label, why = classify_lines(page(lang, tail=[line]))[line]
    assert label == "footer", why


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("es", "Los precios subieron. Madrid/Bilbao"),
        ("zh", "电影在上海拍摄"),
    ],
)
def test_a_place_pair_or_a_verb_is_no_credit(lang, line):
    label, why = classify_lines(page(lang, mid=[line]))[line]
    assert label != "caption", why
