"""Two cue phrases the held-out set 10 lacked:

* a Chinese self-media post's list of its earlier posts under "往期推荐" or
  "往期回顾" ("past picks", "looking back"): a related list's heading (four
  Han characters alone were read as a writer's name, a byline);
* a French metered wall's count of the text still hidden ("Il vous reste
  42 % de cet article à lire."): the wall, not a sentence of the article.

Pages written for this test."""

from __future__ import annotations

import pytest

from .helpers import BODY_FR, BODY_ZH, classify_lines


@pytest.mark.parametrize("heading", ["往期推荐", "往期回顾"])
def test_past_picks_under_a_chinese_post_are_related(heading):
    items = ["小区停车难，立体车库能不能解决？", "社区食堂开业半年，老人们吃得怎么样？"]
    lines = ["社区菜市场改造后，摊主和居民怎么看", *BODY_ZH, heading, *items, "城事观察 © 2025"]
    got = classify_lines(lines)
    assert got[heading][0] == "related", got[heading]
    for line in items:
        assert got[line][0] == "related", (line, got[line])


def test_share_of_the_article_left_to_read_is_the_wall():
    line = "Il vous reste 42 % de cet article à lire."
    lines = ["La mairie rénove le parc central", BODY_FR[0], BODY_FR[1], line]
    got = classify_lines(lines)
    assert got[line][0] == "navigation", got[line]
