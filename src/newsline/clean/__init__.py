"""Cleaning: cut documents into blocks and label every block, with reasons.

Stages (both per-document, picklable):

* :class:`SegmentBlocks` ("segment") -- one block per non-blank line;
* :class:`ClassifyBlocks` ("classify") -- body/title kept; byline, caption,
  dateline, attribution, navigation, related, footer, spam, metadata set
  aside. HTML pages get trafilatura's main text and metadata first.

:func:`render_blocks` shows the result in the terminal. Per-language cue
phrases are data in :mod:`newsline.clean.cues`.

Nothing here deletes text: labels and reasons only.
"""

from __future__ import annotations

from .classify import classify_document
from .features import line_hash, normalize_line
from .frequent import SiteLineCounter, site_key
from .render import render_blocks, render_blocks_text
from .segment import SegmentBlocks, segment_text
from .stages import ClassifyBlocks

__all__ = [
    "ClassifyBlocks",
    "SegmentBlocks",
    "SiteLineCounter",
    "classify_document",
    "line_hash",
    "normalize_line",
    "render_blocks",
    "render_blocks_text",
    "segment_text",
    "site_key",
]
