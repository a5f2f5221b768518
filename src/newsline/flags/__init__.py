"""Document flags: spam lines, foreign blocks (on/off topic), content farms,
machine translation, suspect publish dates -- each with a readable reason.

Public API: :class:`FlagDocuments` (stage "flags"); the rules live in
:mod:`newsline.flags.rules`, per-language cue tables in
:mod:`newsline.flags.cues`, cross-language anchors in
:mod:`newsline.flags.anchors`. This package must never change text or block
labels, never download anything, and never name a site, person or seed text.
"""

from .stage import FlagDocuments

__all__ = ["FlagDocuments"]
