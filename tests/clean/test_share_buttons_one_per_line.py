"""A share bar whose buttons stand one per line (a list's items on a blog or
a portal: "Compartir:" / "Facebook" / "WhatsApp" / "Telegram"): each
network's name alone was taken for a short headline after the article
(related). Two network names or more in a row, with page tools a cue names,
are the bar's buttons (navigation); one name alone says nothing. A blog's
like button heading ("Like this:") is a page tool too.

Pages written for this test (es, th, en text dumps)."""

from __future__ import annotations

import pytest

from .helpers import classify_lines, page


def test_spanish_share_buttons_one_per_line():
    lines = page(
        "es",
        head=["Ayuntamiento renueva el parque central"],
        tail=["Compartir:", "Facebook", "WhatsApp", "Telegram", "Imprimir"],
    )
    got = classify_lines(lines)
    for net in ("Facebook", "WhatsApp", "Telegram"):
        assert got[net][0] == "navigation", (net, got[net])


# a blog's post footer: categories and tags, share buttons one per line,
# then related posts with their dates -- a run of short lines after the
# article, taken for headlines
@pytest.mark.parametrize(
    ("lang", "headline", "tail", "buttons"),
    [
        (
            "pt",
            "Cidade reforma o parque central",
            [
                "Publicado em Cidades, Pessoas | Marcado com parques, obras",
                "Compartilhe isso:",
                "Facebook",
                "X",
                "WhatsApp",
                "Telegram",
                "Imprimir",
                "Relacionado",
                'A última fábrica de rendas de Divina Pastora 3 de março de 2025 Em "Pessoas"',
                'Um cinema de rua reabre no centro de Aracaju 14 de janeiro de 2025 Em "Cidades"',
            ],
            ["Facebook", "X", "WhatsApp", "Telegram"],
        ),
        (
            "en",
            "City to renovate the central park",
            [
                "Posted in Parks, City Hall | Tagged renovation, playgrounds",
                "Share this:",
                "Facebook",
                "Bluesky",
                "Email",
                "Like this:",
                "Related",
                'New bike lanes open on Harbour Road March 3, 2025 In "Streets"',
                'Library extends its weekend hours January 14, 2025 In "City Hall"',
            ],
            ["Facebook", "Bluesky", "Email", "Like this:"],
        ),
    ],
)
def test_blog_share_buttons_among_short_lines_after_the_post(lang, headline, tail, buttons):
    got = classify_lines(page(lang, head=[headline], tail=tail))
    for line in buttons:
        assert got[line][0] == "navigation", (line, got[line])


def test_thai_share_buttons_one_per_line():
    lines = page(
        "th",
        head=["เทศบาลเริ่มปรับปรุงสวนสาธารณะกลางเมือง"],
        tail=["แชร์", "Facebook", "LINE", "X"],
    )
    got = classify_lines(lines)
    for net in ("Facebook", "LINE", "X"):
        assert got[net][0] == "navigation", (net, got[net])


def test_a_sentence_saying_like_this_stays_prose():
    lines = page(
        "en",
        head=["City to renovate the central park"],
        mid=["Residents said they had never seen a project like this one in the district before."],
    )
    got = classify_lines(lines)
    line = "Residents said they had never seen a project like this one in the district before."
    assert got[line][0] == "body", got[line]
