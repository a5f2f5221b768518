"""Lines repeated across pages of one site: the optional corpus-level hook.

A site prints the same menu, "follow us" line and footer on every page. One
page alone cannot always tell its chrome from a short paragraph; many pages
of the same site can. :class:`SiteLineCounter` counts, per site key, on how
many distinct pages each normalised line occurs; :meth:`frequent` returns
the hashes seen on at least ``min_pages`` pages, which
:class:`newsline.clean.ClassifyBlocks` accepts as ``frequent_lines``
(a mapping site key -> hashes).

Wiring (for a corpus-level pass): run a sequential pre-pass that calls
``counter.add(doc)`` for every segmented document, then build
``ClassifyBlocks(settings, frequent_lines=counter.frequent())``; or keep the
counter as a sequential stage's state and re-classify pages of sites whose
counts changed. Memory: 8-byte hashes, one Counter per site.

This module must never store line text (hashes only) and never label blocks.
"""

from __future__ import annotations

import hashlib
import zlib
from collections import Counter, defaultdict
from urllib.parse import urlsplit

from ..model import Document
from .features import line_hash


def site_key(doc: Document) -> str:
    """The site a page belongs to: URL host, else site name, else source folder."""
    if doc.url:
        host = urlsplit(doc.url).hostname or ""
        if host:
            return host.removeprefix("www.")
    if doc.sitename:
        return doc.sitename.casefold()
    src = doc.source or ""
    return src.rsplit("/", 1)[0] if "/" in src else ""


def page_key(doc: Document) -> int:
    """One page however often it was read: its URL less scheme, ``www.``, a
    trailing slash and the #fragment (else its source path), as a 64-bit hash."""
    name = doc.source or doc.id
    if doc.url:
        try:
            parts = urlsplit(doc.url.strip())
            host = (parts.hostname or "").removeprefix("www.")
        except ValueError:
            host = ""
        if host:
            name = host + parts.path.rstrip("/") + (f"?{parts.query}" if parts.query else "")
    digest = hashlib.blake2b(name.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "little")


def text_key(doc: Document) -> int:
    """A page's whole text as a 64-bit key, so that exact copies under other
    URLs are one page: its length in characters and the CRC-32 of its bytes
    (half the time of a blake2b of the text). Two texts of one length and one
    CRC, or a key equal to a page_key hash, would only count as one page."""
    data = doc.text.encode("utf-8", "surrogatepass")
    return (1 << 63) | ((len(doc.text) & 0x7FFFFFFF) << 32) | zlib.crc32(data)


class SiteLineCounter:
    def __init__(self) -> None:
        self.pages: dict[str, Counter[str]] = defaultdict(Counter)
        self.n_pages: Counter[str] = Counter()
        # pages counted already (page_key, text_key): a page read again -- a
        # re-crawl after an update, the same URL in a WARC and a file -- counts
        # once, and so does one text under several URLs (an article's AMP and
        # print copies, or one story filed in two sections), or its own
        # paragraphs reached min_pages and were set aside as the site's chrome
        # on its third read or third copy
        self.counted: set[int] = set()

    def add(self, doc: Document) -> bool:
        """Count ``doc``'s lines for its site; False (nothing counted) when its
        page, or a page with its very text, was counted before."""
        page, text = page_key(doc), text_key(doc)
        if page in self.counted or text in self.counted:
            return False
        self.counted.update((page, text))
        key = site_key(doc)
        seen = {line_hash(doc.text[b.start : b.end]) for b in doc.blocks}
        self.pages[key].update(seen)
        self.n_pages[key] += 1
        return True

    def frequent(self, min_pages: int = 3) -> dict[str, frozenset[str]]:
        """Per site: hashes of lines found on at least ``min_pages`` of its pages."""
        return {
            k: frozenset(h for h, c in cnt.items() if c >= min_pages)
            for k, cnt in self.pages.items()
        }
