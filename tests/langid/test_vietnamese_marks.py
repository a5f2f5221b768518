"""marked_share counts Vietnamese-only letters in the marked words only (the
letters are all outside ASCII): the same count as letter by letter."""

from __future__ import annotations

import pytest

from newsline.langid import vietnamese as V

hypothesis = pytest.importorskip("hypothesis")
st = hypothesis.strategies

LETTERS = "abcdeđĐăâơưạảấầậếềệỉịọỏốồộớờợụủứừựỳỵỹéàèüöñçÀ\u0301\u0323"


def _letter_by_letter(words):
    if not words:
        return 0.0, 0
    marked = sum(1 for w in words if not w.isascii())
    return marked / len(words), sum(1 for w in words for c in w if c in V._VI_ONLY)


@hypothesis.settings(max_examples=300, deadline=None)
@hypothesis.given(st.lists(st.text(alphabet=LETTERS, min_size=1, max_size=8), max_size=10))
def test_marked_share_counts_as_letter_by_letter(words):
    assert V.marked_share(words) == _letter_by_letter(words)


def test_marked_share_on_sentences():
    vi = V.latin_words("Thủ tướng Phạm Minh Chính đến Viêng Chăn hôm nay")
    en = V.latin_words("The prime minister arrived in Vientiane today")
    assert V.marked_share(vi) == _letter_by_letter(vi)
    assert V.marked_share(vi)[1] > 0
    assert V.marked_share(en) == (0.0, 0)
