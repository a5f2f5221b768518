"""Language identification: per document, per block, per span.

Public API:

* :func:`detect_language` (text -> ISO 639-1 code or None),
* :func:`detect_spans` (text -> ``[(start, end, lang)]`` tiling the text),
* :class:`IdentifyLanguages`, the pipeline stage ("langid") that sets
  ``Block.lang`` and ``Document.lang`` and splits mixed-language blocks.

Offline only: script rules, a Vietnamese orthography prior, and lingua
restricted to ``LangSettings.languages``. This package must never download a
model, and never raise on odd text.
"""

from .detect import detect_language, detect_spans
from .stage import IdentifyLanguages

__all__ = ["IdentifyLanguages", "detect_language", "detect_spans"]
