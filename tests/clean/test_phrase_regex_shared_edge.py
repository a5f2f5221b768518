"""The phrase regexes test the Han-aware Latin word edge before a match
once, not once per first character (each copy of the class costs ~1 ms to
compile, ~0.5 s a process over every table), and find what the plainly
written regex finds, on every table, at every pair of tricky edges."""

from __future__ import annotations

import inspect
import itertools

from newsline.clean import classify as C
from newsline.clean import cues
from newsline.clean.features import fold_line

from .test_classify_fast_paths import _plain_phrase_re

_TABLES = sorted(
    n
    for n in dir(cues)
    if n.isupper()
    and isinstance(getattr(cues, n), dict)
    and f'"{n}"' in inspect.getsource(C)
    and all(isinstance(v, (list, tuple)) for v in getattr(cues, n).values())
)

# neighbours a phrase may touch: Latin, Han, kana, the long-vowel mark,
# a Yijing hexagram and bopomofo (just outside the Han/kana ranges), Thai,
# Hangul, digits, "_", a combining mark, spaces and marks
_EDGES = ("", " ", "a", "Z", "1", "_", "中", "の", "カ", "ー", "\u4dc0", "\u3100", "ก", "한", "é")
_EDGES += ("\u0301", ".", "’", "\n", "x中", "中x")


def test_the_latin_edge_class_is_written_once_per_table():
    for name in _TABLES:
        pattern = C._phrase_re(name).pattern
        assert pattern.count(C._LATIN_EDGE_BEFORE[:-1]) <= 1, name


def test_every_table_matches_as_the_plain_regex_at_every_edge():
    for name in _TABLES:
        fast, plain = C._phrase_re(name), _plain_phrase_re(name)
        for ps in C._phrase_table(name).values():
            for p in ps:
                q = fold_line(p)
                for a in _EDGES:
                    for z in _EDGES:
                        line = a + q + z
                        got = [(m.span(), m.group(0)) for m in fast.finditer(line)]
                        want = [(m.span(), m.group(0)) for m in plain.finditer(line)]
                        assert got == want, (name, line)


def test_a_phrase_after_a_failed_one_at_the_same_start():
    # a Latin word glued before "like" fails the edge, Han does not; after
    # "likex" fails at 2 the search goes on to the next "like"
    fast = C._phrase_re("REACTION_BUTTONS")
    assert fast.search("xlike") is None
    assert fast.search("中like").group(0) == "like"
    assert fast.search("i likex like").span() == (8, 12)


def test_long_adversarial_lines_finish():
    # 100k characters of near misses: word characters glued to phrase
    # openings, Han between them, no whole phrase
    for name in ("COOKIE_NOTICES", "COMPANY_REGISTER_CUES", "REACTION_BUTTONS"):
        fast = C._phrase_re(name)
        for unit in ("xlik", "a中b", "le ", "_" * 7 + "c"):
            line = unit * (100_000 // len(unit))
            list(fast.finditer(line))


def test_the_latin_edge_after_class_is_written_once_per_table():
    # (?:a|b)T tries what aT|bT tries: the tail's Han-aware class (~1 ms
    # to compile per copy) is written once per run of phrases sharing it,
    # and the runs are as few as the phrases' order allows
    for name in _TABLES:
        assert C._phrase_re(name).pattern.count(C._LATIN_EDGE_AFTER) <= 1, name


_CLASHING_TABLE = {
    # phrases opening alike, with and without the Latin tail (a Han last
    # letter has none), and one beginning another: moving one past the
    # other would change which is found first
    "xx": ["ab中", "abc", "ab", "ab 中", "ab c", "abc中x", "a", "b中", "bc", "中ab", "中a b"],
}


def test_phrases_that_may_match_at_one_start_keep_their_order(monkeypatch):
    monkeypatch.setattr(C, "_phrase_table", lambda name: _CLASHING_TABLE)
    fast = C._phrase_re.__wrapped__("xx")
    plain = _plain_phrase_re("xx")
    units = ["ab", "abc", "中", "c", " ", "x", "a", "b", "1"]
    lines = ["".join(p) for n in (1, 2, 3, 4) for p in itertools.product(units, repeat=n)]
    for line in lines:
        got = [(m.span(), m.group(0)) for m in fast.finditer(line)]
        want = [(m.span(), m.group(0)) for m in plain.finditer(line)]
        assert got == want, line


def test_segments_move_a_phrase_only_past_phrases_it_cannot_meet():
    t = C._LATIN_EDGE_AFTER
    alts = [
        ("", "a", "", "abc", t),
        ("", "a", "", "ab", ""),  # begins "abc": stays after it
        ("", "a", "", "ax", t),  # meets neither: joins the first run
        ("", "b", "", "b", ""),
        ("", "a", "", "abcd", t),  # begins with "ab": stays after it
    ]
    segs = [[a[3] for a in seg] for _, seg in C._tail_segments(alts)]
    assert segs == [["abc", "ax"], ["ab", "b"], ["abcd"]]
