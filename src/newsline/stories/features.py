"""The ``story_features`` stage: each document's story features, in parallel.

What it is for: the costly per-document part of story clustering (territory
names, Thai and Chinese tokenising and romanising, words) does not depend on
other documents, so it runs here, in the worker processes, and is stored on
the document as ``doc.meta["story_features"]`` (compact JSON, persisted with
the document, so a resumed run replays it). :class:`.cluster.ClusterStories`
uses it when its ``key`` still matches the document as clustering sees it --
a later sequential stage (site boilerplate) may set lines aside or drop
events -- and otherwise computes the features itself, so the result is the
same with or without this stage.

It must never edit a document beyond that one meta entry, never download
anything, and never let one bad document stop the batch.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from typing import Any

from ..model import KEPT_LABELS, Document
from ..pipeline import Stage
from ..settings import Settings, StorySettings
from ..textnorm import needs_composing
from .anchors import feature_counts

META_KEY = "story_features"
# Part of every stored document's features key: bump it whenever what a
# document's anchors or features are changes, so stored features are rebuilt
# instead of mixed with new ones. What each number changed is in the commits
# that bumped it (git log -L '/^_VERSION/,+1:src/newsline/stories/features.py').
_VERSION = 61


def _squeeze(s: str) -> str:
    return " ".join(s.split())


def headline(doc: Document) -> str | None:
    """The page's headline as stories read it: its given title, unless the
    page shows that line only in blocks the cleaning set aside (a teaser of
    another article above the headline, a menu entry, a subscription banner)
    while another block is labelled the title -- then that block's text.

    A title handed in with the page (a feed's or a crawl's title field, a
    reader that took the first line) can be such a line: it then titled the
    story and put another article's names and places into this page's
    features. A given title the page does not show, or shows in a kept
    block, or a page without a title block, keeps its title."""
    t = doc.title
    if not t or not doc.blocks:
        return t
    tb = next((b for b in doc.blocks if b.label == "title"), None)
    if tb is None:
        return t
    want = _squeeze(t)
    head = doc.text[tb.start : tb.end]
    if _squeeze(head) == want:
        return t
    shown = [
        b
        for b in doc.blocks
        if b.end - b.start >= len(want) and want in _squeeze(doc.text[b.start : b.end])
    ]
    if shown and all(b.label not in KEPT_LABELS for b in shown):
        return head.strip()
    return t


def story_text(doc: Document, max_chars: int) -> str:
    """The text stories are told from: the cleaned text, its headline
    (:func:`headline`) first if absent."""
    text = doc.clean_text()[:max_chars]
    title = headline(doc)
    if title and title not in text[:500]:
        text = title + "\n" + text
    # composed: a page whose tones are combining marks (windows-1258) gives
    # names cut at the mark ("Hà Nô" of "Hà Nội") otherwise; stories keep no
    # offsets into this text, so it may differ from doc.text
    return unicodedata.normalize("NFC", text) if needs_composing(text) else text


def features_key(doc: Document, text: str) -> str:
    """A digest of everything the features depend on (language, text, dates
    and events), to tell whether stored features still hold."""
    h = hashlib.blake2b(digest_size=12)
    h.update(f"{_VERSION}\0{doc.lang or ''}\0".encode())
    h.update(text.encode("utf-8", "surrogatepass"))
    for d in doc.dates:
        h.update(f"\0d{d.value or ''}".encode("utf-8", "surrogatepass"))
    for e in doc.events:
        h.update(f"\0e{e.date or ''}\1{chr(2).join(e.anchors)}".encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def stored_features(doc: Document, text: str) -> dict[str, Any] | None:
    """The document's stored features if they were computed from ``text`` and
    its current dates and events; None otherwise."""
    got = doc.meta.get(META_KEY)
    if not isinstance(got, dict) or got.get("key") != features_key(doc, text):
        return None
    return got


class StoryFeatures(Stage):
    """Parallel stage; see the module docstring."""

    name = "story_features"
    parallel = True

    def __init__(self, settings: Settings | StorySettings | None = None):
        if isinstance(settings, Settings):
            settings = settings.stories
        self.settings = settings or StorySettings()

    def __call__(self, docs: list[Document], stats: Counter[str]) -> list[Document]:
        for doc in docs:
            try:
                text = story_text(doc, self.settings.max_chars)
                feats = feature_counts(doc, text)
            except Exception:  # noqa: BLE001 - clustering computes it again and reports
                doc.meta.pop(META_KEY, None)
                stats["story_features_errors"] += 1
                continue
            feats["key"] = features_key(doc, text)
            doc.meta[META_KEY] = feats
            stats["story_features"] += 1
        return docs
