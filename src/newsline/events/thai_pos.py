"""ORCHID part-of-speech tags of Thai words, faster than pythainlp's loop.

pythainlp's perceptron tagger scores each word by adding, feature by
feature, a Python dict of per-tag weights: some 500 dict operations a word,
most of the Thai sentence splitter's cost. Here the same model, the same
features and the same greedy left-to-right decoding run with each feature's
weights as one numpy row over the tags, the rows added in the model's own
order, so the scores and the tags are pythainlp's own (its tie rule too:
the highest score, then the alphabetically last tag). Rows are built on
first use only: the model has far more features than a corpus meets.
"""

from __future__ import annotations

import functools
from typing import Any

import numpy as np

# How many of _features' first strings make the partial sum predict keeps
# (bias, suffix, first letter, the tag before, the tag two before, both
# tags), and how many such sums are kept (then emptied).
_HEAD_FEATURES = 6
_HEADS = 16384


class FastPerceptronTagger:
    def __init__(self, tagger: Any) -> None:
        self._tagger = tagger
        model = tagger.model
        self._classes = sorted(model.classes)
        self._index = {c: i for i, c in enumerate(self._classes)}
        self._weights = model.weights
        self._rows: dict[str, np.ndarray] = {}
        self._n = len(self._classes)
        self._heads: dict[tuple[str, ...], np.ndarray] = {}

    def _row(self, feat: str) -> np.ndarray | None:
        row = self._rows.get(feat)
        if row is None:
            w = self._weights.get(feat)
            if not w:
                # not kept: the features of words the model never saw ("i
                # word X", "i-1 word Y", ...) are new on every page, and kept
                # they grew the table without bound in a long run; the model's
                # own features, the only ones kept, are finite
                return None
            row = np.zeros(self._n)
            for label, weight in w.items():
                row[self._index[label]] = weight
            self._rows[feat] = row
        return row

    def _head(self, features: tuple[str, ...]) -> np.ndarray:
        """The scores of ``features`` alone, summed in order from zero
        (cached; see :meth:`predict`)."""
        head = self._heads.get(features)
        if head is None:
            head = np.zeros(self._n)
            for feat in features:
                row = self._row(feat)
                if row is not None:
                    head += row
            if len(self._heads) >= _HEADS:
                self._heads.clear()
            self._heads[features] = head
        return head

    def predict(self, features: list[str]) -> str:
        """The best tag for ``features`` (each counted once, in order).

        The first features (the bias, the word's suffix and first letter,
        the two tags before it: see :func:`_features`) recur from word to
        word; their partial sum, the same additions from zero in the same
        order, is kept, and the rest added to a copy of it."""
        scores = self._head(tuple(features[:_HEAD_FEATURES])).copy()
        rows, weights = self._rows, self._weights
        for feat in features[_HEAD_FEATURES:]:
            # what _row gives, its two common cases without the call: a row
            # already built, a feature the model lacks (about half of them:
            # the words and neighbours it never saw)
            row = rows.get(feat)
            if row is None:
                if not weights.get(feat):
                    continue
                row = self._row(feat)
            scores += row
        # the last index of the maximum: ties go to the alphabetically last tag
        # (the array's own argmax: np.argmax's dispatch cost as much, per word)
        best = self._n - 1 - int(scores[::-1].argmax())
        return self._classes[best]

    def tag(self, tokens: list[str]) -> list[tuple[str, str]]:
        t = self._tagger
        prev, prev2 = t.START
        context = t.START + [t._normalize(w) for w in tokens] + t.END
        tagdict = t.tagdict
        out = []
        for i, word in enumerate(tokens):
            tag = tagdict.get(word)
            if not tag:
                feats = _features(i + 2, word, context, prev, prev2)
                if len(set(feats)) < len(feats):  # a feature twice: pythainlp's own counting
                    tag = self._predict_counted(t._get_features(i, word, context, prev, prev2))
                else:
                    tag = self.predict(feats)
            out.append((word, tag))
            prev2, prev = prev, tag
        return out

    def _predict_counted(self, features: dict[str, float]) -> str:
        scores = np.zeros(self._n)
        for feat, value in features.items():
            row = self._row(feat) if value else None
            if row is not None:
                scores += value * row
        return self._classes[self._n - 1 - int(scores[::-1].argmax())]


def _features(i: int, word: str, context: list[str], prev: str, prev2: str) -> list[str]:
    """pythainlp's ``PerceptronTagger._get_features`` strings, in its order
    (``i`` already shifted past the two start markers)."""
    return [
        "bias",
        "i suffix " + word[-3:],
        "i pref1 " + word[0],
        "i-1 tag " + prev,
        "i-2 tag " + prev2,
        "i tag+i-2 tag " + prev + " " + prev2,
        "i word " + context[i],
        "i-1 tag+i word " + prev + " " + context[i],
        "i-1 word " + context[i - 1],
        "i-1 suffix " + context[i - 1][-3:],
        "i-2 word " + context[i - 2],
        "i+1 word " + context[i + 1],
        "i+1 suffix " + context[i + 1][-3:],
        "i+2 word " + context[i + 2],
    ]


@functools.cache
def _orchid() -> FastPerceptronTagger:
    from pythainlp.tag.perceptron import _orchid_tagger

    return FastPerceptronTagger(_orchid_tagger())


def orchid_tags(words: list[str]) -> list[str]:
    """The ORCHID tag of each word (pythainlp ``pos_tag(words,
    engine="perceptron", corpus="orchid")``, same answers)."""
    if not words:
        return []
    return [tag for _, tag in _orchid().tag(_orchid_pre_process()(words))]


@functools.cache
def _orchid_pre_process():
    """pythainlp's ORCHID pre-processing of the words (looked up once: an
    import statement per call cost a tenth of the tagging of a short chunk)."""
    from pythainlp.tag import orchid

    return orchid.pre_process
