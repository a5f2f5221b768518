"""Places a story is about, and merges of grown stories about different
places (newsline.stories.cluster, merge_place_weight).

Hand-made story profiles with invented names; the places are real CLDR
territories (the only places the stage knows), none of them special.
"""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.settings import StorySettings
from newsline.stories import ClusterStories
from newsline.stories.anchors import place_shares
from newsline.stories.cluster import Story, place_cosine


def test_place_shares_keep_how_much_a_document_is_about_each_place():
    counts = {"a": [["t:KE", 6], ["w:odhiambo", 3], ["t:UG", 2], ["y:2024", 1]]}
    assert place_shares(counts) == {"KE": 0.75, "UG": 0.25}
    assert place_shares({"a": [["w:odhiambo", 3]]}) == {}


def test_place_cosine():
    assert place_cosine({"KE": 2.0}, {"KE": 5.0}) == pytest.approx(1.0)
    assert place_cosine({"KE": 1.0}, {"UG": 1.0}) == 0.0
    assert place_cosine({}, {"UG": 1.0}) is None


def _story(sid: str, n: int, anchors: dict, places: dict) -> Story:
    """A grown Swahili story of ``n`` pages (ids: the story's initial, a number)."""
    return Story(
        id=sid,
        n=n,
        anchors=anchors,
        langs={"sw": n},
        places=dict(places),
        docs=[f"{sid[0]}{i}" for i in range(n)],
    )


def _with_stories(stage: ClusterStories, *stories: Story) -> ClusterStories:
    """``stage`` holding ``stories``, every anchor indexed; of 100 documents."""
    stage.n_docs = 100
    for st in stories:
        stage.stories[st.id] = st
        for f in st.anchors:
            stage.inv.setdefault(f, set()).add(st.id)
    return stage


def _stage(weight: float, n_a: int, n_b: int, places_a: dict, places_b: dict) -> ClusterStories:
    """Two stories sharing half their (equally rare) anchors: anchor cosine 0.5,
    above the default merge threshold 0.35."""
    return _with_stories(
        ClusterStories(StorySettings(merge_place_weight=weight)),
        _story(
            "a",
            n_a,
            {"w:odhiambo": 1.0, "w:kivuli": 1.0, "w:amara": 1.0, "w:tesoro": 1.0},
            places_a,
        ),
        _story(
            "b",
            n_b,
            {"w:odhiambo": 1.0, "w:kivuli": 1.0, "w:lumbe": 1.0, "w:sarova": 1.0},
            places_b,
        ),
    )


def _merged(stage: ClusterStories) -> bool:
    stats: Counter[str] = Counter()
    stage._maybe_merge("b", stats)
    return stats["stories_merged"] == 1 and len(stage.stories) == 1


def test_grown_stories_about_different_countries_do_not_merge():
    # one wave of news told country by country: same names, other places
    assert not _merged(_stage(0.5, 8, 6, {"KE": 7.0, "UG": 1.0}, {"TZ": 5.0, "KE": 0.5}))


def test_grown_stories_about_the_same_country_still_merge():
    assert _merged(_stage(0.5, 8, 6, {"KE": 7.0, "UG": 1.0}, {"KE": 5.0, "UG": 0.5}))


def test_without_the_place_weight_they_merge_as_before():
    assert _merged(_stage(0.0, 8, 6, {"KE": 7.0, "UG": 1.0}, {"TZ": 5.0, "KE": 0.5}))


def test_small_stories_and_stories_without_places_are_not_held_back():
    # a page or two: too few places to judge by; no territory at all: nothing to compare
    assert _merged(_stage(0.5, 8, 2, {"KE": 7.0}, {"TZ": 2.0}))
    assert _merged(_stage(0.5, 8, 6, {"KE": 7.0}, {}))


def test_places_are_kept_on_stories_and_survive_the_state():
    from newsline.model import Document

    texts = [
        (
            "k1",
            "Kenia: Streik im Hafen Mombasa",
            (
                "Kenia erlebt einen Streik. In Kenia stehen die Kräne still, "
                "sagte Gewerkschafter Odhiambo Kivuli; auch Uganda wartet auf Waren."
            ),
        ),
        (
            "k2",
            "Kenya: mogok di pelabuhan Mombasa",
            (
                "Kenya dilanda mogok. Di Kenya derek berhenti, kata "
                "Odhiambo Kivuli; Uganda juga menunggu barang."
            ),
        ),
        (
            "p1",
            "Perú: paro minero en Arequipa",
            (
                "Perú vive un paro minero. En Perú la mina Tesoro Alto está "
                "cerrada, dijo la dirigente Amara Lumbe."
            ),
        ),
    ]
    docs = [Document(id=i, source=i, text=t + "\n\n" + b, lang="xx", title=t) for i, t, b in texts]
    stage = ClusterStories(StorySettings())
    stage(docs, Counter())
    places = {sid: dict(st.places) for sid, st in stage.stories.items()}
    # each story's places lead with the country it is about; shares add to 1 per document
    tops = {max(p, key=lambda c: p[c]) for p in places.values()}
    assert tops == {"KE", "PE"}
    for st in stage.stories.values():
        assert sum(st.places.values()) == pytest.approx(st.n)
    kenya = next(p for p in places.values() if max(p, key=lambda c: p[c]) == "KE")
    assert 0 < kenya["UG"] < kenya["KE"]
    again = ClusterStories(StorySettings())
    again.load_state(stage.state_dict())
    assert {sid: st.places for sid, st in again.stories.items()} == places


# ------------------------------------------------- joins (join_place_weight)
def _join_stage(weight: float) -> ClusterStories:
    """Two grown stories sharing the same (equally rare) names; one is about
    Kenya, the other about Tanzania."""
    return _with_stories(
        ClusterStories(StorySettings(join_place_weight=weight)),
        _story("ke", 6, {"t:KE": 1.0, "w:kivuli": 1.0, "k:kfl": 1.0}, {"KE": 6.0}),
        _story(
            "tz",
            6,
            {
                "t:TZ": 0.5,
                "w:kivuli": 1.0,
                "k:kfl": 1.0,
                "w:amara": 1.0,
                "w:lumbe": 1.0,
                "k:lmp": 1.0,
                "w:sarova": 1.0,
            },
            {"TZ": 6.0},
        ),
    )


def test_join_place_factor_scales_a_join_by_how_far_the_places_differ():
    stage = _join_stage(0.5)
    assert stage._join_place_factor(stage.stories["ke"], {"KE": 1.0}) == pytest.approx(1.0)
    assert stage._join_place_factor(stage.stories["tz"], {"KE": 1.0}) == pytest.approx(0.5)
    # a page without places, or a story of fewer than 3 documents: no judgement
    assert stage._join_place_factor(stage.stories["tz"], {}) == 1.0
    stage.stories["tz"].n = 2
    assert stage._join_place_factor(stage.stories["tz"], {"KE": 1.0}) == 1.0
    assert _join_stage(0.0)._join_place_factor(stage.stories["ke"], {"TZ": 1.0}) == 1.0


def test_a_page_about_one_country_joins_that_countrys_story_not_the_one_with_more_names():
    # the page shares more names with the Tanzania story, but it is about
    # Kenya: without the place factor it joins the Tanzania story, with it
    # the Kenya one
    from newsline.model import Document

    page = Document(
        id="new",
        source="new",
        lang="sw",
        title="Mkutano wa Kivuli",
        text="Mkutano wa Kivuli\n\nMjini Kenya, Kivuli alikutana na Amara Lumbe na Sarova.",
    )

    def joined(weight: float) -> str:
        stage = _join_stage(weight)
        stage([page], Counter())
        return stage.resolve(stage.doc_story["new"])

    assert joined(0.0) == "tz"
    assert joined(0.5) == "ke"
