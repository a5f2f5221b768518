"""Duplicate detection: exact copies, near-duplicates and repeated blocks.

Use :class:`Deduplicate` (stage name ``dedup``, sequential). It annotates
documents and never removes or edits them.
"""

from .shingles import normalise, shingle_hashes, text_key
from .stage import Deduplicate

__all__ = ["Deduplicate", "normalise", "shingle_hashes", "text_key"]
