"""The advert rule's cheap gate (may a paragraph hold any trade phrase?)
takes a word in the plural for its singular ("casinos", "bonos",
"préstamos"). The plural first words are now made once per phrase table
instead of trimming every word of every paragraph; the answers are those of
the trimming. Phrases and paragraphs written for this test."""

from __future__ import annotations

import re

from newsline.flags.rules import _may_contain_any, _phrase_gate, _plural_gate

PHRASES = ("casino online", "bono de bienvenida", "préstamo rápido", "box", "glass", "ставки")


def _by_trimming(text: str, phrases: tuple[str, ...], unspaced: bool) -> bool:
    first, plain = _phrase_gate(phrases, unspaced)
    toks = set(re.findall(r"\w+", text))
    toks |= {w[:-1] for w in toks if w.endswith("s")}
    toks |= {w[:-2] for w in toks if w.endswith("es")}
    return any(p in text for p in plain) or not first.isdisjoint(toks)


TEXTS = [
    "los mejores casinos online con bonos de bienvenida",  # plural 's'
    "préstamos rápidos sin aval",  # plural 's' on an accented word
    "new boxes arrived",  # 'es'
    "the glasses were full",  # 'es' after a final 's'
    "boxess and glassess",  # 's' then 'es': trimmed twice
    "ставки на спорт",  # Cyrillic, no plural 's'
    # near misses: not a plural of a first word
    "casinoss and boxs of casin",
    "the boxer and the glassy sea",
    "a casa, um bonito préstamista",
    "",
]


def test_the_plural_gate_answers_as_the_trimming_did():
    for text in TEXTS:
        for unspaced in (False, True):
            want = _by_trimming(text, PHRASES, unspaced)
            assert _may_contain_any(text, PHRASES, unspaced, plurals=True) == want, text


def test_the_plural_first_words():
    first, _ = _plural_gate(PHRASES, False)
    assert {"casinos", "casinoes", "casinoess", "boxes", "glasses", "glassess"} <= first
    assert "casin" not in first and "boxer" not in first
    assert _may_contain_any("boxes", PHRASES, False, plurals=True)
    assert not _may_contain_any("boxer", PHRASES, False, plurals=True)
    assert not _may_contain_any("boxes", PHRASES, False, plurals=False)
