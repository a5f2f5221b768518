"""jieba's part-of-speech Viterbi, visiting only the transitions that exist.

jieba 0.42 tags a run of characters its dictionary does not know (mostly
names) with a pure-Python Viterbi over 256 states: for every character and
every candidate state it takes the best of all previous states, although a
state has about 20 successors, so nearly every term is ``-inf``. This is the
same computation restricted to the previous states that can reach the state,
falling back to jieba's full expression whenever that restriction cannot
decide (no such state, or all of them impossible), so the result -- route and
tie-breaking included -- is exactly jieba's. Sums are formed in jieba's order
so the floating-point values are the same.

This module must never change jieba's own objects; it is used through
:func:`install` on a private copy of jieba's tagger.
"""

from __future__ import annotations

MIN_FLOAT = -3.14e100
MIN_INF = float("-inf")


_PREDECESSORS: dict[int, tuple[object, dict]] = {}


def _predecessors(trans_p) -> dict:
    """state -> the states that can move to it (jieba's table, inverted once)."""
    hit = _PREDECESSORS.get(id(trans_p))
    if hit is not None and hit[0] is trans_p:
        return hit[1]
    preds: dict = {}
    for y0, nexts in trans_p.items():
        for y in nexts:
            preds.setdefault(y, []).append(y0)
    out = {y: tuple(v) for y, v in preds.items()}
    _PREDECESSORS[id(trans_p)] = (trans_p, out)
    return out


def viterbi(obs, states, start_p, trans_p, emit_p):
    """Same arguments and result as ``jieba.posseg.viterbi.viterbi``."""
    preds = _predecessors(trans_p)
    V = [{}]
    mem_path = [{}]
    all_states = trans_p.keys()
    for y in states.get(obs[0], all_states):
        V[0][y] = start_p[y] + emit_p[y].get(obs[0], MIN_FLOAT)
        mem_path[0][y] = ""
    for t in range(1, len(obs)):
        V.append({})
        mem_path.append({})
        prev_v = V[t - 1]
        prev_states = [x for x in mem_path[t - 1] if len(trans_p[x]) > 0]
        prev_states_expect_next = {y for x in prev_states for y in trans_p[x]}
        obs_states = set(states.get(obs[t], all_states)) & prev_states_expect_next
        if not obs_states:
            obs_states = prev_states_expect_next if prev_states_expect_next else all_states
        prev_set = set(prev_states)
        cur_v, cur_path = V[t], mem_path[t]
        ch = obs[t]
        for y in obs_states:
            e = emit_p[y].get(ch, MIN_FLOAT)
            best = None
            for y0 in preds.get(y, ()):
                if y0 in prev_set:
                    cand = (prev_v[y0] + trans_p[y0][y] + e, y0)
                    if best is None or cand > best:
                        best = cand
            if best is None or best[0] == MIN_INF:
                # every term is -inf: jieba's tie-break over all previous states
                best = max(
                    (prev_v[y0] + trans_p[y0].get(y, MIN_INF) + e, y0) for y0 in prev_states
                )
            cur_v[y] = best[0]
            cur_path[y] = best[1]
    last = [(V[-1][y], y) for y in mem_path[-1]]
    prob, state = max(last)
    route = [None] * len(obs)
    i = len(obs) - 1
    while i >= 0:
        route[i] = state
        state = mem_path[i][state]
        i -= 1
    return (prob, route)


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
