"""Stories across languages: incremental, offline clustering of documents.

Use :class:`ClusterStories` (stage name ``stories``, sequential). It sets
``doc.meta["story_id"]`` and returns ``{"stories": [...]}`` from finalize.
:class:`StoryFeatures` (``story_features``, parallel) computes each
document's features beforehand in the workers (``doc.meta["story_features"]``).
"""

from .cluster import ClusterStories
from .features import StoryFeatures

__all__ = ["ClusterStories", "StoryFeatures"]
