"""The sparse part-of-speech Viterbi gives exactly jieba's answer."""

from __future__ import annotations

import random

import pytest

pseg = pytest.importorskip("jieba.posseg")

from newsline.events.pos_viterbi import viterbi, viterbi_py
from newsline.wordseg import chinese_tagger

TABLES = (pseg.char_state_tab_P, pseg.start_P, pseg.trans_P, pseg.emit_P)

WRITTEN = [
    "司徒雷登",
    "欧阳娜娜",
    "阿卜杜拉",
    "泽连斯基",
    "马克龙",
    "蓬佩奥",
    "金正恩",
    "万象",
    "湄公河",
    "喀布尔",
    "卢旺达",
    "波罗的海",
    "东帝汶",
    "甲乙丙丁",
    "龘靐齉",
    "一",
    "的的的的",
]


def _random_runs(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(chr(rng.randint(0x4E00, 0x9FFF)) for _ in range(rng.randint(1, 6)))
        for _ in range(n)
    ]


@pytest.mark.parametrize("run", WRITTEN + _random_runs(30, 7))
def test_same_route_and_probability_as_jieba(run):
    from jieba.posseg.viterbi import viterbi as jieba_viterbi

    assert viterbi(run, *TABLES) == jieba_viterbi(run, *TABLES)
    assert viterbi_py(run, *TABLES) == jieba_viterbi(run, *TABLES)


def test_matrix_viterbi_matches_jieba_on_many_runs():
    """Long runs of common characters (many states each, many ties) and rare
    ones (not in jieba's character table: every state is a candidate)."""
    from jieba.posseg.viterbi import viterbi as jieba_viterbi

    rng = random.Random(11)
    common = sorted(TABLES[0])
    runs = ["".join(rng.choice(common) for _ in range(rng.randint(1, 14))) for _ in range(400)]
    runs += _random_runs(200, 13)
    for run in runs:
        assert viterbi(run, *TABLES) == jieba_viterbi(run, *TABLES), run


def test_private_tagger_tags_like_jieba_and_leaves_jieba_alone():
    tagger = chinese_tagger()
    text = "越南、老挝、泰国和柬埔寨代表在万象签署协定，司徒雷登与欧阳娜娜出席。"
    ours = [(w.word, w.flag) for w in tagger.cut(text)]
    theirs = [(w.word, w.flag) for w in pseg.cut(text)]
    assert ours == theirs
    assert "_POSTokenizer__cut" not in vars(pseg.dt)  # jieba's shared tagger untouched


def test_tables_with_impossible_scores_follow_jieba():
    """With a -inf transition or start score the shortcuts that assume
    finite tables are off: the answer is still jieba's."""
    from jieba.posseg.viterbi import viterbi as jieba_viterbi

    states, start_p, trans_p, emit_p = TABLES
    rng = random.Random(5)
    trans = {y0: dict(nexts) for y0, nexts in trans_p.items()}
    for nexts in trans.values():
        for y in list(nexts):
            if rng.random() < 0.2:
                nexts[y] = float("-inf")
    start = dict(start_p)
    for y in list(start)[::7]:
        start[y] = float("-inf")
    tables = (states, start, trans, emit_p)
    common = sorted(states)
    runs = ["".join(rng.choice(common) for _ in range(rng.randint(1, 10))) for _ in range(150)]
    for run in runs + WRITTEN:
        assert viterbi(run, *tables) == jieba_viterbi(run, *tables), run


@pytest.mark.parametrize("run", ["七哏", "丈厝", "丐坜", "说七哏了", "丈厝丐坜", "中国丐哏"])
def test_a_character_no_state_reaches_follows_jieba(run):
    """A character whose states no state of the one before reaches (jieba
    then falls back to every state the previous ones expect): the finite
    tables' short steps carry -inf to the end and hand the run over."""
    from jieba.posseg.viterbi import viterbi as jieba_viterbi

    assert viterbi(run, *TABLES) == jieba_viterbi(run, *TABLES)
