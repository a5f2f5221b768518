"""Cut a document's text into blocks: one block per non-blank line.

Blocks are spans ``[start, end)`` of ``Document.text`` with surrounding
whitespace (including zero-width characters) left outside, so
``doc.text[b.start:b.end]`` is always exactly the block's text. A line longer
than ``LimitSettings.max_line_chars`` is split at sentence ends (or spaces,
or hard) and flagged; beyond ``LimitSettings.max_blocks`` the rest of the
document becomes one trailing block and is flagged.

This module must never change ``Document.text`` and never label content:
labels are :mod:`newsline.clean.classify`'s job.
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import Block, Document, Flag
from ..pipeline import Stage
from ..settings import LimitSettings, Settings

# Line separators str.splitlines() knows, so every kind of line break counts.
_LINE_RE = re.compile(r"[^\n\r\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e]+")
# Characters that do not make a line non-blank.
_BLANK = (
    " \t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u202f\u205f\u3000\u200b\u200c\u200d\u2060\ufeff\x00"
)
_SENTENCE_END_RE = re.compile(r"[.!?。！？…](?:[\"'”’)\]]*)\s+|[。！？]")


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start] in _BLANK or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _BLANK or text[end - 1].isspace()):
        end -= 1
    return start, end


def _split_long(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """Cut [start, end) into pieces of at most ``limit`` characters."""
    out: list[tuple[int, int]] = []
    pos = start
    while end - pos > limit:
        window_end = pos + limit
        cut = -1
        # Prefer the last sentence end in the second half of the window.
        for m in _SENTENCE_END_RE.finditer(text, pos + limit // 2, window_end):
            cut = m.end()
        if cut <= pos:
            ws = max(text.rfind(" ", pos + limit // 2, window_end), -1)
            cut = ws + 1 if ws > pos else window_end
        s, e = _strip_span(text, pos, cut)
        if e > s:
            out.append((s, e))
        pos = cut
    s, e = _strip_span(text, pos, end)
    if e > s:
        out.append((s, e))
    return out


def segment_text(text: str, limits: LimitSettings | None = None) -> tuple[list[Block], list[Flag]]:
    """Blocks covering every non-blank line of ``text``, and limit flags."""
    limits = limits or LimitSettings()
    spans: list[tuple[int, int]] = []
    flags: list[Flag] = []
    long_lines = 0
    for m in _LINE_RE.finditer(text):
        s, e = _strip_span(text, m.start(), m.end())
        if e <= s:
            continue
        if e - s > limits.max_line_chars:
            long_lines += 1
            spans.extend(_split_long(text, s, e, limits.max_line_chars))
        else:
            spans.append((s, e))
    if long_lines:
        flags.append(
            Flag(
                kind="limit_exceeded",
                reason=f"{long_lines} line(s) longer than {limits.max_line_chars} characters "
                "were split into blocks at sentence or word boundaries",
                data={"long_lines": long_lines, "max_line_chars": limits.max_line_chars},
            )
        )
    blocks = [Block(s, e) for s, e in spans]
    if len(blocks) > limits.max_blocks > 0:
        keep = max(limits.max_blocks - 1, 0)
        rest_start, rest_end = blocks[keep].start, blocks[-1].end
        n_rest = len(blocks) - keep
        blocks = blocks[:keep]
        blocks.append(
            Block(
                rest_start,
                rest_end,
                reasons=[
                    (
                        f"remainder of the document ({n_rest} lines) kept as one block: "
                        f"more than {limits.max_blocks} blocks"
                    )
                ],
            )
        )
        flags.append(
            Flag(
                kind="limit_exceeded",
                reason=f"document has more than {limits.max_blocks} blocks; the last "
                f"{n_rest} lines were kept as one block",
                start=rest_start,
                end=rest_end,
                data={"blocks": keep + n_rest, "max_blocks": limits.max_blocks},
            )
        )
    return blocks, flags


class SegmentBlocks(Stage):
    """Stage "segment": fill ``doc.blocks`` with one block per non-blank line."""

    name = "segment"
    parallel = True

    def __init__(self, settings: Settings | None = None):
        self.limits = (settings or Settings()).limits

    def __call__(self, docs: list[Document], stats: Counter[str]) -> list[Document]:
        for doc in docs:
            blocks, flags = segment_text(doc.text or "", self.limits)
            doc.blocks = blocks
            doc.flags = [
                f
                for f in doc.flags
                if not (f.kind == "limit_exceeded" and f.data.get("stage") == "segment")
            ]
            for f in flags:
                f.data["stage"] = "segment"
            doc.flags.extend(flags)
            stats["blocks"] += len(blocks)
            if flags:
                stats["limit_exceeded"] += len(flags)
        return docs
