"""A blog prints its post's headline over the article and again in a
"Recent posts" sidebar under it. Counted twice in the page, the headline
was read as a teaser and the blog's tagline above it taken for the
headline. The first copy, straight over the paragraphs (or over the
"Posted on … by …" stamp above them), is the headline; a teaser list at
the top of a front page, whose headlines stand over short snippets, keeps
its teasers. Pages written for this test."""

from __future__ import annotations

from .helpers import BODY, labels_of


def test_german_blog_headline_repeated_in_the_sidebar():
    headline = "Sanierung des Zentralparks beginnt im nächsten Monat"
    lines = [
        "Der Stadtteilbote",
        "Ein ehrenamtliches Nachrichtenblog für den Stadtteil seit 2009",
        "Start | Politik | Schulen | Termine | Leserbriefe | Impressum",
        headline,
        "Veröffentlicht am 3. April 2025 von Jana Keller",
        *BODY["de"],
        "Teilen mit: Facebook | E-Mail | Drucken",
        "Neueste Beiträge",
        headline,
        "Frühjahrsputz am Stadtteilplatz",
    ]
    got = labels_of(lines)
    assert got[3] == "title"
    assert "title" not in got[:3]
    assert got[8] == "body"
    assert got[-2] in {"related", "navigation"}


def test_portuguese_blog_headline_without_a_stamp_line():
    headline = "Reforma do parque central começa no próximo mês com novas trilhas"
    lines = [
        "Blog do Bairro",
        "Notícias da vizinhança escritas por voluntários desde 2012",
        headline,
        *BODY["pt"],
        "Posts recentes",
        "Feira de livros usados bate recorde de público",
        headline,
    ]
    got = labels_of(lines)
    assert got[2] == "title"
    assert got[1] != "title"
    assert got[3:7] == ["body"] * 4


def test_front_page_teasers_over_snippets_stay_teasers():
    first = "Prefeitura anuncia reforma do parque central para o próximo mês"
    second = "Moradores pedem aviso prévio sobre obras barulhentas no parque"
    lines = [
        "Portal da Cidade",
        first,
        "Obras devem durar seis meses.",
        second,
        "Pedido foi feito em reunião.",
        *BODY["pt"],
        "Mais lidas",
        first,
        second,
    ]
    got = labels_of(lines)
    assert got[1] != "title"
    assert got[1] in {"related", "navigation"}
