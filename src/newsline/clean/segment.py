"""Cut a document's text into blocks: one block per non-blank line.

Blocks are spans ``[start, end)`` of ``Document.text`` with surrounding
whitespace (including zero-width characters) left outside, so
``doc.text[b.start:b.end]`` is always exactly the block's text. A line longer
than ``LimitSettings.max_line_chars`` is split at sentence ends (or spaces,
or hard) and flagged; beyond ``LimitSettings.max_blocks`` the rest of the
document becomes one trailing block and is flagged.

A headline run into its wire dateline on one line, as plain-text copies of
wire stories print them ("Talks stall in Geneva GENEVA, March 3 (Reuters) -
Negotiators ..."), is cut before the dateline: the headline and the story
are two blocks, as they would be on two lines.

This module must never change ``Document.text`` and never label content:
labels are :mod:`newsline.clean.classify`'s job.
"""

from __future__ import annotations

import functools
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


# A wire dateline inside a line: a place in capitals (one to four words),
# perhaps a date or a state after a comma, a news agency in brackets, then a
# dash: " GENEVA, March 3 (Reuters) - ", " MADRID, 5 mar (EFE).- ",
# " PORT ALDEN, Fla. (AP) — ".
_CAPS_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’.\-]+"
_JOINED_DATELINE_RE = re.compile(
    r"(?<=\s)(?P<place>" + _CAPS_WORD + r"(?:[ \t]+" + _CAPS_WORD + r"){0,3})"
    r"(?:,[ \t]*[^()\n,]{1,30}?(?:,[ \t]*[^()\n,]{1,20}?)?)?[ \t]*"
    r"\((?P<agency>[^()\n]{1,40})\)[ \t]*\.?[ \t]*(?:[-–—]{1,2})[ \t]"
)
_VOWEL_RE = re.compile(r"[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-ÜÝ]")
_HEADLINE_END = '.!?:;…。！？"”»)'


@functools.cache
def _agencies() -> frozenset[str]:
    from .cues import NEWS_AGENCIES
    from .features import fold_line

    return frozenset(fold_line(a) for v in NEWS_AGENCIES.values() for a in v)


def _joined_dateline(text: str, s: int, e: int) -> int | None:
    """Where a wire dateline starts inside the line [s, e) after a headline
    ("Talks stall in Geneva GENEVA, March 3 (Reuters) - ..."), or None. The
    part before it is headline-shaped: two words or more, some in lower
    case, no sentence end; the bracket names news agencies only."""
    m = _JOINED_DATELINE_RE.search(text, s, min(e, s + 300))
    if m is None:
        return None
    start = m.start()
    # a headline may end with an acronym before the place ("Grève à la SNCF
    # PARIS, 3 mars (AFP) -"): a word without a vowel is no place's
    for w in re.finditer(r"\S+", m.group("place")):
        if _VOWEL_RE.search(w.group(0)):
            break
        start = m.start() + w.end() + 1
    else:
        return None
    head = text[s:start].rstrip()
    if len(head.split()) < 2 or len(head.split()) > 25 or head[-1:] in _HEADLINE_END:
        return None
    if not any(c.islower() for c in head):
        return None  # all capitals: the place goes on from the line's start
    from .features import fold_line

    names = _agencies()
    parts = [p for p in re.split(r"\s*[/,]\s*", fold_line(m.group("agency").strip())) if p]
    if not parts or not all(p in names for p in parts):
        return None
    return start


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
        cut = _joined_dateline(text, s, e) if ")" in text[s : min(e, s + 300)] else None
        if cut is not None:
            hs, he = _strip_span(text, s, cut)
            spans.append((hs, he))
            s = cut
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
