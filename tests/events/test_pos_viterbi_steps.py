"""The Viterbi's steps read a block of transitions a row per state, and a
run's first step is cached by its first two characters: still exactly
jieba's route and probability, for runs that share their opening (the
cached arrays are never changed by a later run) and for runs that do not."""

from __future__ import annotations

import random

import numpy as np
import pytest

pseg = pytest.importorskip("jieba.posseg")

from newsline.events.pos_viterbi import _dense, viterbi

TABLES = (pseg.char_state_tab_P, pseg.start_P, pseg.trans_P, pseg.emit_P)


def _jieba(run: str):
    from jieba.posseg.viterbi import viterbi as jieba_viterbi

    return jieba_viterbi(run, *TABLES)


def test_runs_sharing_their_first_two_characters_each_get_jiebas_route():
    # names opening alike (a transliteration's first syllables), asked in
    # turn so that each later run starts from the cached first step
    runs = ["特朗普", "特朗", "特朗斯", "特朗普斯基", "特朗德拉", "特朗普", "特朗斯"]
    for run in runs:
        assert viterbi(run, *TABLES) == _jieba(run)


def test_the_first_step_is_cached_and_left_unchanged():
    d = _dense(*TABLES)
    viterbi("斯托尔滕贝格", *TABLES)
    back, score = d.first_step("斯", "托")
    kept = (back.copy(), score.copy())
    assert d.first_step("斯", "托")[0] is back  # read from the cache
    for run in ("斯托", "斯托克", "斯托尔滕", "斯托尔滕贝格"):
        assert viterbi(run, *TABLES) == _jieba(run)
    assert np.array_equal(back, kept[0]) and np.array_equal(score, kept[1])


def test_a_step_matches_the_column_reading():
    """A step's best previous state and score are those of the transition
    block read down its columns (the layout before): same sums, same first
    maximum."""
    d = _dense(*TABLES)
    rng = random.Random(5)
    chars = sorted(TABLES[0])
    for _ in range(200):
        prev, ch = rng.choice(chars), rng.choice(chars)
        v = d.start_desc(prev)[1]
        cols = d.trans.take(d.char_desc(prev)[0], 0).take(d.char_desc(ch)[0], 1)
        scores = (v[:, None] + cols) + d.char_desc(ch)[1]
        back, best = d.step(v, prev, ch)
        assert np.array_equal(back, scores.argmax(axis=0))
        assert np.array_equal(best, scores.max(axis=0))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_runs_with_shared_openings(seed):
    rng = random.Random(seed)
    openings = ["".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(2)) for _ in range(8)]
    for _ in range(60):
        tail = "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(rng.randint(0, 6)))
        run = rng.choice(openings) + tail
        assert viterbi(run, *TABLES) == _jieba(run)
