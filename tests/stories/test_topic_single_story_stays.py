"""Reassignment (topics._reassign) compares each story with every large
topic's centroid, the story itself left out of its own. A story that is its
large topic's only story has nothing left: its own cosine read 0, so it
left for any topic it reached at topic_attach_threshold -- a merge of two
topics that agglomeration had refused at topic_threshold. It stays now.

Two affairs in one country (a common place, low IDF): one told as one large
story, the other as a large story and a page; they must stay two topics.
Near misses that must still move: a one-story topic too small to be a
topic joins the large topic it matches; a story of a large topic of several
stories still moves to the topic that fits it better."""

from __future__ import annotations

from newsline.stories.topics import _reassign, group_topics

from .test_topics import P, as_sets


def _common_places(f: str) -> float:
    # the country is common in the corpus: a low IDF, as real ones give
    return 0.2 if f.startswith("t:") else 1.0


MINE = P("mine", 14, {"t:PE": 3.0, "w:quispe": 2.5, "w:arequipa": 1.5, "w:fjellstad": 1.2})
STRIKE = P(
    "strike", 11, {"t:PE": 3.0, "w:huaman": 2.5, "w:callao": 1.5, "w:sutep": 1.0, "w:vilca": 1.5}
)
STRIKE_PAGE = P("strike-page", 1, {"t:PE": 1.5, "w:huaman": 2.0, "w:callao": 1.5})


def _group(stories: list[P]) -> set[frozenset[str]]:
    got = group_topics(
        stories, _common_places, threshold=0.25, min_documents=10, attach_threshold=0.1
    )
    return as_sets(stories, got)


def test_two_affairs_of_one_country_stay_two_topics():
    got = _group([MINE, STRIKE, STRIKE_PAGE])
    assert got == {frozenset({"mine"}), frozenset({"strike", "strike-page"})}


def test_a_story_alone_in_its_large_topic_is_not_moved_by_reassignment():
    stories = [MINE, STRIKE, STRIKE_PAGE]
    groups, moved = _reassign(stories, _common_places, [[0], [1, 2]], 10, 0.1)
    assert moved == 0
    assert as_sets(stories, groups) == {frozenset({"mine"}), frozenset({"strike", "strike-page"})}


def test_a_one_story_topic_too_small_to_be_a_topic_still_joins():
    # a two-page story of the mine affair (below topic_min_documents)
    small = P("mine-small", 2, {"t:PE": 1.0, "w:quispe": 1.5, "w:arequipa": 1.0})
    stories = [MINE, STRIKE, STRIKE_PAGE, small]
    groups, _ = _reassign(stories, _common_places, [[0], [1, 2], [3]], 10, 0.1)
    assert frozenset({"mine", "mine-small"}) in as_sets(stories, groups)


def test_a_story_of_a_topic_of_several_still_moves_to_a_better_one():
    # a mine story sitting in the strike topic goes to the mine topic
    stray = P("stray", 3, {"t:PE": 1.0, "w:quispe": 2.0, "w:arequipa": 1.5})
    stories = [MINE, STRIKE, STRIKE_PAGE, stray]
    groups, moved = _reassign(stories, _common_places, [[0], [1, 2, 3]], 10, 0.1)
    assert moved == 1
    assert as_sets(stories, groups) == {
        frozenset({"mine", "stray"}),
        frozenset({"strike", "strike-page"}),
    }
