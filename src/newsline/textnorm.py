"""Composed (NFC) views of text whose offsets map back to the original.

``Document.text`` is the decoded bytes exactly, so a page in a legacy
Vietnamese encoding (windows-1258) or written with combining tone marks
("Unicode tổ hợp") holds "a" + U+0323 where the cue tables and date patterns
spell "ạ". Stages that match words read the composed view and map what
they find back to the original offsets; the text itself never changes.
"""

from __future__ import annotations

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
