"""A bar of reaction buttons with their counts under the article ("좋아요 3
훈훈해요 0 슬퍼요 0 화나요 1", "Like 12 Love 3 Haha 0 Sad 1 Angry 0", "Thích
12 · Yêu thích 3 · Haha 0 · Buồn 1") is the page's tools: it was set aside
as a related headline after the article. Pages written for this test in a
Korean portal's, an English and a Vietnamese site's styles."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines

BARS = {
    "ko": "좋아요 3 훈훈해요 0 슬퍼요 0 화나요 1",
    "en": "Like 12 Love 3 Haha 0 Sad 1 Angry 0",
    "vi": "Thích 12 · Yêu thích 3 · Haha 0 · Buồn 1",
}


@pytest.mark.parametrize("lang", sorted(BARS))
def test_a_bar_of_reactions_is_navigation(lang):
    got = classify_lines([*BODY[lang], BARS[lang], "Copyright © 2026"])
    assert got[BARS[lang]][0] == "navigation", got[BARS[lang]]


@pytest.mark.parametrize(
    "line",
    [
        "The council voted 12 to 3 with 1 abstention",
        "Arsenal 2 Chelsea 1",
        "Share 12 Tweet 3 Email",
    ],
)
def test_figures_in_a_line_of_words_make_no_bar(line):
    got = classify_lines([*BODY["en"][:2], line, *BODY["en"][2:]])
    assert "reactions" not in " ".join(got[line][1]), got[line]
