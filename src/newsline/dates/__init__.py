"""Date resolution: every date expression of a document, resolved with its offsets.

``resolve_dates(text, lang, published)`` is the plain function;
:class:`ResolveDates` the per-document pipeline stage (name ``"dates"``).
It must never fill a missing year from today's clock.
"""

from .engine import parse_published, resolve_dates
from .stage import ResolveDates

__all__ = ["ResolveDates", "parse_published", "resolve_dates"]
