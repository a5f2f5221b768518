"""The default list of stages, in order. Composition only: no logic here."""

from __future__ import annotations

from .pipeline import Stage
from .settings import Settings


def default_stages(settings: Settings | None = None) -> list[Stage]:
    """The standard stages, configured by ``settings`` (default: ``Settings()``)."""
    from .clean import ClassifyBlocks, SegmentBlocks
    from .clean.site import SiteBoilerplate
    from .dates import ResolveDates
    from .dedup import Deduplicate
    from .events import ExtractEvents, MergeEvents
    from .flags import FlagDocuments
    from .langid import IdentifyLanguages
    from .stories import ClusterStories, StoryFeatures

    settings = settings or Settings()
    stories = ClusterStories(settings.stories)
    return [
        SegmentBlocks(settings),
        IdentifyLanguages(settings.lang),
        ClassifyBlocks(settings),
        ResolveDates(settings.dates),
        FlagDocuments(settings.flags),
        ExtractEvents(settings.dates),
        StoryFeatures(settings.stories),
        # Corpus-wide, in order: chrome repeated across a site's pages first, so
        # duplicates and stories see the cleaned text.
        SiteBoilerplate(settings.clean),
        Deduplicate(settings.dedup),
        stories,
        # Events take their story from the clustering as it stands at the end,
        # so stories merged late still get all their events.
        MergeEvents(settings.dates, story_of=stories.story_of),
    ]
