"""The story scores computed without a Python step per feature are the same
floating-point numbers as the per-feature sums they replace
(newsline.stories.cluster: _dot, _l2, _prune, _idfs, _post, _anchor_cos,
_word_cos). Hand-made profiles; tests/stories/test_six_language_batches.py
pins whole pages.
"""

from __future__ import annotations

import math
import random
from collections import Counter

from newsline.settings import StorySettings
from newsline.stories import ClusterStories
from newsline.stories.cluster import (
    Story,
    _dot,
    _l2,
    _plain,
    _prune,
)

# ------------------------------------------------------------ reference sums
# The per-feature forms the stage used before, kept here as the definition.


def _ref_l2(vec, anchors=True):
    if anchors:
        n = math.sqrt(sum(v * v for f, v in vec.items() if not f.startswith("s:"))) or 1.0
    else:
        n = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {k: v / n for k, v in vec.items()}


def _ref_prune(vec, keep, anchors=True):
    main = [kv for kv in vec.items() if not kv[0].startswith("s:")] if anchors else vec
    if len(main) == len(vec):
        if len(vec) <= keep * 1.25:
            return vec
        return dict(sorted(vec.items(), key=lambda kv: -kv[1])[:keep])
    short = [kv for kv in vec.items() if kv[0].startswith("s:")]
    if len(main) > keep * 1.25:
        main = sorted(main, key=lambda kv: -kv[1])[:keep]
    return dict(main + sorted(short, key=lambda kv: -kv[1])[: keep // 4])


def _profile(rng: random.Random, n: int, classes: str = "twks#d", ties: bool = False) -> dict:
    """``n`` features of the given classes with weights of very different
    sizes (so the order of a sum shows in its last bits); ``ties``: weights
    drawn from a few values, so many are equal."""
    out = {}
    while len(out) < n:
        c = rng.choice(classes)
        w = rng.choice((0.5, 1.0, 1.5, 2.0)) if ties else rng.random() * 10 ** rng.randint(-3, 3)
        out[f"{c}:{rng.randrange(10**6)}"] = w
    return out


def test_dot_is_the_per_feature_sum_bit_for_bit():
    rng = random.Random(7)
    for _ in range(200):
        a, b = _profile(rng, 120), _profile(rng, 300)
        shared = list(rng.sample(sorted(a), 40))
        b.update({f: rng.random() for f in shared})
        idfs = [1.0 + rng.random() * 5 for _ in shared]
        want = sum(a[f] * b[f] * i for f, i in zip(shared, idfs))
        assert _dot(a, b, shared, idfs) == want
    assert _dot({}, {}, [], []) == 0


def test_l2_is_the_per_feature_length_bit_for_bit():
    rng = random.Random(11)
    for _ in range(200):
        vec = _profile(rng, rng.randint(0, 200))
        for anchors in (True, False):
            got, want = _l2(vec, anchors), _ref_l2(vec, anchors)
            assert got == want and list(got) == list(want)
    assert _l2({}) == {}


def test_prune_keeps_the_same_features_in_the_same_order_ties_included():
    rng = random.Random(3)
    for _ in range(300):
        vec = _profile(rng, rng.randint(0, 700), ties=rng.random() < 0.5)
        keep = rng.choice((40, 100, 400))
        for anchors in (True, False):
            if not anchors:
                vec = {f: w for f, w in vec.items() if not f.startswith("s:")}
            got, want = _prune(vec, keep, anchors), _ref_prune(vec, keep, anchors)
            assert list(got.items()) == list(want.items())


def test_plain_leaves_out_short_skeletons_only_in_order():
    vec = {"t:PE": 1.0, "s:kt": 0.5, "w:quispe": 1.0, "k:kspe": 0.8, "s:mt": 0.2, "#:14": 0.3}
    assert _plain(vec) == ["t:PE", "w:quispe", "k:kspe", "#:14"]


# ------------------------------------------------------------ the stage's parts


def _stage() -> ClusterStories:
    cs = ClusterStories(StorySettings())
    cs.n_docs = 500
    rng = random.Random(5)
    cs.df = Counter({f"w:{i}": rng.randint(1, 400) for i in range(2000)})
    return cs


def test_idfs_are_the_idf_of_each_feature_and_are_cached():
    cs = _stage()
    keys = ["w:1", "w:2", "w:never-seen", "t:PE"]
    cs.idf("w:2")  # one cached before, the others computed
    got = cs._idfs(keys)
    want = [math.log((1 + cs.n_docs) / (1 + cs.df.get(f, 0))) + 1.0 for f in keys]
    assert got == want
    assert all(f in cs._idf for f in keys)
    assert cs._idfs([]) == []


def test_postings_take_indexed_anchors_and_every_word():
    cs = _stage()
    a = {"t:PE": 1.0, "w:quispe": 1.0, "y:2031": 0.4, "#:14": 0.3, "k:kspe": 0.8, "d:2031-05-02": 1}
    w = {"es|puente": 1.0, "es|lluvias": 1.0}
    cs._post("story-1", a, w)
    cs._post("story-2", {"t:PE": 1.0}, {"es|puente": 1.0})
    assert cs.inv == {
        "t:PE": {"story-1", "story-2"},
        "w:quispe": {"story-1"},
        "k:kspe": {"story-1"},
        "d:2031-05-02": {"story-1"},
        "es|puente": {"story-1", "story-2"},
        "es|lluvias": {"story-1"},
    }


def _two_language_story(rng: random.Random, sid: str) -> Story:
    anchors = _profile(rng, 300, "twks#d")
    words = {f"es|{k}": rng.random() for k in range(250)}
    words.update({f"fr|{k}": rng.random() for k in range(250)})
    return Story(id=sid, n=6, anchors=anchors, words=words, langs={"es": 3, "fr": 3})


def test_a_merge_score_per_language_is_the_one_score_made_of_two_parts():
    """_maybe_merge scores two stories per shared language as
    anchor_weight * anchors + (1 - anchor_weight) * words, the anchor part
    computed once: it must be the number _score gives for each language."""
    rng = random.Random(13)
    cs = _stage()
    for trial in range(20):
        o = _two_language_story(rng, f"story-o{trial}")
        # the scored story shares part of o's anchors and words
        a = dict(rng.sample(sorted(o.anchors.items()), 60))
        a.update(_profile(rng, 40))
        aw = cs._weighted(a)
        plain = _plain(aw)
        cos_a = cs._anchor_cos(o, "es", aw, True, False, None, False, plain)
        for lang in ("es", "fr"):
            assert cs._anchor_cos(o, lang, aw, True, False, None, False, plain) == cos_a
            wv = {f: v for f, v in rng.sample(sorted(o.words.items()), 80) if f.startswith(lang)}
            wv = cs._weighted(wv, False)
            s = cs.settings
            parts = s.anchor_weight * cos_a + (1 - s.anchor_weight) * cs._word_cos(o, lang, wv)
            assert cs._score(o, lang, aw, wv, None) == parts
            # the caller's plain list changes nothing
            assert cs._score(o, lang, aw, wv, None, plain=plain) == parts


def test_a_merge_scores_anchors_alone_and_per_language_from_one_shared_list():
    """_maybe_merge hands _score and _anchor_cos one memo per pair of
    stories: the anchors-alone score (within the other story's languages,
    or across them) and the per-language anchor part read the shared
    anchors and their cosine from it, and come out as computed afresh."""
    rng = random.Random(17)
    cs = _stage()
    for trial in range(20):
        o = _two_language_story(rng, f"story-o{trial}")
        if trial % 3 == 0:
            o.langs["zh"] = 1  # a short-skeleton language: across, s: are shared too
        a = dict(rng.sample(sorted(o.anchors.items()), 60))
        a.update(_profile(rng, 40))
        aw = cs._weighted(a)
        plain = _plain(aw)
        for within in (True, False):
            memo: dict = {}
            alone = cs._score(o, "\0", aw, {}, None, within, "2031-05-02", plain=plain, memo=memo)
            assert alone == cs._score(o, "\0", aw, {}, None, within, "2031-05-02")
            per_lang = cs._anchor_cos(o, "es", aw, True, False, None, False, plain, memo)
            assert per_lang == cs._anchor_cos(o, "es", aw, True, False, None, False)


def _ref_word_norm(cs, story, lang):
    # the per-feature form: the language's words found by their prefix
    vals = [v * cs.idf(f) for f, v in story.words.items() if f.startswith(lang + "|")]
    return math.sqrt(sum(v * v for v in vals)) or 1.0


def test_word_norm_of_one_and_of_two_languages_is_the_prefix_sum():
    """_norm takes all the words of a story of one language (they are all
    of it) and a two-language story's words by their prefix: either way the
    sum over the language's words, bit for bit."""
    rng = random.Random(23)
    cs = _stage()
    two = _two_language_story(rng, "story-two")
    one = Story(
        id="story-one", n=2, words={f"es|{k}": rng.random() for k in range(300)}, langs={"es": 2}
    )
    for st, lang in ((two, "es"), (two, "fr"), (one, "es")):
        assert cs._norm(st, lang) == _ref_word_norm(cs, st, lang)


def test_postings_keep_the_order_in_which_features_come_first():
    """New postings enter ``inv`` in the order a page gives them (anchors,
    then words), each with a set of its own."""
    cs = _stage()
    cs._post("story-1", {"w:b": 1.0, "y:2031": 1.0, "t:PE": 1.0}, {"es|z": 1.0, "es|a": 1.0})
    cs._post("story-2", {"t:PE": 1.0, "k:kspe": 1.0}, {"es|a": 1.0, "es|m": 1.0})
    assert list(cs.inv) == ["w:b", "t:PE", "es|z", "es|a", "k:kspe", "es|m"]
    assert cs.inv["es|z"] is not cs.inv["es|m"]
    assert cs.inv["es|a"] == {"story-1", "story-2"}
