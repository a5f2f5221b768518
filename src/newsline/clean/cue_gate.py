"""Which cue tables a line may hold a phrase of: one Aho–Corasick pass.

The classifier's cue tables are matched by regexes: each phrase folded
(:func:`newsline.clean.features.fold_line`), its words apart by ``\\s+``,
either apostrophe, with word-edge tests around it. On a folded line whose
only spaces are single " ", every text such a regex can match is the
phrase's *key* -- the folded phrase, words one space apart -- written as
it is: a line holding no key of a table cannot match the table's regex.
An automaton over the keys of every table answers that for all tables in
one pass over the line; the regexes then run only where it found a key
(word edges, and which of several overlapping phrases wins, stay theirs),
and a table's large alternation is not even compiled in a run where no
line holds one of its keys.

A line with any other space (a tab, two spaces, a space NFKC keeps) is
searched with each run of white space read as one " ", where a regex's
``\\s+`` between two words matches it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import ahocorasick

from ..trie import literal_automaton


def regular_spacing(low: str) -> bool:
    """Are the folded line's only white spaces single " "? A printable line
    (most) has no white space but " " (str.isprintable is false for tabs,
    line separators and the spaces NFKC does not fold): one C test."""
    if low.isprintable():
        return "  " not in low
    return "  " not in low and not any(c.isspace() and c != " " for c in low)


_SPACE_RUN_RE = re.compile(r"\s+")


def spaces_collapsed(low: str) -> tuple[str, list[int]]:
    """``low`` with each run of white space written as one " " (where a
    regex's ``\\s+`` between two words of a phrase matches it), and the
    position in ``low`` of each character of that."""
    out: list[str] = []
    where: list[int] = []
    last = 0
    for m in _SPACE_RUN_RE.finditer(low):
        a, b = m.span()
        out.append(low[last:a])
        where.extend(range(last, a))
        out.append(" ")
        where.append(a)
        last = b
    out.append(low[last:])
    where.extend(range(last, len(low)))
    return "".join(out), where


def phrase_keys(phrase_folded: str) -> tuple[str, ...]:
    """The keys of one folded phrase: its words one space apart, with the
    typewriter and the typographic apostrophe (the tables' regexes accept
    both: "don't miss" / "don’t miss")."""
    key = " ".join(phrase_folded.split())
    return tuple(dict.fromkeys((key, key.replace("'", "’"))))


def _automaton(keys: Mapping[str, int]) -> ahocorasick.Automaton | None:
    return literal_automaton(keys, ints=True)


class KeyAutomaton:
    """Literal keys, each with an int (a bit mask of the tables holding it),
    found by Aho–Corasick.

    A line of ASCII can only hold the ASCII keys, which have an automaton of
    their own: pyahocorasick looks a letter up among a node's branches one
    by one, and the root of all keys has hundreds (every script's first
    letters), that of the ASCII keys a few dozen (3x faster on English)."""

    def __init__(self, keys: Mapping[str, int]):
        # an empty key (a phrase of no word) is in every line
        self.always = "" in keys
        full = {k: v for k, v in keys.items() if k}
        self.all_bits = 0
        for v in full.values():
            self.all_bits |= v
        self._full = _automaton(full)
        self._ascii = _automaton({k: v for k, v in full.items() if k.isascii()})

    def automaton_for(self, low: str) -> ahocorasick.Automaton | None:
        """The automaton to search the folded line with (None: no key can be
        in it). Its values are the keys' ints; ``iter`` gives (end, value)."""
        return self._ascii if low.isascii() else self._full

    def any_in(self, low: str, start: int = 0, end: int | None = None) -> bool:
        """Does ``low[start:end]`` (a folded line, or a window of it) hold a
        key, its runs of white space read as one " "?"""
        if self.always:
            return True
        window = low[start:end]
        if not regular_spacing(window):
            window = " ".join(window.split())
        a = self.automaton_for(window)
        return a is not None and next(a.iter(window), None) is not None

    def bits_in(self, low: str) -> int:
        """The values of every key the folded line holds, its runs of white
        space read as one " ", or-ed together."""
        if self.always:
            return -1
        if not regular_spacing(low):
            low = " ".join(low.split())
        a = self.automaton_for(low)
        if a is None:
            return 0
        bits = 0
        for _, v in a.iter(low):
            bits |= v
        return bits
