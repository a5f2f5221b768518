"""Topics: the coarse level above stories (stories that share their anchors).

What it is for: a story is one happening told in several documents and
languages; a topic groups the stories that keep coming back to the same
places and names over months or years (every story of one country's civil
war, say). Topics are formed at finalize time from the story profiles only
(never from documents), so they cost little and stay incremental: new
documents join stories as before, and topics are recomputed from the
stories when tables are written.

How: two stories are alike when their IDF-weighted territory profiles AND
their whole anchor profiles (territories, Latin names and acronyms,
romanised-name skeletons) are alike -- the geometric mean of the two
cosines, so a shared country alone (two unrelated stories in one country)
or shared common names alone do not make a topic. Candidate pairs come
from the stories' heaviest anchors (bounded per anchor), so the cost grows
with the number of stories, not its square. Stories are then agglomerated
greedily by average link (size-weighted) down to ``topic_threshold``;
topics with fewer than ``topic_min_documents`` documents finally attach to
the nearest larger topic at ``topic_attach_threshold``.

It must never change a story, its documents or its id; it knows no
country, site or data set -- only anchor classes and IDF.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Sequence
from typing import Protocol

import numpy as np
from scipy import sparse

# Anchor classes that define a topic: territories, Latin names/acronyms,
# romanised-name skeletons (numbers and dates are story detail).
TOPIC_CLASSES = ("t:", "w:", "k:")
PLACE_CLASSES = ("t:",)
# Heaviest anchors of a story used to find candidate neighbours, and how
# many stories (the largest first) are taken from each anchor's list.
_CANDIDATE_ANCHORS = 60
_PER_ANCHOR = 60
# Anchors of a story profile compared (the heaviest); bounds the cost.
_PROFILE_ANCHORS = 150


class StoryProfile(Protocol):
    id: str
    n: int
    anchors: dict[str, float]


def _matrix(
    stories: Sequence[StoryProfile],
    classes: tuple[str, ...],
    idf: Callable[[str], float],
    vocab: dict[str, int],
) -> sparse.csr_matrix:
    rows, cols, vals = [], [], []
    for i, st in enumerate(stories):
        items = [(f, v * idf(f)) for f, v in st.anchors.items() if f.startswith(classes)]
        items.sort(key=lambda kv: -kv[1])
        items = items[:_PROFILE_ANCHORS]
        norm = math.sqrt(sum(v * v for _, v in items)) or 1.0
        for f, v in items:
            rows.append(i)
            cols.append(vocab.setdefault(f, len(vocab)))
            vals.append(v / norm)
    return sparse.csr_matrix(
        (np.asarray(vals, dtype=np.float64), (rows, cols)), shape=(len(stories), max(len(vocab), 1))
    )


def _candidate_pairs(stories: Sequence[StoryProfile], idf: Callable[[str], float]) -> np.ndarray:
    """(i, j) with i < j for stories sharing one of their heaviest anchors."""
    postings: dict[str, list[int]] = {}
    heads: list[list[str]] = []
    for i, st in enumerate(stories):
        top = sorted(
            (f for f in st.anchors if f.startswith(TOPIC_CLASSES)),
            key=lambda f: -st.anchors[f] * idf(f),
        )[:_CANDIDATE_ANCHORS]
        heads.append(top)
        for f in top:
            postings.setdefault(f, []).append(i)
    # largest stories first: a small story is best compared with the big ones
    for lst in postings.values():
        lst.sort(key=lambda k: (-stories[k].n, k))
    pairs: set[tuple[int, int]] = set()
    for i, top in enumerate(heads):
        for f in top:
            for j in postings[f][:_PER_ANCHOR]:
                if j != i:
                    pairs.add((i, j) if i < j else (j, i))
    if not pairs:
        return np.zeros((0, 2), dtype=np.int64)
    return np.asarray(sorted(pairs), dtype=np.int64)


def _rowwise_dot(m: sparse.csr_matrix, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    out = np.empty(len(a))
    step = 50_000
    for s in range(0, len(a), step):
        out[s : s + step] = np.asarray(
            m[a[s : s + step]].multiply(m[b[s : s + step]]).sum(axis=1)
        ).ravel()
    return out


def story_similarities(
    stories: Sequence[StoryProfile], idf: Callable[[str], float]
) -> tuple[np.ndarray, np.ndarray]:
    """Candidate pairs and their similarity sqrt(cos_places * cos_anchors)."""
    pairs = _candidate_pairs(stories, idf)
    if not len(pairs):
        return pairs, np.zeros(0)
    vocab: dict[str, int] = {}
    places = _matrix(stories, PLACE_CLASSES, idf, vocab)
    anchors = _matrix(stories, TOPIC_CLASSES, idf, vocab)
    places.resize(len(stories), max(len(vocab), 1))
    a, b = pairs[:, 0], pairs[:, 1]
    sim = np.sqrt(np.clip(_rowwise_dot(places, a, b) * _rowwise_dot(anchors, a, b), 0.0, None))
    keep = sim > 0
    return pairs[keep], sim[keep]


def group_topics(
    stories: Sequence[StoryProfile],
    idf: Callable[[str], float],
    threshold: float,
    min_documents: int,
    attach_threshold: float,
) -> list[list[int]]:
    """Indexes of ``stories`` grouped into topics (every story in exactly one)."""
    n = len(stories)
    sizes = [float(max(st.n, 1)) for st in stories]
    pairs, sim = story_similarities(stories, idf)
    # link[g][h]: sum over story pairs across groups of size_i * size_j * sim
    link: list[dict[int, float]] = [{} for _ in range(n)]
    for (i, j), s in zip(pairs.tolist(), sim.tolist(), strict=True):
        w = sizes[i] * sizes[j] * s
        link[i][j] = link[i].get(j, 0.0) + w
        link[j][i] = link[j].get(i, 0.0) + w
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    gsize = list(sizes)
    version = [0] * n
    heap: list[tuple[float, int, int, int, int]] = []

    def push(g: int, h: int) -> None:
        avg = link[g][h] / (gsize[g] * gsize[h])
        if avg >= threshold:
            heapq.heappush(heap, (-avg, g, h, version[g], version[h]))

    for g in range(n):
        for h in link[g]:
            if g < h:
                push(g, h)
    while heap:
        _, g, h, vg, vh = heapq.heappop(heap)
        if g not in members or h not in members or version[g] != vg or version[h] != vh:
            continue
        # merge h into g (the lower index: the earlier-listed, larger story)
        if h < g:
            g, h = h, g
        members[g].extend(members.pop(h))
        gsize[g] += gsize[h]
        for k, w in link[h].items():
            if k == g:
                continue
            link[g][k] = link[g].get(k, 0.0) + w
            link[k][g] = link[k].get(g, 0.0) + w
            link[k].pop(h, None)
        link[g].pop(h, None)
        link[h] = {}
        version[g] += 1
        for k in link[g]:
            push(g, k)
    # small topics attach to the nearest larger topic (as it stands now, so
    # attaching never chains one small topic through another)
    big = {g for g in members if gsize[g] >= min_documents}
    moves: list[tuple[int, int]] = []
    for g in members:
        if g in big:
            continue
        best, best_avg = None, -1.0
        for k, w in link[g].items():
            if k in big:
                avg = w / (gsize[g] * gsize[k])
                if avg > best_avg:
                    best, best_avg = k, avg
        if best is not None and best_avg >= attach_threshold:
            moves.append((g, best))
    for g, k in moves:
        members[k].extend(members.pop(g))
    return [sorted(m) for m in members.values()]
