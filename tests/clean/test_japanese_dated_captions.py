"""A Japanese newspaper captions its photo with what it shows, "＝", the day
it was taken, then the place and often the photographer ("改修工事が始まる
中央公園＝12日、横浜市中区、田中一郎撮影"): the line was kept as a paragraph
of the article (body). Written so, with no sentence ending in it, the line
is a caption. Lines written for this test in a Japanese daily's style; a
dispatch's opener ("【ワシントン＝共同】") and a sentence of the article
holding "＝12日" stay as before."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, label_between, label_closing

JA = BODY["ja"]


@pytest.mark.parametrize(
    "line",
    [
        "改修工事が始まる中央公園＝12日、横浜市中区、田中一郎撮影",
        "改修工事が始まる中央公園＝12日、横浜市中区",
        "記者会見する市長＝3月12日午後、横浜市役所",
    ],
)
def test_a_caption_with_the_photos_day(line):
    for label, reasons in (label_between(JA, line), label_closing(JA, line)):
        assert label == "caption", reasons


def test_a_dispatch_opener_is_no_caption():
    label, reasons = label_between(JA, "【ワシントン＝共同】")
    assert label != "caption", reasons


def test_a_sentence_with_the_day_stays_body():
    line = "【ワシントン＝共同】米政府は12日、公園整備のための新たな補助金制度を発表した。"
    label, reasons = label_between(JA, line)
    assert label == "body", reasons
