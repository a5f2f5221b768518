"""Four stories of one country in one fortnight, each with its president
(benchmarks/data/stories/heldout6, written for this test; see its README):
a referendum, a flood, a rice tariff and a football match. The flood grew
into a story of its own before it met the referendum's, and the two share
the country and the president only: they stay two stories. The opinion
column on both stays its own story. (The tariff and the match are still
joined by a brief: see the README.)
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from newsline.stories import ClusterStories

from .helpers import corpus_pages

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "stories" / "heldout6"


@pytest.fixture(scope="module")
def stage() -> ClusterStories:
    if not DATA.is_dir():
        pytest.skip("heldout6 not present")
    st = ClusterStories()
    st(corpus_pages(DATA), Counter())
    return st


def test_the_referendum_and_the_flood_stay_two_stories(stage):
    referendum = {stage.story_of(f) for f in ("f01-en", "f05-th", "f06-zh", "f22-en")}
    flood = {stage.story_of(f) for f in ("f07-en", "f09-fr", "f10-zh", "f11-th")}
    assert len(referendum) == 1 and len(flood) == 1
    assert referendum != flood


def test_the_column_on_both_is_its_own_story(stage):
    column = stage.story_of("f25-en")
    assert column not in {stage.story_of("f01-en"), stage.story_of("f07-en")}
