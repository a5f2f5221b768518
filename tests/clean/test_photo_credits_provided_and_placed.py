"""Two photo credits the cleaner misread (heldout14): a caption closing on
"图/受访者提供" (photo provided by the interviewee) was a site footer, its
"提供" read as "powered by" (g03); a Japanese caption "…＝place、筆者撮影"
(the place, then who took it) was a paragraph (k20). Lines written for
this test; "Powered by …" and a site's "技术支持" line stay footer."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines, label_between


@pytest.mark.parametrize(
    "line",
    ["李女士在新修的步道上散步。图/受访者提供", "新开放的儿童游乐区。图/区政府提供"],
)
def test_a_caption_closing_on_a_provided_photo_is_a_caption(line):
    assert label_between(BODY["zh"], line)[0] == "caption"


def test_a_japanese_caption_with_place_and_photographer_is_a_caption():
    line = "改修工事が始まった中央公園の遊歩道＝横浜市中区、記者撮影"
    assert label_between(BODY["ja"], line)[0] == "caption"


@pytest.mark.parametrize("line", ["Powered by WordPress", "本网站由星云科技提供技术支持"])
def test_a_sites_powered_by_line_stays_footer(line):
    got = classify_lines(["市区新公园下月开放", *BODY["zh"], line])
    assert got[line][0] == "footer", got[line]
