"""A reader-funded site's appeal by the article ("This essay is free to read
because readers like you support us. Become a member from $5 a month.") is
navigation like a donation button; it was read as the article's last
paragraph, and so hid the author's bio above it from the bio rule
(heldout13's f11). Pages written for this test. A news paragraph that says
a country will "become a member" of an alliance stays body."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines


@pytest.mark.parametrize(
    ("lang", "appeal"),
    [
        (
            "pt",
            "Nosso jornalismo é gratuito e independente. Apoie o jornalismo local com uma contribuição mensal.",
        ),
        (
            "fr",
            "Cet article vous est offert. Soutenez notre rédaction indépendante : faites un don dès 3 euros.",
        ),
        (
            "en",
            "We keep this site free for everyone thanks to readers like you. Chip in from $3 a month.",
        ),
    ],
)
def test_an_appeal_for_money_by_the_article_is_navigation(lang, appeal):
    got = classify_lines(["A headline about the city park", *BODY[lang], appeal, "Share"])
    assert got[appeal][0] == "navigation", got[appeal]
    assert all(got[p][0] == "body" for p in BODY[lang])


def test_an_appeal_after_the_bio_leaves_the_bio_a_byline():
    bio = "Harriet Ames is a science writer based in Halifax. Her book on ocean mapping comes out next year."
    appeal = "This essay is free to read because readers like you support us. Become a member from $5 a month."
    got = classify_lines(["The maps nobody credited", "By Harriet Ames", *BODY["en"], bio, appeal])
    assert got[appeal][0] == "navigation", got[appeal]
    assert got[bio][0] == "byline", got[bio]


def test_a_country_to_become_a_member_stays_body():
    para = (
        "Officials said the country would become a member of the trade bloc next year after a vote."
    )
    got = classify_lines([*BODY["en"][:2], para, *BODY["en"][2:]])
    assert got[para][0] == "body", got[para]
