"""One regex for many literal words, factored by common prefixes.

"twenty|twenty-one|twenty-two|..." becomes "twenty(?:\\-(?:one|two|...))?":
the regex engine then follows one branch per character instead of trying
every word at every position, several times faster on lists of hundreds of
words (cue tables, month names, count words). The words that match at one
place are prefixes of each other, and a greedy optional tail tries the
longer first, so the matches are those of the flat list sorted longest first.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import ahocorasick


def trie_regex(words, space: str | None = None) -> str:
    """The words' alternation, prefix-factored, without an outer group; ""
    for no words. ``space``: what a space in a word matches (``r"\\s+"``: any
    run of white space), by default a space."""
    trie: dict = {}
    for w in words:
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = []
        for ch in sorted(k for k in node if k):
            esc = space if space is not None and ch == " " else re.escape(ch)
            alts.append(esc + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def literal_automaton(keys: Mapping[str, Any], ints: bool = False) -> ahocorasick.Automaton | None:
    """An Aho-Corasick automaton finding every key of ``keys`` in a text, in
    one pass (``iter`` gives (end, value) for each, overlapping ones too);
    None for no key. ``ints``: the values are ints that fit 64 bits
    (pyahocorasick's STORE_INTS), else any Python objects (STORE_ANY)."""
    if not keys:
        return None
    a = ahocorasick.Automaton(ahocorasick.STORE_INTS if ints else ahocorasick.STORE_ANY)
    for k, v in keys.items():
        a.add_word(k, v)
    a.make_automaton()
    return a
