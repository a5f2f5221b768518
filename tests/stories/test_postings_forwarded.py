"""Postings of merged stories are forwarded when read (ClusterStories._postings).

A merge once rewrote every posting list naming the story merged away: a walk
over the whole index per merge, a cost that grew with the corpus. The lists
are now forwarded on their next read; what a read returns, and so the
candidates found, must be what the eager rewrite gave.
"""

from __future__ import annotations

import random

from newsline.settings import StorySettings
from newsline.stories import ClusterStories
from newsline.stories.cluster import Story


def _eager(posted: dict[str, set[str]], merges: list[tuple[str, str]]) -> dict[str, set[str]]:
    """The postings as the eager rewrite left them: each merge's id replaced."""
    inv = {f: set(ids) for f, ids in posted.items()}
    for keep, gone in merges:
        for ids in inv.values():
            if gone in ids:
                ids.discard(gone)
                ids.add(keep)
    return inv


def test_forwarded_postings_and_candidates_equal_the_eager_rewrite():
    rng = random.Random(31)
    feats = [f"w:n{i}" for i in range(40)] + [f"t:C{i}" for i in range(5)]
    for _ in range(20):
        cs = ClusterStories(StorySettings(max_candidates=5))
        posted: dict[str, set[str]] = {}
        merges: list[tuple[str, str]] = []
        for k in range(60):
            alive = list(cs.stories)
            if alive and rng.random() < 0.5:
                sid = rng.choice(alive)  # a page joins a story
            else:
                sid = f"story-{k:03d}"
                cs.stories[sid] = Story(id=sid)
            keys = rng.sample(feats, 6)
            cs._post(sid, {f: 1.0 for f in keys}, {})
            for f in keys:
                posted.setdefault(f, set()).add(sid)
            if len(cs.stories) > 2 and rng.random() < 0.3:
                keep, gone = rng.sample(sorted(cs.stories), 2)
                cs._merge(cs.stories[keep], cs.stories.pop(gone))
                merges.append((keep, gone))
                # what the rewrite gave, read from any feature, at any time
                want = _eager(posted, merges)
                for f in rng.sample(feats, 8):
                    assert cs._postings(f) == want.get(f, set())
        want = _eager(posted, merges)
        assert {f: cs._postings(f) for f in want} == want
        page = {f: rng.random() for f in rng.sample(feats, 10)}
        eager = ClusterStories(StorySettings(max_candidates=5))
        eager.inv = want
        assert cs._candidates(page, {}) == eager._candidates(page, {})
        # every id merged away forwards to a live story, in one step
        assert all(t in cs.stories for t in cs.alias.values())


def test_aliases_survive_a_saved_state():
    cs = ClusterStories(StorySettings())
    for sid in ("a", "b", "c"):
        cs.stories[sid] = Story(id=sid, n=1)
        cs._post(sid, {"w:x": 1.0}, {})
    cs._merge(cs.stories["a"], cs.stories.pop("b"))
    again = ClusterStories(StorySettings())
    again.load_state(cs.state_dict())
    again._merge(again.stories["c"], again.stories.pop("a"))
    assert again.alias == {"b": "c", "a": "c"}
