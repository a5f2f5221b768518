"""Script runs and counts are read a run at a time (one regex match per run
of one script, not one per word); they must be what the per-word pattern
gives, merged as before."""

from __future__ import annotations

import itertools

import pytest

import newsline.langid.detect as D
import newsline.langid.scripts as S

hypothesis = pytest.importorskip("hypothesis")
st = hypothesis.strategies

# Letters of every script in the table, marks, digits of several scripts,
# letters of no script in the table (ª, ², ß's neighbours), punctuation.
ALPHABET = (
    list("abcXYZ éđươ ăÀɏ Ḁỹ ＡＢｃ")
    + list("абв αβ שלום مرحبا नमस्ते ภาษาไทย๑๒ ่ ้ ລາວ")
    + list("日本語中文カタカナひらがなｶﾀ 한국어ㄱ ქართ Հայ ខ្មែរ မြန်")
    + list("0123456789²³¼_-.,;:!?'\"() \n\t")
    + ["\u0301", "\u200b", "ǅ", "ª", "º", "µ", "\u3000", "〇", "々", "ー", "・", "\U00020000", "×"]
)
TEXTS = [
    "Hôm nay, 12/3/2025, Thủ tướng Phạm Minh Chính đến Vientiane.",
    "นายสมชาย ใจดี กล่าวว่า ASEAN จะประชุมวันที่ ๑๒ มีนาคม",
    "湄公河委员会表示，主席阮文安于2025年3月12日在万象主持会议。",
    "東京では、トランプ大統領が3日に到着した。",
    "Президент сказал: «Мы готовы». 서울에서 회의가 열렸다.",
]


def _runs_word_by_word(text):
    """The runs as the per-word pattern gives them, merged by script (kana as Han)."""
    runs = []
    for m in S.script_runs_pattern().finditer(text):
        s = m.lastgroup or S.OTHER
        s = S.HAN if s == S.KANA else s
        if runs and runs[-1][0] == s:
            runs[-1][2] = m.end()
            runs[-1][3] += m.end() - m.start()
        else:
            runs.append([s, m.start(), m.end(), m.end() - m.start()])
    return runs


def _counts_word_by_word(text):
    counts = {}
    for m in S.script_runs_pattern().finditer(text):
        s = m.lastgroup or S.OTHER
        counts[s] = counts.get(s, 0) + m.end() - m.start()
    return list(counts.items())


def _check(text):
    assert [[r.script, r.start, r.end, r.letters] for r in D._script_runs(text)] == (
        _runs_word_by_word(text)
    )
    assert list(S.script_counts(text).items()) == _counts_word_by_word(text)
    # one match per run: a run never ends where the next of its script begins
    runs, _gaps = S.merged_runs_pattern()
    names = [m.lastgroup for m in runs.finditer(text)]
    assert all(a != b for a, b in itertools.pairwise(names))


@pytest.mark.parametrize("text", TEXTS)
def test_runs_and_counts_are_the_per_word_ones(text):
    _check(text)


@hypothesis.settings(max_examples=500, deadline=None)
@hypothesis.given(st.text(alphabet=ALPHABET, max_size=60))
def test_runs_and_counts_are_the_per_word_ones_on_any_mix(text):
    _check(text)
