"""Invented English, Spanish and French pages (``tests/clean/pages/``,
invented text and sites) in styles the other page tests do not cover: an AP
style wire story with "___" rules, a colleague's credit and a correction
note; a live blog signed post by post; a French daily's tool bar and
subscription wall; a Spanish daily's tool buttons and "Archivado en" tags; a
Latin-American wire dispatch in plain text; a French photo gallery. Read by
the reader, labelled by the real stages (segment, langid, classify)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsline.clean.classify import CORRECTION_NOTE_REASON
from newsline.clean.html import author_name
from newsline.model import AUTHOR_BIO_REASON, Document

from .helpers import BODY, classify_lines, classify_page, page

pytest.importorskip("trafilatura")

PAGES = Path(__file__).parent / "pages"


def _page(name: str) -> Document:
    return classify_page(PAGES / name)


def _labels(doc: Document) -> dict[str, tuple[str, list[str]]]:
    return {doc.text[b.start : b.end]: (b.label, b.reasons) for b in doc.blocks}


def _starting(got, start: str) -> tuple[str, list[str]]:
    return next(v for t, v in got.items() if t.startswith(start))


def test_wire_story_rules_credit_and_correction():
    got = _labels(_page("en_wire_corrected.html"))
    assert got["___"][0] == "navigation"
    credit = _starting(got, "Associated Press writer Linda Chow")
    assert credit[0] == "byline" and credit[1][0].startswith(AUTHOR_BIO_REASON)
    note = _starting(got, "This story has been corrected")
    # kept: it states the corrected fact (Monday, not Sunday)
    assert note[0] == "body" and note[1][0].startswith(CORRECTION_NOTE_REASON), note
    assert got["Listen to this article · 5 min"][0] == "navigation"
    body = [t for t, (lab, _) in got.items() if lab == "body"]
    assert len(body) == 6
    assert body[0].startswith("PORT ALDEN, Fla. (AP) —")
    assert body[-2].startswith("Gov. Samuel Ortiz declared")
    assert body[-1].startswith("This story has been corrected")


def test_live_blog_posts_are_signed_and_stamped():
    doc = _page("en_liveblog_posts.html")
    got = _labels(doc)
    assert got["— Karen Holt"][0] == "byline"
    assert got["— Tom Reyes"][0] == "byline"
    assert got["10:42 a.m. ET"][0] == "metadata"
    assert got["Show more updates"][0] == "navigation"
    assert doc.author == "Karen Holt"


def test_french_daily_tool_bar_and_wall():
    doc = _page("fr_abonnes_outils.html")
    got = _labels(doc)
    assert got["Par Hélène Gaubert (Bordeaux, correspondante)"][0] == "byline"
    assert got["Écouter l'article"][0] == "navigation"
    assert got["Offrir l’article"][0] == "navigation"
    assert _starting(got, "Cet article est réservé aux abonnés")[0] == "navigation"
    # the wall's buttons after the last paragraph are not the article's end
    assert got["S’abonner"][0] != "body"
    assert got["Contribuer"][0] != "body"
    body = [t for t, (lab, _) in got.items() if lab == "body"]
    assert body[-1].startswith("La chambre d’agriculture estime")


def test_spanish_daily_buttons_and_tags():
    got = _labels(_page("es_diario_archivado.html"))
    assert got["Marta Solís"][0] == "byline"
    for button in ("Escuchar", "Comentar", "Guardar", "Sigue leyendo"):
        assert got[button][0] == "navigation", (button, got[button])
    for tag in ("Sanidad pública", "Listas de espera", "Consejo de Ministros"):
        assert got[tag][0] != "body"
    body = [t for t, (lab, _) in got.items() if lab == "body"]
    assert body[-1].startswith("Los sindicatos han recibido el plan")


def test_latin_american_dispatch_in_plain_text():
    got = _labels(_page("es_latam_despacho.txt"))
    assert got["Colombia y rebeldes acuerdan nueva ronda de diálogo"][0] == "title"
    assert _starting(got, "BOGOTÁ (AP) —")[0] == "body"
    assert got["___"][0] == "navigation"
    assert _starting(got, "El periodista de The Associated Press")[0] == "byline"


def test_french_gallery_stamps_and_buttons():
    got = _labels(_page("fr_galerie_images.html"))
    assert got["Il y a 2 heures"][0] == "metadata"
    assert got["Voir la galerie"][0] == "navigation"
    assert got["1 / 12"][0] != "body"
    body = [t for t, (lab, _) in got.items() if lab == "body"]
    assert len(body) == 3


@pytest.mark.parametrize(
    "raw, name",
    [
        ("— Karen Holt", "Karen Holt"),
        ("– Tom Reyes; — Ana Ruiz", "Tom Reyes; Ana Ruiz"),
        ("Jean-Luc Marin", "Jean-Luc Marin"),
    ],
)
def test_author_name_drops_a_signatures_dash(raw, name):
    assert author_name(raw, "en") == name


@pytest.mark.parametrize(
    "line, label",
    [
        ("— Karen Holt", "byline"),
        ("– Tom Reyes", "byline"),
        # a hyphen opens a list item, not a signature
        ("- Second Round", None),
        ("— 10 things to know", None),
    ],
)
def test_dash_signatures(line, label):
    out = classify_lines([*BODY["en"][:2], line, *BODY["en"][2:]])
    if label is None:
        assert out[line][0] != "byline" or "signed" not in out[line][1][0], out[line]
    else:
        assert out[line][0] == label, out[line]
        assert "signed with a dash" in out[line][1][0]


@pytest.mark.parametrize(
    "lang, line",
    [
        ("fr", "Par Hélène Gaubert (Bordeaux, correspondante)"),
        ("es", "Por Marta Solís (Madrid)"),
        ("en", "By Jane Doe (Reuters)"),
    ],
)
def test_byline_with_a_bracketed_place_or_role(lang, line):
    out = classify_lines(["A headline for the page of the day", line, *BODY[lang]])
    assert out[line][0] == "byline", out[line]


def test_bracketed_words_after_by_are_no_byline_when_no_name_comes_first():
    line = "By the numbers (a chart)"
    out = classify_lines(["A headline for the page of the day", line, *BODY["en"]])
    assert out[line][0] != "byline", out[line]


@pytest.mark.parametrize(
    "lang, line",
    [
        ("fr", "Par Le Courrier du Sud avec AFP"),
        ("en", "By The Morning Ledger with agencies"),
        ("es", "Por El Diario del Sur con EFE"),
    ],
)
def test_a_papers_byline_with_a_wire_agency(lang, line):
    out = classify_lines(["A headline for the page of the day", line, *BODY[lang]])
    assert out[line][0] == "byline", out[line]


def test_a_byline_cue_then_a_sentence_with_avec_is_not_a_desk():
    line = "Par ailleurs, la mairie travaille avec l'AFP sur un nouveau projet de musée."
    out = classify_lines(["Un titre pour la page du jour", *BODY["fr"][:2], line, *BODY["fr"][2:]])
    assert out[line][0] == "body", out[line]


@pytest.mark.parametrize(
    "lang, line",
    [
        ("fr", "» Lire aussi - Crues : comment se faire indemniser après une catastrophe ?"),
        ("en", "Read more - Floods: how to claim after a natural disaster"),
        ("es", "Lee también - Inundaciones: cómo reclamar al seguro"),
    ],
)
def test_inline_teaser_with_a_dash(lang, line):
    out = classify_lines(page(lang, mid=[line]))
    assert out[line][0] == "related", out[line]


def test_read_more_in_a_sentence_stays_body():
    line = "Read more - and slowly - the teacher told the pupils before the exam on Monday."
    out = classify_lines(page("en", mid=[line]))
    assert out[line][0] == "body", out[line]


@pytest.mark.parametrize(
    "lang, heading, teasers",
    [
        (
            "en",
            "MORE FROM WORLD",
            [
                "Floods force thousands from homes in river delta",
                "Central bank holds rates steady amid inflation worries",
                "Rescue teams reach remote mountain village",
            ],
        ),
        (
            "es",
            "LO MÁS LEÍDO",
            [
                "Detenido un hombre por el incendio del monte",
                "El Gobierno aprueba la subida del salario mínimo",
                "Las lluvias dejan cortes de tráfico en la capital",
            ],
        ),
        (
            "fr",
            "À LIRE AUSSI",
            [
                "Les agriculteurs bloquent l'autoroute près de Lyon",
                "La Banque centrale maintient ses taux directeurs",
                "Un incendie ravage un entrepôt à Marseille",
            ],
        ),
    ],
)
def test_teasers_under_a_mid_article_caps_heading_are_related(lang, heading, teasers):
    out = classify_lines(page(lang, mid=[heading, *teasers]))
    assert out[heading][0] == "related", out[heading]
    for t in teasers:
        assert out[t][0] == "related", (t, out[t])
    assert all(out[b][0] == "body" for b in BODY[lang])


def test_a_caps_subheading_followed_by_prose_stays_in_the_article():
    sub = "THE PARK PROJECT"  # its words are the article's
    out = classify_lines([*BODY["en"][:2], sub, *BODY["en"][2:]])
    assert out[sub][0] == "body", out[sub]
    assert all(out[b][0] == "body" for b in BODY["en"])
