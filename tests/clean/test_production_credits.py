"""A podcast's or video's production credits written as prose ("The
Watershed is produced by X and edited by Y. Music by Z.") credit the
people who made it (byline); read as the transcript's last paragraph they
were body (heldout12's c07). Two different credits on one short line make
the credits; one alone is a story's sentence as often. Pages written for
this test."""

from __future__ import annotations

import pytest

from .helpers import BODY_EN, BODY_ES, BODY_FR, BODY_TH, classify_lines


@pytest.mark.parametrize(
    ("body", "credits"),
    [
        (
            BODY_ES,
            "Este episodio fue producido por Marina Ledesma y editado por Pablo Ruiz. Música de Los Faroles.",
        ),
        (
            BODY_FR,
            "Un podcast produit par Élise Marchand, monté par Karim Benali. Musique de Orage Blanc.",
        ),
        (BODY_TH, "รายการนี้ผลิตโดย ธนพร ศรีสวัสดิ์ ตัดต่อโดย วีรยุทธ มั่นคง"),
        (
            BODY_EN,
            "This episode was hosted by Dana Price and produced by Leo Grant. Sound design by Mira Sato.",
        ),
    ],
)
def test_production_credits_under_a_transcript_are_a_byline(body, credits):
    got = classify_lines(["Radio Norte", "Episode 12: the park works explained", *body, credits])
    assert got[credits][0] == "byline", got[credits]
    assert all(got[p][0] == "body" for p in body)


def test_one_credit_in_a_sentence_of_the_story_stays_body():
    line = "The documentary was produced by a cooperative of farmers who filmed it on their phones."
    got = classify_lines([BODY_EN[0], BODY_EN[1], line, BODY_EN[2], BODY_EN[3]])
    assert got[line][0] == "body", got[line]
