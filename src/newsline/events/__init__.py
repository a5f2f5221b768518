"""Dated events: sentences that state something happening, merged across sources.

:class:`ExtractEvents` (parallel, ``"events"``) fills ``Document.events``;
:class:`MergeEvents` (sequential, ``"merge_events"``) merges them across
documents and languages and returns the ``events`` table from ``finalize``.
Nothing here may lose a source quote or hide a disagreement between sources.
"""

from .anchors import sentence_anchors, skeleton
from .extract import ExtractEvents, extract_events
from .merge import MergeEvents, merge_records
from .sentences import split_sentences

__all__ = [
    "ExtractEvents",
    "MergeEvents",
    "extract_events",
    "merge_records",
    "sentence_anchors",
    "skeleton",
    "split_sentences",
]
