"""Pages whose only link to their story's other languages is the country
named by its people (benchmarks/data/stories/heldout5, written for this
test; see its README): "mineros bolivianos" and the toll join the Bolivia
mine story, "mineurs chiliens" and the strikers' number the Chile strike
story. Near misses that name the same country's people in another story (a
Bolivian footballer, Bolivian tourists hurt in Tunisia with the same toll,
Chilean wine, a Chilean tourist in Phuket, a Bolivian singer in Hanoi) stay
out.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from newsline.stories import ClusterStories

from .helpers import corpus_pages

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "stories" / "heldout5"


@pytest.fixture(scope="module")
def stage() -> ClusterStories:
    if not DATA.is_dir():
        pytest.skip("heldout5 not present")
    st = ClusterStories()
    st(corpus_pages(DATA), Counter())
    return st


def test_the_set_is_whole():
    gold = json.loads((DATA / "gold.json").read_text(encoding="utf-8"))
    assert sorted(gold) == sorted(f.name for f in DATA.glob("*.txt"))


def test_a_page_naming_only_bolivians_joins_the_bolivia_story(stage):
    assert stage.story_of("m05-es") == stage.story_of("m01-en")


def test_a_page_naming_only_chileans_joins_the_chile_story(stage):
    assert stage.story_of("s06-fr") == stage.story_of("s01-en")


def test_the_stories_are_whole(stage):
    assert len({stage.story_of(f"m0{k}") for k in ("1-en", "2-fr", "3-vi", "4-zh", "5-es")}) == 1
    strike = ("1-en", "2-es", "3-vi", "4-th", "5-zh", "6-fr")
    assert len({stage.story_of(f"s0{k}") for k in strike}) == 1


@pytest.mark.parametrize("near_miss", ["n01-es", "n02-fr", "n03-en", "n04-th", "n05-vi"])
def test_the_same_people_in_another_story_stay_out(stage, near_miss):
    assert stage.story_of(near_miss) not in {stage.story_of("m01-en"), stage.story_of("s01-en")}
