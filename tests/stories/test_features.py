"""StoryFeatures (parallel) + ClusterStories give exactly what ClusterStories
alone gives: reused when the document is unchanged, recomputed when a later
stage changed its cleaned text or events, and after a JSON round trip (as
the store persists meta for a resumed run). Articles are the invented ones
of test_stories.py."""

from __future__ import annotations

import copy
import json
import pickle
from collections import Counter

from newsline.model import Block, DateMention, Document
from newsline.settings import Settings
from newsline.stories import ClusterStories, StoryFeatures
from newsline.stories.anchors import document_features, feature_counts, vectors
from newsline.stories.features import META_KEY

from .test_stories import BRIDGE, STRIKE, mk


def _docs() -> list[Document]:
    docs = [mk("b", lang, BRIDGE) for lang in BRIDGE] + [mk("s", lang, STRIKE) for lang in STRIKE]
    docs[0].dates = [DateMention(start=0, end=4, value="2026-04-03")]
    # a page with a block that a later (site) stage sets aside
    text = "Follow us on Facebook and Twitter\n\n" + docs[3].text
    docs.append(
        Document(
            id="chrome-en",
            source="chrome-en.txt",
            text=text,
            lang="en",
            blocks=[Block(0, 33, "body"), Block(35, len(text), "body")],
        )
    )
    return docs


def _run(docs: list[Document], with_features: bool, change=None) -> tuple[ClusterStories, Counter]:
    stats: Counter = Counter()
    if with_features:
        StoryFeatures(Settings())(docs, stats)
    if change:
        change(docs)
    st = ClusterStories(Settings())
    st(docs, stats)
    return st, stats


def _same(a: ClusterStories, b: ClusterStories) -> None:
    assert a.finalize() == b.finalize()
    assert a.state_dict() == b.state_dict()


def test_vectors_of_counts_are_document_features():
    for doc in _docs():
        text = doc.clean_text()
        counts = json.loads(json.dumps(feature_counts(doc, text)))
        assert vectors(counts, text) == document_features(doc, text)
        # anchor order (first occurrence) survives: pruning ties depend on it
        assert list(vectors(counts, text)[1]) == list(document_features(doc, text)[1])


def test_stored_features_reused_and_clustering_identical():
    base, _ = _run(_docs(), with_features=False)
    docs = _docs()
    got, stats = _run(docs, with_features=True)
    _same(base, got)
    assert stats["story_features"] == len(docs)
    assert stats["stories_features_reused"] == len(docs)
    assert all(META_KEY in d.meta for d in docs)


def test_changed_document_falls_back_to_computing():
    def set_aside(docs):
        chrome = next(d for d in docs if d.id == "chrome-en")
        chrome.blocks[0].label = "navigation"
        docs[0].dates = []  # events/dates changed after features

    base, _ = _run(_docs(), with_features=False, change=set_aside)
    got, stats = _run(_docs(), with_features=True, change=set_aside)
    _same(base, got)
    assert stats["stories_features_reused"] == len(_docs()) - 2


def test_features_survive_json_roundtrip_for_replay():
    docs = _docs()
    StoryFeatures()(docs, Counter())
    replayed = [copy.deepcopy(d) for d in docs]
    for d in replayed:
        d.meta = json.loads(json.dumps(d.meta, ensure_ascii=False))
    base, _ = _run(_docs(), with_features=False)
    st = ClusterStories()
    stats: Counter = Counter()
    st(replayed, stats)
    _same(base, st)
    assert stats["stories_features_reused"] == len(docs)


def test_stale_or_foreign_meta_is_ignored():
    docs = _docs()
    for d in docs:
        d.meta[META_KEY] = {"key": "x", "lang": "en", "a": [["w:bogus", 9]], "w": []}
    docs[1].meta[META_KEY] = "not a dict"
    base, _ = _run(_docs(), with_features=False)
    got, stats = _run(docs, with_features=False)
    _same(base, got)
    assert stats["stories_features_reused"] == 0


def test_stage_is_picklable_and_survives_bad_documents():
    stage = pickle.loads(pickle.dumps(StoryFeatures(Settings())))
    assert stage.parallel and stage.name == "story_features"
    bad = Document(id="bad", source="bad", text="\ud800\x00\x01")
    empty = Document(id="empty", source="empty", text="")
    stats: Counter = Counter()
    out = stage([bad, empty, mk("b", "th", BRIDGE)], stats)
    assert len(out) == 3 and META_KEY in out[2].meta
    # Thai words come from the tokeniser and are stored; Latin-script words are not
    assert "w" in out[2].meta[META_KEY]
    en = stage([mk("b", "en", BRIDGE)], stats)[0]
    assert "w" not in en.meta[META_KEY]
