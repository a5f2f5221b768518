"""Invented Spanish and French pages (``tests/clean/pages/``, invented text and
sites): regional dailies, wire copy, galleries. Read by the reader, labelled
by the real stages (segment, langid, classify)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsline.clean.html import author_name
from newsline.model import Document

from .helpers import classify_page

pytest.importorskip("trafilatura")

PAGES = Path(__file__).parent / "pages"


def _page(name: str) -> Document:
    return classify_page(PAGES / name)


def _label(doc: Document, start: str) -> tuple[str, list[str]]:
    b = next(b for b in doc.blocks if doc.text[b.start : b.end].startswith(start))
    return b.label, b.reasons


def test_french_byline_with_the_writers_role_and_place():
    doc = _page("fr_envoyee_speciale.html")
    label, why = _label(doc, "Par Sophie Marchetti, envoyée spéciale")
    assert label == "byline", why
    # the author is the name, without "Par" nor the role the extractor kept
    assert doc.author == "Sophie Marchetti"


def test_spanish_byline_cue_is_not_part_of_the_author():
    doc = _page("es_regional_canfranc.html")
    assert _label(doc, "Por Javier Lasierra")[0] == "byline"
    assert doc.author == "Javier Lasierra"


@pytest.mark.parametrize(
    "raw, lang, name",
    [
        ("Por Ana Ruiz", "es", "Ana Ruiz"),
        ("Par Claire Dupont; Envoyée Spéciale À Pau", "fr", "Claire Dupont"),
        ("Jane Doe; John Roe", "en", "Jane Doe; John Roe"),
        ("Portela Ana", "es", "Portela Ana"),
        ("Redacción", "es", "Redacción"),
    ],
)
def test_author_name_from_an_extractors_byline(raw, lang, name):
    assert author_name(raw, lang) == name


def test_press_release_title_is_the_headline_not_the_kicker():
    # <title> "Nota de prensa: <headline cut short>"; the page shows the kicker
    # "NOTA DE PRENSA" above the full headline
    doc = _page("es_nota_prensa.html")
    headline = (
        "Ferrovías del Pirineo celebra el acuerdo hispano-francés para la línea Zaragoza-Toulouse"
    )
    assert _label(doc, headline)[0] == "title"
    assert _label(doc, "NOTA DE PRENSA")[0] != "title"
    assert doc.title == headline


def test_page_title_cut_short_before_the_site_name():
    # <title> "<headline without its last words> | Site"
    doc = _page("es_wire_efe_style.html")
    headline = (
        "España y Francia firmarán el acuerdo del tren rápido Zaragoza-Toulouse el próximo martes"
    )
    assert _label(doc, headline)[0] == "title"
    assert doc.title == headline


@pytest.mark.parametrize(
    "page_title, headline, expected",
    [
        (
            "Nota de prensa: Una empresa celebra el acuerdo firmado",
            "Una empresa celebra el acuerdo firmado ayer en Perpiñán",
            True,
        ),
        (
            "Un acuerdo histórico entre dos países | Diario",
            "Un acuerdo histórico entre dos países hoy",
            True,
        ),
        # a page title that goes on with more words is a longer headline: kept
        ("Un acuerdo histórico entre dos países vecinos", "Un acuerdo histórico", False),
        # the title part is too short to say it is the headline's start
        ("Portada | Diario del Ebro", "Portada del domingo con todas las noticias", False),
    ],
)
def test_headline_in_page_title_cut_short(page_title, headline, expected):
    from newsline.clean.stages import headline_in_page_title

    assert (headline_in_page_title(page_title, headline) == headline) is expected


def test_press_release_place_and_date_line_is_its_dateline_and_dates_it():
    from collections import Counter

    from newsline.dates import ResolveDates

    doc = _page("es_nota_prensa.html")
    label, why = _label(doc, "Zaragoza, 12 de marzo de 2024")
    assert label == "dateline", why
    assert doc.published is None  # no <meta>, no <time>: the line is the only date of issue
    ResolveDates()([doc], Counter())
    assert doc.published == "2024-03-12"
    # so a yearless date is resolved from it, not from a year later in the text
    nxt = next(m for m in doc.dates if doc.text[m.start : m.end] == "el próximo 15 de octubre")
    assert nxt.value == "2024-10-15"


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Zaragoza, 12 de marzo de 2024", True),
        ("Lyon, le 3 mars 2024", True),
        ("Madrid, martes 12 de marzo de 2024", True),
        ("San Sebastián de los Reyes, 1 de abril de 2024", True),
        ("Boston, 05/03/2024", True),
        ("Zaragoza, 12 de marzo", False),  # no year: not a date of issue
        ("Pero, el 12 de marzo de 2024 fue un día largo", False),
        ("Jaca | 13/03/2024", False),
    ],
)
def test_place_and_date(line, expected):
    from newsline.clean.features import place_and_date

    assert place_and_date(line) is expected


def test_newsletter_pitch_and_filed_under_line_are_set_aside_es():
    doc = _page("es_regional_canfranc.html")
    label, why = _label(doc, "Recibe cada mañana las noticias")
    assert label == "navigation", why
    label, why = _label(doc, "Archivado en:")
    assert label == "navigation", why
    # the article's own sentences stay
    assert _label(doc, "Hace dos semanas, los alcaldes")[0] == "body"


def test_newsletter_pitch_and_comment_prompt_are_set_aside_fr():
    doc = _page("fr_regional_bearn.html")
    label, why = _label(doc, "Newsletter Béarn : recevez chaque jour")
    assert label == "navigation", why
    doc = _page("fr_direct_incendie.html")
    label, why = _label(doc, "Vous souhaitez réagir ? Connectez-vous pour commenter.")
    assert label == "navigation", why
    assert _label(doc, "14h32 Un pompier a été légèrement blessé")[0] == "body"


@pytest.mark.parametrize(
    "line",
    [
        "Recibe cada mañana lo más importante. Apúntate a nuestra newsletter gratuita.",
        "Toute l'actualité de votre ville chaque matin. Inscrivez-vous à notre newsletter !",
    ],
)
def test_short_pitch_closing_on_a_sign_up_call(line):
    from .helpers import classify_lines

    body = [
        "El ayuntamiento aprobó ayer el presupuesto del próximo año con los votos del gobierno municipal.",
        "La oposición criticó que las inversiones en los barrios sigan sin ejecutarse después de dos años.",
        "El alcalde defendió las cuentas y aseguró que las obras pendientes comenzarán en primavera.",
    ]
    got = classify_lines([body[0], body[1], line, body[2]])
    assert got[line][0] == "navigation", got[line]
    assert got[body[2]][0] == "body"


def test_no_site_name_cut_out_of_a_headline_shown_whole():
    # <title> "DIRECT. Incendie ... : 2 000 hectares brûlés, ..." is also the
    # page's headline; the extractor took the part before " : " for a site name
    doc = _page("fr_direct_incendie.html")
    assert doc.title.startswith("DIRECT. Incendie dans les Pyrénées-Orientales : 2 000 hectares")
    # no part of the headline is the site's name; the page's copyright line
    # ("© Le Courrier Catalan - Tous droits réservés") names the site
    assert doc.sitename == "Le Courrier Catalan"
