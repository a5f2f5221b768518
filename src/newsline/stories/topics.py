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
or shared common names alone do not make a topic. A story that names no
place at all is not about another place: its anchor cosine alone decides
(a page naming a leader and his city but not his country was a topic of
its own). Candidate pairs come
from the stories' heaviest anchors (bounded per anchor), so the cost grows
with the number of stories, not its square. Stories are then agglomerated
greedily by average link (size-weighted) down to ``topic_threshold``;
topics with fewer than ``topic_min_documents`` documents then attach to
the nearest larger topic at ``topic_attach_threshold``. Greedy merging is
path-dependent: a story joined early to one topic stays there even when
another topic, once grown, fits it better. So a few rounds of
reassignment follow (a k-means step over stories, seeded by the
agglomeration): every story moves to the large topic whose centroid (the
size-weighted sum of its stories' profiles, the story itself left out) it
is most like, by the same sqrt(cos_places * cos_anchors), when that beats
its own topic and reaches ``topic_attach_threshold`` (a story alone in a
large topic stays: leaving it would merge two topics below
``topic_threshold``). Last, a story still in a small topic, or itself too
small to be a topic, joins the large topic its names plainly match, places
aside, when one large topic clearly leads (see :func:`_rescue`): a page
placed only by a side country (an agency's dateline abroad) while it names
one topic's leader and capital again and again -- whether it was left
alone or reassigned, on that side country, to a large topic whose names it
hardly shares.

It must never change a story, its documents or its id; it knows no
country, site or data set -- only anchor classes and IDF.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Sequence
from typing import Protocol

import numpy as np

from ..lazy import lazy_module

# scipy (~0.25 s to import) loads when topics are first grouped, not with the stage list
sparse = lazy_module("scipy.sparse")

# Anchor classes that define a topic: territories, Latin names/acronyms,
# romanised-name skeletons (numbers and dates are story detail).
TOPIC_CLASSES = ("t:", "w:", "k:")
PLACE_CLASSES = ("t:",)
# Heaviest anchors of a story used to find candidate neighbours, and how
# many stories (the largest first) are taken from each anchor's list.
_CANDIDATE_ANCHORS = 60
_PER_ANCHOR = 60
# At most about this many candidate pairs on big inputs (both counts above
# shrink, down to _MIN_CANDIDATES each).
_PAIR_BUDGET = 20_000_000
_MIN_CANDIDATES = 8
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
    """(i, j) with i < j for stories sharing one of their heaviest anchors.

    Each story is paired with the largest stories of each of its heaviest
    anchors (a small story is best compared with the big ones). Both counts
    shrink together on big inputs so that at most ``_PAIR_BUDGET`` pairs are
    generated (vectorised; a Python set of pairs was the bottleneck).
    """
    n = len(stories)
    shrink = min(1.0, math.sqrt(_PAIR_BUDGET / max(1, n * _CANDIDATE_ANCHORS * _PER_ANCHOR)))
    n_heads = max(_MIN_CANDIDATES, int(_CANDIDATE_ANCHORS * shrink))
    per_anchor = max(_MIN_CANDIDATES, int(_PER_ANCHOR * shrink))
    anchor_ids: dict[str, int] = {}
    head_story: list[int] = []
    head_anchor: list[int] = []
    for i, st in enumerate(stories):
        top = sorted(
            (f for f in st.anchors if f.startswith(TOPIC_CLASSES)),
            key=lambda f: -st.anchors[f] * idf(f),
        )[:n_heads]
        for f in top:
            head_story.append(i)
            head_anchor.append(anchor_ids.setdefault(f, len(anchor_ids)))
    if not head_story:
        return np.zeros((0, 2), dtype=np.int64)
    hs = np.asarray(head_story, dtype=np.int64)
    ha = np.asarray(head_anchor, dtype=np.int64)
    size = np.asarray([st.n for st in stories], dtype=np.int64)
    # postings: per anchor, its stories largest first, cut to per_anchor
    order = np.lexsort((hs, -size[hs], ha))
    pa, ps = ha[order], hs[order]
    first = np.searchsorted(pa, np.arange(len(anchor_ids)))
    rank = np.arange(len(pa)) - first[pa]
    keep = rank < per_anchor
    pa, ps = pa[keep], ps[keep]
    starts = np.searchsorted(pa, np.arange(len(anchor_ids)))
    counts = np.bincount(pa, minlength=len(anchor_ids))
    # every head (i, f) against the kept postings of f
    lens = counts[ha]
    total = int(lens.sum())
    if total == 0:
        return np.zeros((0, 2), dtype=np.int64)
    left = np.repeat(hs, lens)
    offsets = np.repeat(starts[ha] - (np.cumsum(lens) - lens), lens) + np.arange(total)
    right = ps[offsets]
    a, b = np.minimum(left, right), np.maximum(left, right)
    codes = np.unique(a[a != b] * n + b[a != b])
    return np.stack([codes // n, codes % n], axis=1)


def _rowwise_dot(m: sparse.csr_matrix, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    out = np.empty(len(a))
    step = 50_000
    for s in range(0, len(a), step):
        out[s : s + step] = np.asarray(
            m[a[s : s + step]].multiply(m[b[s : s + step]]).sum(axis=1)
        ).ravel()
    return out


def _profile_matrices(
    stories: Sequence[StoryProfile], idf: Callable[[str], float]
) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
    """Row-normalised place and anchor profiles of the stories, one vocabulary."""
    vocab: dict[str, int] = {}
    places = _matrix(stories, PLACE_CLASSES, idf, vocab)
    anchors = _matrix(stories, TOPIC_CLASSES, idf, vocab)
    places.resize(len(stories), max(len(vocab), 1))
    anchors.resize(len(stories), max(len(vocab), 1))
    return places, anchors


def story_similarities(
    stories: Sequence[StoryProfile], idf: Callable[[str], float]
) -> tuple[np.ndarray, np.ndarray]:
    """Candidate pairs and their similarity sqrt(cos_places * cos_anchors)."""
    pairs = _candidate_pairs(stories, idf)
    if not len(pairs):
        return pairs, np.zeros(0)
    places, anchors = _profile_matrices(stories, idf)
    a, b = pairs[:, 0], pairs[:, 1]
    cos_a = _rowwise_dot(anchors, a, b)
    has_place = np.diff(places.indptr) > 0
    # a story naming no place is not about another place: its anchors decide
    cos_p = np.where(has_place[a] & has_place[b], _rowwise_dot(places, a, b), cos_a)
    sim = np.sqrt(np.clip(cos_p * cos_a, 0.0, None))
    keep = sim > 0
    return pairs[keep], sim[keep]


def group_topics(
    stories: Sequence[StoryProfile],
    idf: Callable[[str], float],
    threshold: float,
    min_documents: int,
    attach_threshold: float,
    refine_rounds: int = 3,
    rescue_margin: float = 2.0,
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
    groups = [sorted(m) for m in members.values()]
    matrices = _profile_matrices(stories, idf) if refine_rounds or rescue_margin > 0 else None
    for _ in range(refine_rounds):
        groups, moved = _reassign(stories, idf, groups, min_documents, attach_threshold, matrices)
        if not moved:
            break
    if rescue_margin > 0:
        groups, _ = _rescue(
            stories, idf, groups, min_documents, attach_threshold, rescue_margin, matrices
        )
    return groups


# Stories scored against the topic centroids per chunk (bounds the dense
# stories x topics block on big inputs).
_REASSIGN_CHUNK = 4096


def _large_topics(
    stories: Sequence[StoryProfile], groups: list[list[int]], min_documents: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, sparse.csr_matrix]:
    """(story sizes, each story's topic, topic sizes in documents, the large
    topics, each topic's row among the large ones or -1, and the large topics
    x stories weights whose product with a profile matrix sums the centroids)."""
    n = len(stories)
    size = np.asarray([float(max(st.n, 1)) for st in stories])
    topic = np.empty(n, dtype=np.int64)
    for g, grp in enumerate(groups):
        topic[grp] = g
    gsize = np.bincount(topic, weights=size, minlength=len(groups))
    big = np.flatnonzero(gsize >= min_documents)
    slot = np.full(len(groups), -1, dtype=np.int64)
    slot[big] = np.arange(len(big))
    inside = slot[topic] >= 0
    weights = sparse.csr_matrix(
        (size[inside], (slot[topic[inside]], np.flatnonzero(inside))), shape=(len(big), n)
    )
    return size, topic, gsize, big, slot, weights


def _regroup(new_topic: np.ndarray) -> list[list[int]]:
    """Groups of story indices from each story's topic."""
    out: dict[int, list[int]] = {}
    for i, g in enumerate(new_topic.tolist()):
        out.setdefault(g, []).append(i)
    return [sorted(v) for v in out.values()]


def _reassign(
    stories: Sequence[StoryProfile],
    idf: Callable[[str], float],
    groups: list[list[int]],
    min_documents: int,
    attach_threshold: float,
    matrices: tuple[sparse.csr_matrix, sparse.csr_matrix] | None = None,
) -> tuple[list[list[int]], int]:
    """One reassignment round (see the module docstring): (new groups, stories
    moved). ``matrices``: :func:`_profile_matrices` of ``stories``, when the
    caller runs several rounds (the profiles do not change between them)."""
    n = len(stories)
    size, topic, gsize, big, slot, weights = _large_topics(stories, groups, min_documents)
    if not len(big):
        return groups, 0
    places, anchors = matrices if matrices is not None else _profile_matrices(stories, idf)
    new_topic = topic.copy()
    moved = 0
    parts = []
    for m in (places, anchors):
        cent = (weights @ m).tocsr()
        cnorm2 = np.asarray(cent.multiply(cent).sum(axis=1)).ravel()
        rnorm2 = np.asarray(m.multiply(m).sum(axis=1)).ravel()
        parts.append((m, cent, cnorm2, rnorm2))
    for s0 in range(0, n, _REASSIGN_CHUNK):
        rows = np.arange(s0, min(n, s0 + _REASSIGN_CHUNK))
        own = slot[topic[rows]]
        has_own = own >= 0
        cosines = []
        for m, cent, cnorm2, rnorm2 in parts:
            dot = (m[rows] @ cent.T).toarray()
            norm2 = np.broadcast_to(cnorm2, dot.shape).copy()
            # leave the story itself out of its own topic's centroid
            r, k = np.flatnonzero(has_own), own[has_own]
            d_own = dot[r, k]
            s_i = size[rows[r]]
            dot[r, k] = d_own - s_i * rnorm2[rows[r]]
            norm2[r, k] = cnorm2[k] - 2 * s_i * d_own + s_i * s_i * rnorm2[rows[r]]
            cosines.append((np.clip(dot, 0.0, None) / np.sqrt(np.clip(norm2, 1e-18, None)), norm2))
        (cos_p, place_norm2), (cos_a, _) = cosines
        # a story naming no place (or a topic whose other stories name none)
        # is not about another place: the anchors decide, as for the pairs
        no_place = (parts[0][3][rows] <= 0)[:, None] | (place_norm2 <= 1e-12)
        sims = np.sqrt(np.where(no_place, cos_a, cos_p) * cos_a)
        best = np.argmax(sims, axis=1)
        best_sim = sims[np.arange(len(rows)), best]
        cur = np.where(has_own, sims[np.arange(len(rows)), np.maximum(own, 0)], 0.0)
        # a story that is its topic's only story has no centroid to leave
        # itself out of (its cosine to it read 0): it stays, or it would join
        # any topic at topic_attach_threshold, a merge agglomeration refused
        alone = has_own & (gsize[topic[rows]] <= size[rows])
        go = (best != own) & (best_sim >= attach_threshold) & (best_sim > cur) & ~alone
        new_topic[rows[go]] = big[best[go]]
        moved += int(go.sum())
    if not moved:
        return groups, 0
    return _regroup(new_topic), moved


def _rescue(
    stories: Sequence[StoryProfile],
    idf: Callable[[str], float],
    groups: list[list[int]],
    min_documents: int,
    attach_threshold: float,
    margin: float,
    matrices: tuple[sparse.csr_matrix, sparse.csr_matrix] | None = None,
) -> tuple[list[list[int]], int]:
    """Stories of small topics, and stories of fewer than ``min_documents``
    documents wherever they are, whose names plainly belong to one large
    topic join it: (new groups, stories moved).

    Why: the place cosine in sqrt(cos_places * cos_anchors) vetoes a page
    whose only named place is a side one (the dateline of an agency's bureau
    abroad, the country hosting a meeting) while the country it is about is
    written only as an adjective or not at all, and its leader, capital and
    people are named again and again. Here the anchor cosine alone decides,
    with three guards: it reaches ``attach_threshold``; it is at least
    ``margin`` times the next large topic's (a roundup naming two topics'
    people alike stays out); and the places the story names that the large
    topic names at most in passing weigh less, in the story's own profile,
    than the names they share (a page about another country, its heaviest
    anchor, naming the large topic's capital in passing stays out). Each
    story is judged on its own (a small topic may hold a page that belongs
    and a roundup that does not), against the large topics as they stand,
    so one moved story never pulls another in."""
    n = len(stories)
    if not n:
        return groups, 0
    size, topic, gsize, big, slot, weights = _large_topics(stories, groups, min_documents)
    # a story too small to be a topic is judged even inside a large topic:
    # reassignment may have put a one-page story there on the one place it
    # names in passing (its whole place profile, however slight)
    lone = np.flatnonzero((gsize[topic] < min_documents) | (size < min_documents))
    if not len(big) or not len(lone):
        return groups, 0
    places, anchors = matrices if matrices is not None else _profile_matrices(stories, idf)

    def centroids(m: sparse.csr_matrix, scale: str) -> sparse.csr_matrix:
        c = (weights @ m).tocsr()
        if scale == "norm":
            by = np.sqrt(np.asarray(c.multiply(c).sum(axis=1)).ravel())
        else:  # relative to the topic's main entry
            by = np.asarray(c.max(axis=1).toarray()).ravel()
        return (sparse.diags(1.0 / np.where(by > 0, by, 1.0)) @ c).tocsr()

    big_anchors = centroids(anchors, "norm")
    # the unscaled anchor centroids and their squared norms, to leave a story
    # out of its own large topic's centroid (as _reassign does): a one-page
    # story's own names would otherwise pull it towards the topic it is in
    raw_anchors = (weights @ anchors).tocsr()
    raw_norm2 = np.asarray(raw_anchors.multiply(raw_anchors).sum(axis=1)).ravel()
    # each large topic's places relative to its main one: 1 for its own
    # country, near 0 for a country it names in passing
    big_places = centroids(places, "max")
    big_names = big_anchors.copy()
    big_names.data = np.ones_like(big_names.data)
    is_place = np.zeros(anchors.shape[1])
    is_place[np.unique(places.indices)] = 1.0
    target = np.full(n, -1, dtype=np.int64)
    for s0 in range(0, len(lone), _REASSIGN_CHUNK):
        ids = lone[s0 : s0 + _REASSIGN_CHUNK]
        rows = anchors[ids]
        cos = (rows @ big_anchors.T).toarray()
        r = np.arange(len(ids))
        own = slot[topic[ids]]
        inside = np.flatnonzero(own >= 0)
        if len(inside):
            k, s_i = own[inside], size[ids[inside]]
            own_rows = rows[inside]
            a2 = np.asarray(own_rows.multiply(own_rows).sum(axis=1)).ravel()
            d = np.asarray(own_rows.multiply(raw_anchors[k]).sum(axis=1)).ravel()
            left = raw_norm2[k] - 2 * s_i * d + s_i * s_i * a2
            cos[inside, k] = np.clip(d - s_i * a2, 0.0, None) / np.sqrt(np.clip(left, 1e-18, None))
        if cos.shape[1] > 1:
            two = np.argpartition(-cos, 1, axis=1)[:, :2]
            first_wins = cos[r, two[:, 0]] >= cos[r, two[:, 1]]
            best = np.where(first_wins, two[:, 0], two[:, 1])
            second = cos[r, np.where(first_wins, two[:, 1], two[:, 0])]
        else:
            best, second = np.zeros(len(ids), dtype=np.int64), np.zeros(len(ids))
        best_cos = cos[r, best]
        # the story's places and names, each weighed against the best topic
        own_places = (rows @ sparse.diags(is_place)).tocsr()
        own_names = (rows - own_places).tocsr()
        shared = np.asarray(own_names.multiply(big_names[best]).sum(axis=1)).ravel()
        at_home = np.asarray(own_places.multiply(big_places[best]).sum(axis=1)).ravel()
        foreign = np.asarray(own_places.sum(axis=1)).ravel() - at_home
        go = (best_cos >= attach_threshold) & (best_cos >= margin * second) & (shared > foreign)
        go &= big[best] != topic[ids]  # already home
        target[ids[go]] = big[best[go]]
    moved = int((target >= 0).sum())
    if not moved:
        return groups, 0
    return _regroup(np.where(target >= 0, target, topic)), moved
