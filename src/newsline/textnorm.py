"""Composed (NFC) views of text whose offsets map back to the original.

``Document.text`` is the decoded bytes exactly, so a page in a legacy
Vietnamese encoding (windows-1258) or written with combining tone marks
("Unicode tổ hợp") holds "a" + U+0323 where the cue tables and date patterns
spell "ạ". Stages that match words read the composed view and map what
they find back to the original offsets; the text itself never changes.
"""

from __future__ import annotations

import re
import unicodedata


def needs_composing(text: str) -> bool:
    """Does NFC change ``text``? (Fast: ASCII and NFC text say no at once.)"""
    return not text.isascii() and not unicodedata.is_normalized("NFC", text)


def composed_view(text: str) -> tuple[str, list[int], list[int]]:
    """``(composed, fwd, back)``: ``composed`` is ``text`` in NFC, composed one
    cluster (a character and the combining marks after it) at a time;
    ``fwd[i]`` is the composed offset of original offset ``i`` and
    ``back[j]`` the original offset of composed offset ``j`` (both lists one
    longer than their text, so end offsets map too). An offset inside a
    cluster maps to the cluster's start."""
    out: list[str] = []
    fwd: list[int] = [0] * (len(text) + 1)
    back: list[int] = []
    n = len(text)
    i = 0
    pos = 0
    combining = unicodedata.combining
    while i < n:
        j = i + 1
        while j < n and combining(text[j]):
            j += 1
        cluster = text[i:j]
        c = unicodedata.normalize("NFC", cluster) if j - i > 1 else cluster
        for k in range(i, j):
            fwd[k] = pos
        out.append(c)
        back.extend([i] * len(c))
        pos += len(c)
        i = j
    fwd[n] = pos
    back.append(n)
    return "".join(out), fwd, back


# Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer,
# Japanese kana, Chinese characters): searched as substrings, and a run of
# them is a word of its own beside Latin letters or digits ("北约NATO峰会").
# (first code point, last code point) -- data, not code branches.
UNSPACED_SCRIPT_RANGES: tuple[tuple[int, int], ...] = (
    (0x0E00, 0x0E7F),  # Thai
    (0x0E80, 0x0EFF),  # Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0x20000, 0x3134F),  # CJK extensions B-G
)
UNSPACED_CLASS = "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in UNSPACED_SCRIPT_RANGES)
UNSPACED_RUN = re.compile(f"[{UNSPACED_CLASS}]+")
# such a letter touching a Latin (or any spaced script's) letter or a digit
GLUED_RUN = re.compile(
    f"[{UNSPACED_CLASS}][^\\W_{UNSPACED_CLASS}]|[^\\W_{UNSPACED_CLASS}][{UNSPACED_CLASS}]"
)


def is_unspaced(ch: str) -> bool:
    """Is ``ch`` a letter of a script written without spaces between words?"""
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in UNSPACED_SCRIPT_RANGES)


def split_unspaced_runs(text: str) -> str:
    """``text`` with a space each side of every run of an unspaced script, so
    that a word tokenizer reads "仅8.9mm" as 仅 | 8.9mm and "北约NATO峰会" as
    北约 | NATO | 峰会 (one token each before). Only ever fed to an index or a
    matcher: the stored text keeps its own spacing."""
    if text.isascii() or UNSPACED_RUN.search(text) is None:
        return text
    return UNSPACED_RUN.sub(r" \g<0> ", text)


def glued(before: str, after: str) -> bool:
    """Are two adjacent characters part of one word? Letters and digits are,
    except where an unspaced script meets another ("约N", "仅8", "ไทยU")."""
    return before.isalnum() and after.isalnum() and is_unspaced(before) == is_unspaced(after)
