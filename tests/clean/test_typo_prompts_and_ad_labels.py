"""A prompt to report a typo ('Found a typo? Select it and press Ctrl+Enter',
'Нашли ошибку? Выделите её и нажмите Ctrl+Enter') was taken for a related
headline after the article, and an advertising slot's label alone between
two paragraphs ('Iklan', 'Publicidad', 'Реклама') for the site's footer.
Pages written for this test."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY as BODY0
from tests.clean.helpers import BODY as BODY1
from tests.clean.helpers import classify_lines, label_between

BODY = {**BODY0, **BODY1}


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Found a typo? Select it and press Ctrl+Enter"),
        ("ru", "Нашли ошибку? Выделите её и нажмите Ctrl+Enter"),
        ("ru", "Заметили опечатку? Выделите фрагмент текста и нажмите Ctrl+Enter."),
        ("de", "Fehler gefunden? Markieren Sie die Stelle und drücken Sie Strg+Enter"),
        ("es", "¿Has encontrado un error? Selecciónalo y pulsa Ctrl+Enter"),
    ],
)
def test_a_prompt_to_report_a_typo_is_a_page_tool(lang, line):
    b = BODY[lang]
    for lines in ([*b, line], [b[0], b[1], line, b[2], b[3]]):
        got = classify_lines(lines)
        assert got[line][0] == "navigation", got[line]
        assert all(got[p][0] == "body" for p in b), [got[p] for p in b]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("ru", "Инженеры нашли ошибку в расчётах, из-за которой мост пришлось закрыть."),
        ("en", "Auditors found a mistake in the figures, and the council will vote again."),
    ],
)
def test_a_sentence_about_an_error_found_stays_body(lang, line):
    got = label_between(BODY[lang], line)
    assert got[0] == "body", got


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("id", "Iklan"),
        ("es", "Publicidad"),
        ("fr", "Publicité"),
        ("ru", "Реклама"),
        ("pt", "Publicidade"),
    ],
)
def test_an_advert_slot_label_between_paragraphs_is_navigation(lang, line):
    b = BODY[lang]
    got = classify_lines([b[0], b[1], line, b[2], b[3]])
    assert got[line][0] == "navigation", got[line]
    assert all(got[p][0] == "body" for p in b), [got[p] for p in b]


def test_the_same_word_in_the_footers_links_stays_footer():
    b = BODY["id"]
    got = classify_lines([*b, "Redaksi", "Iklan", "Kontak", "Pedoman Media Siber"])
    assert got["Iklan"][0] == "footer", got["Iklan"]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Report an error"),
        ("es", "Reportar un error"),
        ("fr", "Signaler une erreur"),
        ("ru", "Сообщить об ошибке"),
        ("id", "Laporkan kesalahan"),
        ("ko", "기사 오류 제보하기"),
        ("th", "แจ้งข้อผิดพลาด"),
    ],
)
def test_a_button_reporting_an_error_is_navigation(lang, line):
    from tests.clean.helpers import BODY_KO as KO

    b = {**BODY, "ko": KO}[lang]
    for lines in ([*b, line], [b[0], b[1], line, b[2], b[3]]):
        got = classify_lines(lines)
        assert got[line][0] == "navigation", got[line]


def test_a_sentence_about_reporting_an_error_stays_body():
    b = BODY["es"]
    line = "Los vecinos pueden reportar un error en el mapa de obras desde la web municipal."
    got = classify_lines([b[0], b[1], line, b[2], b[3]])
    assert got[line][0] == "body", got[line]


def test_an_advert_slot_label_before_a_related_link_inside_the_body_is_navigation():
    b = BODY["id"]
    link = "[Baca juga] Pemkot Bandung Tambah 500 Lampu Jalan Tahun Ini"
    got = classify_lines([b[0], b[1], "Iklan", link, b[2], b[3]])
    assert got["Iklan"][0] == "navigation", got["Iklan"]
    assert got[link][0] == "related", got[link]


def test_an_advert_slot_label_before_a_link_and_a_photo_inside_the_body_is_navigation():
    b = BODY["pt"]
    link = "LEIA TAMBÉM | Curitiba planta 100 mil árvores em 2026"
    photo = ["Moradores visitam as obras do parque.", "Foto: Pedro Lima"]
    got = classify_lines([b[0], b[1], "Publicidade", link, *photo, b[2], b[3]])
    assert got["Publicidade"][0] == "navigation", got["Publicidade"]
