"""A Japanese paper's caption may close on the place alone after "＝"
("運休が続く路線を走る臨時バス＝札幌市中央区"), as it closes on the day
("…＝12日、横浜市中区", already a caption). Between the paragraphs it was
read as a subheading (body). A short line, no sentence, closing on "＝" and
a name ending in a city, ward, town or prefecture's word is a caption. Lines
written for this test; a wire headline adding a place ("大雪で交通混乱＝北海道")
that is the page's own title, a dateline in brackets and a sentence stay
as they were."""

from __future__ import annotations

import pytest

from newsline.model import Document
from tests.clean.helpers import BODY, classify_lines, label_between


@pytest.mark.parametrize(
    "line",
    ["運休が続く路線を走る臨時バス＝札幌市中央区", "完成した新しい体育館の内部＝長野県松本市"],
)
def test_a_caption_closing_on_its_place_is_a_caption(line):
    label, reasons = label_between(BODY["ja"], line)
    assert label == "caption", reasons
    assert reasons[0].startswith("caption with the photo's place"), reasons


def test_the_page_headline_with_a_place_is_no_caption():
    head = "大雪で交通混乱、各地で立ち往生相次ぐ＝北海道"
    got = classify_lines([head, *BODY["ja"]], title=head)
    assert got[head][0] != "caption", got[head]


@pytest.mark.parametrize(
    "line",
    ["【ワシントン＝共同】", "市によると、バスは12月から札幌市中央区を通る路線に変わる。"],
)
def test_datelines_and_sentences_are_no_place_caption(line):
    label, reasons = label_between(BODY["ja"], line)
    assert not reasons[0].startswith("caption with the photo's place"), reasons
