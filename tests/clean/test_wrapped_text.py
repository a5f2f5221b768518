"""Text wrapped at a fixed width (wire copy, e-mail, some scrapes) cuts
paragraphs into lines; a short one in the middle ("premières manifestations
de février 2011 avaient pour objectif de demander la") goes on from the line
above and is the article's text, not a headline-like line. A poem's or a
comment's short lines, and posts opening on a handle, are not wrapped text."""

from __future__ import annotations

from .helpers import BODY, classify_lines

WRAPPED = [
    "France Info rappelle que le naufrage a pesé sur la colère actuelle puisque les",
    "premières manifestations de mars avaient pour objectif de demander la",
    "libération de l'avocat des familles de victimes, Paul Mercier. Un rare",
    "survivant est revenu pour le quotidien régional sur cette journée de juin",
    "où les secours sont arrivés trop tard pour sauver les passagers du ferry.",
]


def test_short_lines_of_a_wrapped_paragraph_are_body():
    out = classify_lines(
        ["Le naufrage du ferry, dix ans après", *BODY["fr"][:2], *WRAPPED, *BODY["fr"][2:]]
    )
    for line in WRAPPED:
        assert out[line][0] == "body", (line, out[line])
    assert "wrapped at a fixed width" in out[WRAPPED[1]][1][0]


def test_a_post_opening_on_a_handle_is_not_a_wrapped_line():
    post = "@harbourwatch: ferry still not back in port, families waiting"
    out = classify_lines([*BODY["en"][:2], post, *BODY["en"][2:]])
    assert "wrapped" not in " ".join(out[post][1])
