"""Honest articles that retell a lure in their own words stay clean: a
warning that shouts "Beware!" before describing a giveaway entered by
shares (the draw itself is not shouted), and a bank's warning that retells
a phishing text's two phrases with no contact (phishing words sell nothing,
so they make no advert paragraph). Pages written for this file."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

PAGES = [
    (
        "Trading Standards has issued a warning about fake competitions on social media.\n"
        "Beware! Fraudsters run a giveaway of cars and ask people to share this post and tag 3 "
        "friends before sending a link that steals card details.\n"
        "The council said anyone who entered should contact their bank.\n"
    ),
    (
        "The bank said thousands of customers had received fraudulent text messages this week.\n"
        "The messages claim your account has been suspended and ask customers to confirm your "
        "account details on a fake website, the bank said.\n"
        "Customers should call the number on the back of their card.\n"
    ),
    (
        "Policja ostrzega przed nową falą oszustw w mediach społecznościowych.\n"
        "Uwaga! Oszuści ogłaszają konkurs, w którym trzeba udostępnij ten post i oznacz 3 znajomych, "
        "a potem proszą o dane karty.\n"
        "Funkcjonariusze radzą, by nie klikać w linki z takich wiadomości.\n"
    ),
]


@pytest.mark.parametrize("page", PAGES)
def test_retold_lure_stays_clean(page):
    assert kinds(flagged(page), "spam") == []


def test_shouted_draw_still_flagged():
    page = (
        "The county council approved a new cycle path along the river after a two-year consultation.\n"
        "GIVEAWAY! We are giving away two mountain bikes, share this post and tag 3 friends to enter.\n"
        "Work is expected to start in the spring and take about eighteen months.\n"
    )
    assert [f.data["signal"] for f in kinds(flagged(page), "spam")] == ["giveaway"]
