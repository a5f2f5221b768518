"""Stories across languages: incremental, offline clustering of documents.

Use :class:`ClusterStories` (stage name ``stories``, sequential). It sets
``doc.meta["story_id"]`` and returns ``{"stories": [...]}`` from finalize.
"""

from .cluster import ClusterStories

__all__ = ["ClusterStories"]
