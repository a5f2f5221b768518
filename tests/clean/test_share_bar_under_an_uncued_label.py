"""A share bar under a label no cue table knows ("I-share: Facebook X
Messenger" in Tagalog, "شارك: فيسبوك واتساب تيليغرام" with the brands in
Arabic script): the networks after the label's colon make it a share bar,
which was read as one of the teaser headlines after the article
(heldout11's b12, b17).

Pages written for this test."""

from __future__ import annotations

import pytest

from newsline.clean.classify import _share_bar
from newsline.clean.features import line_features

from .helpers import BODY_AR, BODY_EN, classify_lines


@pytest.mark.parametrize(
    "line",
    [
        "I-share: Facebook X Messenger",
        "Ibahagi: Facebook | Viber | Email",
        "شارك: فيسبوك واتساب تيليغرام",
        "Bagikan: WhatsApp Telegram",
    ],
)
def test_networks_after_a_labels_colon_are_a_share_bar(line):
    assert _share_bar(line_features(0, line)) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Breaking: Facebook buys WhatsApp",
        "Facebook: Messenger",
        "Ang sabi ng mga opisyal: Facebook X",
    ],
)
def test_a_headline_or_one_network_is_no_share_bar(line):
    assert _share_bar(line_features(0, line)) is None


def test_the_arabic_share_bar_closing_an_article_is_navigation():
    line = "شارك: فيسبوك واتساب تيليغرام"
    got = classify_lines(["عنوان الخبر عن الحديقة", *BODY_AR, line, "أخبار ذات صلة"])
    assert got[line][0] == "navigation", got[line]


def test_the_tagalog_share_bar_closing_an_article_is_navigation():
    line = "I-share: Facebook X Messenger"
    got = classify_lines(["A headline about the park", *BODY_EN, line])
    assert got[line][0] == "navigation", got[line]
