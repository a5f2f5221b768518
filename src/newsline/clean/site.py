"""Lines repeated across pages of one site, as a sequential stage.

One page cannot always tell a site's short chrome ("Theo dõi chúng tôi trên
Zalo", a slogan, a menu entry) from a short paragraph; many pages of the
same site can. :class:`SiteBoilerplate` keeps a :class:`SiteLineCounter` as
corpus-wide state and, once a line has been seen on at least
``CleanSettings.frequent_line_min_pages`` pages of one site, sets it aside
on every later page of that site (label ``navigation``, reason saying how
many pages carry it). Pages read before the line reached that count keep
their labels: the stage streams and never rewrites stored pages. A page is
its URL (else its source path): read again, it counts once.

Long prose is never set aside by this rule: a paragraph repeated on several
pages of one site is more often a syndicated or updated story than chrome,
and the dedup stage links those instead. Events quoted from a block this
stage sets aside are dropped, since they came from boilerplate.

This module must never delete a block or store line text (hashes only).
"""

from __future__ import annotations

import pickle
from collections import Counter

from ..model import KEPT_LABELS, Document
from ..pipeline import Stage
from ..settings import CleanSettings, Settings
from .features import line_features, line_hash
from .frequent import SiteLineCounter, site_key


class SiteBoilerplate(Stage):
    name = "site_boilerplate"
    parallel = False

    def __init__(self, settings: Settings | CleanSettings | None = None):
        if isinstance(settings, Settings):
            settings = settings.clean
        self.settings = settings or CleanSettings()
        self.counter = SiteLineCounter()

    def __call__(self, docs: list[Document], stats: Counter[str]) -> list[Document]:
        min_pages = self.settings.frequent_line_min_pages
        max_units = 2 * self.settings.prose_min_words
        for doc in docs:
            if not doc.blocks:
                continue
            self.counter.add(doc)
            site = site_key(doc)
            counts = self.counter.pages.get(site)
            if not counts or self.counter.n_pages[site] < min_pages:
                continue
            moved: list[tuple[int, int]] = []
            for i, b in enumerate(doc.blocks):
                if b.label not in KEPT_LABELS:
                    continue
                text = doc.text[b.start : b.end]
                n = counts.get(line_hash(text), 0)
                if n < min_pages or line_features(i, text, b.lang).units > max_units:
                    continue
                b.label = "navigation"
                b.reasons.append(f"line seen on {n} pages of this site ({site}): boilerplate")
                moved.append((b.start, b.end))
            if moved:
                stats["blocks_set_aside"] += len(moved)
                before = len(doc.events)
                doc.events = [
                    e for e in doc.events if not any(a <= e.start and e.end <= z for a, z in moved)
                ]
                stats["events_dropped"] += before - len(doc.events)
        return docs

    def state_dict(self) -> bytes:
        # Hashes and counts only; plain containers pickle compactly and fast.
        return pickle.dumps(
            (
                {k: dict(v) for k, v in self.counter.pages.items()},
                dict(self.counter.n_pages),
                self.counter.counted,
            ),
            protocol=pickle.HIGHEST_PROTOCOL,
        )

    def load_state(self, data: bytes) -> None:
        pages, n_pages, *rest = pickle.loads(data)
        self.counter = SiteLineCounter()
        for k, v in pages.items():
            self.counter.pages[k] = Counter(v)
        self.counter.n_pages = Counter(n_pages)
        # a state saved before pages were told apart: each page counts on its next read
        self.counter.counted = set(rest[0]) if rest else set()
