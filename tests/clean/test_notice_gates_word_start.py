"""The notice rules' gates skip only lines no rule behind them could meet.

The notice tables' gate (once ``_any_phrase_gate``, now the Aho-Corasick pass
of ``newsline.clean.cue_gate``) must let through every line a phrase opening
on an ASCII letter at a word's start can match, as ``_phrase_re`` does (a
Han or kana letter may touch it);
``_answer_buttons_notice`` leaves a line of four words or more unfolded.
Each is checked against the rules run without the gate, on lines written
here in several languages and page shapes, near misses at the edges among
them, and the labels they give are pinned.
"""

from __future__ import annotations

import pytest

from newsline.clean import classify as C
from newsline.clean import features as F
from newsline.settings import CleanSettings

CFG = CleanSettings()


def _slow_notice_line(g):
    for rule in C._NOTICE_RULES:
        if notice := rule(g, CFG):
            return notice
    return None


# (line, label the notice rules give it or None)
LINES = [
    # answer buttons: two or three words, any separator
    ("Yes No", "navigation"),
    ("Ja | Nein", "navigation"),
    ("Sí / No", "navigation"),
    ("Có   Không", "navigation"),
    ("Yes\u3000No", "navigation"),  # an ideographic space is a space
    ("Yes No Yes No", None),  # four words: no answer bar
    ("Yes No Maybe later", None),
    ("Yes, no, and maybe: the committee could not decide.", None),
    # a cookie or paywall prompt whose first phrase word opens the line or
    # follows a space, a bracket, a Han letter: the gate lets it through
    ("We use cookies to improve your experience.", None),
    ("Subscribe to continue reading", None),
    ("(Subscribe to continue reading)", None),
    ("中文Subscribe to continue reading", None),
    # the same words glued to a letter or a digit: no phrase there
    ("xSubscribe to continue reading", None),
    ("9Subscribe to continue reading", None),
    ("_Subscribe to continue reading", None),
    # a sentence that holds no notice at all, in several scripts
    ("The council met on Tuesday to discuss the river's water levels.", None),
    ("Hội đồng đã họp vào thứ Ba để bàn về mực nước sông.", None),
    ("คณะกรรมการประชุมเมื่อวันอังคารเพื่อหารือเรื่องระดับน้ำ", None),
    ("委员会周二开会讨论河流水位问题。", None),
]


@pytest.mark.parametrize("line,label", LINES)
def test_gate_gives_the_ungated_answer(line, label):
    g = F.line_features(0, line)
    fast = C._notice_line(g, CFG)
    assert fast == _slow_notice_line(g), line
    if label is not None:
        assert fast is not None and fast[0] == label, line


def test_every_phrase_of_the_tables_passes_the_gate_at_a_word_start():
    """Each notice phrase, folded, after a space, a bracket, a Han letter or
    at the line's start, passes the gate; glued after a Latin letter, an
    ASCII-opening phrase does not (neither does _phrase_re accept it)."""
    from newsline.clean import cues

    checked = 0
    for table in C._PHRASE_NOTICE_TABLES:
        for ps in getattr(cues, table).values():
            for p in ps:
                q = " ".join(F.fold_line(p).split())
                if not q:
                    continue
                for before in ("", "a ", "(", "中"):
                    assert C._holds_notice_phrase(before + q, 0.0), (table, before + q)
                if q[0].isascii() and q[0].isalnum():
                    glued = "x" + q
                    if not C._holds_notice_phrase(glued, 0.0):
                        assert C._phrase_in(glued, table) is None, glued
                checked += 1
    assert checked > 100


def test_gate_on_long_adversarial_lines():
    """100k characters of near-phrases: both searches answer (the edge test
    and the trie are bounded per position; timed in benchmarks, not here)."""
    for text in ("subscrib" * 12_500, "a" * 100_000, "中" * 100_000, "sub scri " * 11_111):
        assert C._holds_notice_phrase(text, 0.0) in (True, False)
        assert C._holds_notice_phrase(text, C._LONG_NOTICE_LINES) in (True, False)
