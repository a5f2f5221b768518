"""A block's letters are counted once: language ID notes the count it makes
on its way through the block's spans, and the flags read it from there
instead of walking the block's script runs again. The noted count must be
the one a fresh count gives, on any mix of scripts."""

from __future__ import annotations

from collections import Counter

import pytest

import newsline.langid.detect as D
import newsline.langid.scripts as S
from newsline.flags import rules as R
from newsline.langid import IdentifyLanguages
from newsline.model import Block, Document
from newsline.settings import Settings

hypothesis = pytest.importorskip("hypothesis")
st = hypothesis.strategies

# Letters of many scripts (kana beside Han, which the runs merge and the
# counts keep apart), marks, digits, controls (replaced before counting).
ALPHABET = (
    list("abcXYZ éđươ Ḁỹ ＡＢｃ абв αβ שלום مرحبا नमस्ते ภาษาไทย๑๒ ่ ລາວ")
    + list("日本語中文カタカナひらがなｶﾀ 한국어 ქართ ខ្មែរ 0123456789²_-.,:!?'\" \n\t")
    + ["\u0301", "\u200b", "ª", "〇", "々", "ー", "\U00020000", "\x00", "\x07", "\x85", "\ud800"]
)


def _fresh(text: str) -> int:
    return S.weighted_letters(S.script_counts(text))


@hypothesis.settings(max_examples=400, deadline=None)
@hypothesis.given(st.text(alphabet=ALPHABET, max_size=80))
def test_the_count_language_id_makes_is_a_fresh_count(text):
    n = D.detect_spans_counted(text)[1]
    assert n is None or n == _fresh(text)


def _page() -> Document:
    lines = [
        "Le conseil municipal de Lyon a voté mardi le budget des écoles.",
        "東京では、市長が3日に新しい計画を発表した。",
        "Menu | Accueil | Contact",
        "Городской совет обсудил бюджет школ на следующий год.",
    ]
    text = "\n".join(lines)
    blocks, pos = [], 0
    for line in lines:
        blocks.append(Block(pos, pos + len(line)))
        pos += len(line) + 1
    return Document(id="p", source="p.txt", text=text, blocks=blocks)


def test_flags_read_the_letters_language_id_counted(monkeypatch):
    doc = _page()
    IdentifyLanguages(Settings().lang)([doc], Counter())
    texts = [doc.text[b.start : b.end] for b in doc.blocks]
    want = [_fresh(t) for t in texts]

    def no_walk(*_a, **_k):
        raise AssertionError("the block's script runs were walked again")

    monkeypatch.setattr(S, "script_run_spans", no_walk)
    assert [R.letters(t) for t in texts] == want


def test_a_text_never_noted_is_counted(monkeypatch):
    monkeypatch.setattr(S, "_NOTED_LETTERS", {})
    text = "Ein Satz, den niemand gezählt hat: 東京 und Москва."
    assert S.letters_of(text) == _fresh(text)


def test_the_noted_counts_are_bounded(monkeypatch):
    monkeypatch.setattr(S, "_NOTED_LETTERS", {})
    monkeypatch.setattr(S, "_noted_chars", 0)
    monkeypatch.setattr(S, "_NOTED_MAX_CHARS", 100)
    for k in range(30):
        S.note_letters(f"line {k:02d} of a page", 10)
    assert sum(map(len, S._NOTED_LETTERS)) <= 100
    assert S._noted_chars <= 100
    # the last one noted is still there
    assert S._NOTED_LETTERS.get("line 29 of a page") == 10
