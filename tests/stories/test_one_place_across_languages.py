"""Across languages, one shared country alone does not join a page to a
story: a wildfire page and the same country's budget story of that week have
the country in common and nothing else. The Arabic page of the invented
wildfire (see test_cyrillic_korean_names) names no person in a form other
languages share; read right after the budget pages, before any other fire
page, it joined the budget story on "Portugal" alone.
"""

from __future__ import annotations

from collections import Counter

from newsline.stories import ClusterStories
from newsline.stories.cluster import _too_little_across

from .helpers import mk
from .test_cyrillic_korean_names import BUDGET, FIRE


def test_one_place_alone_is_too_little_but_a_place_and_more_is_not():
    assert _too_little_across(["t:PT"])
    assert _too_little_across(["#:2300", "d:2025-08-13"])
    assert not _too_little_across(["t:PT", "#:2300"])
    assert not _too_little_across(["t:PT", "t:GR"])
    assert not _too_little_across(["w:canadair"])


def test_a_page_sharing_only_the_country_starts_its_own_story():
    docs = [mk("budget", lang, BUDGET, published="2025-08-14") for lang in sorted(BUDGET)]
    docs += [mk("fire", lang, FIRE, published="2025-08-13") for lang in sorted(FIRE)]
    assert docs[len(BUDGET)].id == "fire-ar"
    stage = ClusterStories()
    stage(docs, Counter())
    got = sorted(sorted(s["documents"]) for s in stage.finalize()["stories"])
    assert got == sorted(
        [sorted(f"fire-{lang}" for lang in FIRE), sorted(f"budget-{lang}" for lang in BUDGET)]
    )
