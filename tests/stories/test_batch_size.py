"""The stories do not hang on the batch size a caller hands the stage.

``newsline run`` hands the stage Settings.batch_size (256) pages at a time
and the benchmarks fed 64: stories were merged once per batch, so the two
made different stories (cl-tls topic F1 0.908 against 0.924). The stage now
places pages in steps of StorySettings.merge_every and merges after each
step, so a batch that is a multiple of the step gives the very same stories.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from newsline.model import Document
from newsline.settings import Settings, StorySettings
from newsline.stories import ClusterStories

from .helpers import corpus_pages, page
from .test_six_language_batches import _PAGES

_SETS = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "stories"
_HELDOUT6 = _SETS / "heldout6"


def _stories(docs: list[Document], batch: int, settings: StorySettings) -> list[list[str]]:
    """Stories (sorted document ids) made of ``docs`` fed in batches of ``batch``."""
    stage = ClusterStories(settings)
    for i in range(0, len(docs), batch):
        stage(docs[i : i + batch], Counter())
    return sorted(sorted(s["documents"]) for s in stage.finalize()["stories"])


def _six_language_pages() -> list[Document]:
    return sorted((page(*p) for p in _PAGES), key=lambda d: (d.published or "", d.id))


@pytest.mark.parametrize("step", [1, 2, 3])
def test_one_batch_and_batches_of_the_step_give_the_same_stories(step):
    # invented pages in six languages: one call, or calls of one step, or
    # of two steps, make the same stories
    docs = _six_language_pages()
    s = StorySettings(merge_every=step)
    got = _stories(docs, len(docs), s)
    assert got == _stories(docs, step, s)
    assert got == _stories(docs, 2 * step, s)


def test_a_corpus_whose_stories_hang_on_merge_timing_is_fed_alike():
    # the invented heldout6 corpus (one country, four stories in a
    # fortnight, one president, opinion pages linking two): merging after
    # every 4 pages glues stories that merging once keeps apart, so before
    # the fix one batch of 29 and batches of 4 gave different stories
    docs = corpus_pages(_HELDOUT6)
    s = StorySettings(merge_every=4)
    assert _stories(docs, len(docs), s) == _stories(docs, 4, s)
    assert _stories(docs, 8, s) == _stories(docs, 4, s)


def test_the_runners_batch_gives_the_benchmarks_stories():
    # Settings.batch_size (256) is four steps of the default merge_every
    # (64): the stories users get are the ones the benchmark's 64 give, on
    # the invented corpora one after another (~230 pages, six languages
    # and more)
    docs = []
    for n in range(1, 7):
        for d in corpus_pages(_SETS / f"heldout{n}"):
            d.id = f"h{n}-{d.id}"
            docs.append(d)
    s = StorySettings()
    assert Settings().batch_size % s.merge_every == 0
    assert _stories(docs, Settings().batch_size, s) == _stories(docs, s.merge_every, s)


def test_every_page_of_a_batch_carries_its_story_after_later_steps_merge():
    docs = _six_language_pages()
    stage = ClusterStories(StorySettings(merge_every=2))
    stage(docs, Counter())
    for d in docs:
        assert d.meta["story_id"] == stage.story_of(d.id)


@pytest.mark.parametrize("bad", [0, -3, 2.5, None])
def test_a_step_that_is_no_whole_number_is_a_clear_error(bad):
    stage = ClusterStories(StorySettings(merge_every=bad))
    with pytest.raises(ValueError, match="merge_every"):
        stage(_six_language_pages(), Counter())
