"""The classifier's fast paths give the answers of the slow paths they skip.

Each gate (one regex before a loop over a cue table, one search before a
dozen tables, byte counting for ASCII lines, bounds before difflib) is
compared with the plain computation on the tables' own phrases, on lines
built around them and on random text.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from newsline.clean import classify as C
from newsline.clean.features import fold_line

_ALPHABET = st.characters(
    min_codepoint=0, max_codepoint=0x2FFF, blacklist_categories=("Cs",)
) | st.sampled_from("AZaz09 .:'’-İß©一中文ก")


def _slow_opening_phrase(t: str, table: str) -> str | None:
    low = fold_line(t.strip()).lstrip("([{【•* ").replace("’", "'")
    for cue in C._folded(table):
        c = cue.replace("’", "'")
        if low.startswith(c) and (
            not low[len(c) : len(c) + 1].isalnum() or C._unspaced_edge(c[-1])
        ):
            return cue
    return None


_OPENING_TABLES = ("CAPTION_OPENERS", "TRANSLATION_CREDITS", "FILE_PHOTO_CAPTIONS")
_TAILS = ("", " ", "s", ": x", " the picture", "中文", "1", "’s", "-", ". Agency")


def _lines_around(phrases, rng: random.Random) -> list[str]:
    out = []
    for p in phrases:
        for tail in _TAILS:
            out += [p + tail, p.upper() + tail, "(" + p + tail, p[:-1] + tail, " " + p]
        out.append(p.replace("'", "’"))
        out.append("x" + p)
    words = [w for p in phrases for w in p.split()]
    for _ in range(300):
        out.append(" ".join(rng.choice(words) for _ in range(rng.randint(1, 6))))
    return out


def test_opening_phrase_gate_keeps_every_answer():
    rng = random.Random(7)
    for table in _OPENING_TABLES:
        phrases = list(C._folded(table))
        for line in _lines_around(phrases, rng):
            assert C._opening_phrase(line, table) == _slow_opening_phrase(line, table), line


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40), st.sampled_from(_OPENING_TABLES))
def test_opening_phrase_gate_random(text, table):
    assert C._opening_phrase(text, table) == _slow_opening_phrase(text, table)
