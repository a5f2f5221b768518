"""Shared helpers for the language-ID tests."""

from __future__ import annotations

from newsline.model import Block


def line_blocks(text: str) -> list[Block]:
    """One block per non-blank line (stand-in for the segmenter)."""
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            a = pos + len(line) - len(line.lstrip())
            out.append(Block(a, pos + len(line.rstrip())))
        pos += len(line)
    return out
