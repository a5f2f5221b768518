"""jieba's part-of-speech Viterbi, visiting only the transitions that exist.

jieba 0.42 tags a run of characters its dictionary does not know (mostly
names) with a pure-Python Viterbi over 256 states: for every character and
every candidate state it takes the best of all previous states, although a
state has about 20 successors, so nearly every term is ``-inf``. This is the
same computation restricted, for each of the character's states, to the
previous states that have a transition to it (about 10 x 10 dictionary
lookups per character instead of building jieba's set of every successor),
falling back to jieba's full expression whenever that restriction cannot
decide (no such state, or all of them impossible), so the result -- route and
tie-breaking included -- is exactly jieba's. Sums are formed in jieba's order
so the floating-point values are the same.

This module must never change jieba's own objects; it is used through
:func:`install` on a private copy of jieba's tagger.
"""

from __future__ import annotations

import math

import numpy as np

MIN_FLOAT = -3.14e100
MIN_INF = float("-inf")


def viterbi_py(obs, states, start_p, trans_p, emit_p):
    """Same arguments and result as ``jieba.posseg.viterbi.viterbi`` (pure Python)."""
    V = [{}]
    mem_path = [{}]
    all_states = trans_p.keys()
    for y in states.get(obs[0], all_states):
        V[0][y] = start_p[y] + emit_p[y].get(obs[0], MIN_FLOAT)
        mem_path[0][y] = ""
    for t in range(1, len(obs)):
        prev_v = V[t - 1]
        # (state, score, successors) of the previous states that have successors
        prev = [(x, prev_v[x], trans_p[x]) for x in mem_path[t - 1] if trans_p[x]]
        ch = obs[t]
        cur_v: dict = {}
        cur_path: dict = {}
        # jieba keeps the character's states that some previous state can reach;
        # a state is reachable exactly when one of the transitions below exists
        for y in states.get(ch, all_states):
            e = emit_p[y].get(ch, MIN_FLOAT)
            best = None
            for y0, v0, nexts in prev:
                p = nexts.get(y)
                if p is not None:
                    cand = (v0 + p + e, y0)
                    if best is None or cand > best:
                        best = cand
            if best is None:
                continue
            if best[0] == MIN_INF:
                # every term is -inf: jieba's tie-break over all previous states
                best = max((v0 + nexts.get(y, MIN_INF) + e, y0) for y0, v0, nexts in prev)
            cur_v[y] = best[0]
            cur_path[y] = best[1]
        if not cur_v:
            # no state of this character is reachable: jieba falls back to every
            # reachable state (or all states) and takes the plain maximum
            expect = {y for _, _, nexts in prev for y in nexts}
            for y in expect if expect else all_states:
                e = emit_p[y].get(ch, MIN_FLOAT)
                best = max((v0 + nexts.get(y, MIN_INF) + e, y0) for y0, v0, nexts in prev)
                cur_v[y] = best[0]
                cur_path[y] = best[1]
        V.append(cur_v)
        mem_path.append(cur_path)
    last = [(V[-1][y], y) for y in mem_path[-1]]
    prob, state = max(last)
    route = [None] * len(obs)
    i = len(obs) - 1
    while i >= 0:
        route[i] = state
        state = mem_path[i][state]
        i -= 1
    return (prob, route)


class _DenseTables:
    """jieba's tables as arrays: states numbered in tuple order (so the largest
    index is jieba's tie-break winner), transitions as a dense matrix."""

    def __init__(self, states, start_p, trans_p, emit_p):
        names = set(trans_p)
        for nexts in trans_p.values():
            names.update(nexts)
        self.names = sorted(names)
        self.index = {s: i for i, s in enumerate(self.names)}
        n = len(self.names)
        self.trans = np.full((n, n), MIN_INF)
        self.reach = np.zeros((n, n), dtype=bool)
        for y0, nexts in trans_p.items():
            i0 = self.index[y0]
            for y, p in nexts.items():
                self.trans[i0, self.index[y]] = p
                self.reach[i0, self.index[y]] = True
        # the transitions into each state, a row each (see :meth:`step`)
        self.trans_to = np.ascontiguousarray(self.trans.T)
        self.has_next = np.array([bool(trans_p.get(s)) for s in self.names])
        self.known = all(s in names for s in start_p) and all(s in emit_p for s in names)
        # Every score finite (jieba's are: logs, and MIN_FLOAT for what was
        # never seen): then every path score stays finite, and a character's
        # state is reached exactly when its best score is not -inf.
        self.finite = (
            all(math.isfinite(p) for p in start_p.values())
            and all(math.isfinite(p) for nexts in trans_p.values() for p in nexts.values())
            and all(math.isfinite(p) for e in emit_p.values() for p in e.values())
        )
        self.tables = (states, start_p, trans_p, emit_p)
        self._chars: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._starts: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._chars_desc: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._starts_desc: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._blocks: dict[str, np.ndarray] = {}
        self._block_bytes = 0
        self._firsts: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def char(self, ch: str) -> tuple[np.ndarray, np.ndarray]:
        """(sorted state indices, emission scores) of one character (cached)."""
        hit = self._chars.get(ch)
        if hit is None:
            states, _start, trans_p, emit_p = self.tables
            cands = sorted(self.index[y] for y in states.get(ch, trans_p.keys()))
            idx = np.array(cands, dtype=np.intp)
            e = np.array([emit_p[self.names[i]].get(ch, MIN_FLOAT) for i in cands])
            if len(self._chars) < 65536:
                self._chars[ch] = hit = (idx, e)
            else:
                hit = (idx, e)
        return hit

    def char_desc(self, ch: str) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`char` with the states in falling order (cached)."""
        return _falling(self._chars_desc, ch, self.char)

    def start_desc(self, ch: str) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`start` with the states in falling order (cached)."""
        return _falling(self._starts_desc, ch, self.start)

    def block(self, prev: str, ch: str) -> tuple[np.ndarray, np.ndarray]:
        """The transitions from ``prev``'s states to ``ch``'s, a row for each
        of ``ch``'s states and a column for each of ``prev``'s, both in
        falling order; and where each row starts in the block read flat.
        Cached: a run's character pairs recur across names and pages; up to
        some 16 MB of blocks, then emptied."""
        key = prev + ch
        hit = self._blocks.get(key)
        if hit is None:
            rows, cols = self.char_desc(ch)[0], self.char_desc(prev)[0]
            block = self.trans_to.take(rows, 0).take(cols, 1)
            hit = (block, np.arange(0, block.size, len(cols)))
            if self._block_bytes + block.nbytes > _BLOCK_BYTES:
                self._blocks.clear()
                self._block_bytes = 0
            self._blocks[key] = hit
            self._block_bytes += block.nbytes
        return hit

    def step(self, v: np.ndarray, prev: str, ch: str) -> tuple[np.ndarray, np.ndarray]:
        """One step of :func:`_viterbi_finite`: for each of ``ch``'s states
        (falling order), the position of its best previous state among
        ``prev``'s (scores ``v``) and its score.

        The block is read a row per state of ``ch``, so the best previous
        state is a reduction along rows (``argmax`` over contiguous memory,
        several times cheaper on these small blocks than down columns), and
        the best scores are picked out by those positions instead of a
        second reduction. ``p + v0`` is ``v0 + p`` (IEEE addition is
        commutative), then ``+ e``: jieba's sums; the first maximum of a row
        is the first of the column it was, the tie-break kept."""
        block, starts = self.block(prev, ch)
        scores = (block + v) + self.char_desc(ch)[1][:, None]
        back = scores.argmax(axis=1)
        return back, scores.take(starts + back)

    def first_step(self, first: str, second: str) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`step` from a run's first character ``first`` to
        ``second``, which depends on these two characters alone (cached: a
        run's first two characters recur, a name's opening syllables; up to
        65,536 pairs, then emptied). The arrays are shared: never changed in
        place."""
        key = first + second
        hit = self._firsts.get(key)
        if hit is None:
            hit = self.step(self.start_desc(first)[1], first, second)
            if len(self._firsts) >= 65536:
                self._firsts.clear()
            self._firsts[key] = hit
        return hit

    def start(self, ch: str) -> tuple[np.ndarray, np.ndarray]:
        """(state indices, start scores) of a run's first character (cached)."""
        hit = self._starts.get(ch)
        if hit is None:
            idx, e = self.char(ch)
            start_p = self.tables[1]
            hit = (idx, np.array([start_p[self.names[i]] for i in idx]) + e)
            if len(self._starts) < 65536:
                self._starts[ch] = hit
        return hit


def _falling(cache: dict, ch: str, rising) -> tuple[np.ndarray, np.ndarray]:
    """``rising(ch)`` -- (state indices, scores) in rising order -- reversed,
    kept in ``cache`` (up to 65,536 characters, then no more are added)."""
    hit = cache.get(ch)
    if hit is None:
        idx, scores = rising(ch)
        hit = (idx[::-1].copy(), scores[::-1].copy())
        if len(cache) < 65536:
            cache[ch] = hit
    return hit


_DENSE: dict[int, _DenseTables] = {}
_BLOCK_BYTES = 16 << 20


def _dense(states, start_p, trans_p, emit_p) -> _DenseTables:
    hit = _DENSE.get(id(trans_p))
    if hit is None or hit.tables[2] is not trans_p or hit.tables[3] is not emit_p:
        hit = _DENSE[id(trans_p)] = _DenseTables(states, start_p, trans_p, emit_p)
    return hit


def _last_max(values: np.ndarray) -> int:
    """Position of the maximum, the last one on ties (indices are in tuple order)."""
    return len(values) - 1 - int(values[::-1].argmax())


def viterbi(obs, states, start_p, trans_p, emit_p):
    """Same arguments and result as ``jieba.posseg.viterbi.viterbi``.

    Each step is one small matrix (previous states x the character's states)
    in numpy instead of two nested Python loops. Whenever a step leaves the
    plain case (no reachable state, an impossible score), the whole run is
    handed to :func:`viterbi_py`, which follows jieba's fallbacks exactly.

    A step is a handful of numpy calls on matrices of some 30 x 30, so their
    number is the cost: the transition block is cut with two ``take`` (half
    the cost of one two-dimensional fancy index), with finite tables the
    reached states are read off the best scores instead of a second block
    of the transition matrix, and the route is followed back by positions
    (no search per character). Finite tables (jieba's) take the shorter
    steps of :func:`_viterbi_finite`; the steps below check every score."""
    d = _dense(states, start_p, trans_p, emit_p)
    if not d.known or not obs:
        return viterbi_py(obs, states, start_p, trans_p, emit_p)
    if d.finite:
        return _viterbi_finite(obs, d)
    idx, v = d.start(obs[0])
    path = [idx]  # each step's states (sorted indices)
    backs = []  # each step's best previous state, as a position in the previous step's
    trans, has_next = d.trans, d.has_next
    for ch in obs[1:]:
        keep = has_next[idx]
        if keep.all():
            kept = None
            prev_idx, prev_v = idx, v
        else:
            kept = np.flatnonzero(keep)
            if not len(kept):
                return viterbi_py(obs, states, start_p, trans_p, emit_p)
            prev_idx, prev_v = idx[kept], v[kept]
        if not np.isfinite(prev_v).all():
            return viterbi_py(obs, states, start_p, trans_p, emit_p)
        cand, e = d.char(ch)
        # (v0 + p) + e: the same additions, in jieba's order
        scores = (prev_v[:, None] + trans.take(prev_idx, 0).take(cand, 1)) + e
        last = len(prev_idx) - 1 - scores[::-1].argmax(axis=0)
        best = scores.max(axis=0)
        reach = d.reach.take(prev_idx, 0).take(cand, 1).any(axis=0)
        if reach.all():
            idx, v = cand, best
        else:
            if not reach.any():
                return viterbi_py(obs, states, start_p, trans_p, emit_p)
            idx, v, last = cand[reach], best[reach], last[reach]
        path.append(idx)
        backs.append(last if kept is None else kept[last])
    pos = _last_max(v)
    prob = float(v[pos])
    return (prob, _route(d.names, path, backs, pos, len(obs)))


def _route(names, path, backs, pos: int, n: int) -> list:
    """The best path's states, read back from its last state ``pos``."""
    route = [None] * n
    for i in range(n - 1, 0, -1):
        route[i] = names[path[i][pos]]
        pos = backs[i - 1][pos]
    route[0] = names[path[0][pos]]
    return route


def _viterbi_finite(obs, d: _DenseTables):
    """:func:`viterbi` when every score of the tables is finite (jieba's
    are), in fewer numpy calls per character.

    * The states are kept in falling order (:meth:`_DenseTables.char_desc`),
      so numpy's ``argmax``, the first maximum, is the largest state index
      among equal scores -- jieba's tie-break -- without reversing each
      step's matrix and counting back from its end.
    * Nothing is set aside: a state no previous state reaches (jieba leaves
      it out) keeps ``-inf`` as its score, and a previous state without a
      successor has ``-inf`` for every transition from it. Either is
      never the best score of a state jieba keeps reaching it, so the
      states jieba keeps get the same scores and the same previous state
      (ties included), and the best last state is one of them.
    * A step where no state is reached leaves every score ``-inf`` from
      there on (all tables' scores are finite, so nothing else is): the
      route's best score is then ``-inf`` and the run is handed to
      :func:`viterbi_py`, which follows jieba's fallbacks, as before.

    * Each step is one block of transitions, a row per state of the
      character (:meth:`_DenseTables.step`); the first step, which depends
      on the run's first two characters alone, is cached.

    Same additions in the same order, so the same scores, route and
    probability."""
    idx, v = d.start_desc(obs[0])
    path = [idx]  # each step's states (indices, falling)
    backs = []  # each step's best previous state, as a position in the previous step's
    prev = obs[0]
    if len(obs) > 1:
        back, v = d.first_step(prev, obs[1])
        backs.append(back)
        prev = obs[1]
        path.append(d.char_desc(prev)[0])
    for ch in obs[2:]:
        back, v = d.step(v, prev, ch)
        backs.append(back)
        path.append(d.char_desc(ch)[0])
        prev = ch
    pos = int(v.argmax())
    prob = float(v[pos])
    if prob == MIN_INF:
        return viterbi_py(obs, *d.tables)
    return (prob, _route(d.names, path, backs, pos, len(obs)))


def install(tagger) -> bool:
    """Make ``tagger`` (a private copy of jieba's POSTokenizer) use this Viterbi.

    Returns False, changing nothing, when jieba's internals are not the ones
    this was written against."""
    try:
        import jieba.posseg as pseg

        tables = (pseg.char_state_tab_P, pseg.start_P, pseg.trans_P, pseg.emit_P)
        pair = pseg.pair
        if not hasattr(tagger, "_POSTokenizer__cut"):
            return False
    except (ImportError, AttributeError):
        return False

    def cut(sentence):
        # jieba's POSTokenizer.__cut with this module's viterbi
        _prob, pos_list = viterbi(sentence, *tables)
        begin, nexti = 0, 0
        for i, char in enumerate(sentence):
            pos = pos_list[i][0]
            if pos == "B":
                begin = i
            elif pos == "E":
                yield pair(sentence[begin : i + 1], pos_list[i][1])
                nexti = i + 1
            elif pos == "S":
                yield pair(char, pos_list[i][1])
                nexti = i + 1
        if nexti < len(sentence):
            yield pair(sentence[nexti:], pos_list[nexti][1])

    tagger._POSTokenizer__cut = cut
    return True
