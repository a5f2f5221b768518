"""RSS and Atom feeds: one Document per item, read with feedparser.

A feed file is not one page: each ``<item>`` / ``<entry>`` is a story with
its own link, title, date and text. The item's full content
(``content:encoded``, Atom ``<content>``) is read when given, else its
summary; markup in it is read as an HTML page (visible text, one line per
block), plain text as it is. ``link`` becomes ``Document.url`` (and keys the
id), ``published`` (else ``updated``) ``Document.published``, the feed's
title ``Document.sitename``.

feedparser decodes the feed itself (the XML declaration, a BOM, the bytes)
and reads what it can of a broken one; a feed with no item at all is a
ReadError naming the file, an item with no text one naming the item. This
module must never raise.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator

from ..model import Document, Flag, ReadError, make_doc_id
from .dates import to_iso
from .decode import item_flags_at
from .html import parse_html

# Markup in an item's text is read as HTML, not as text with tags in it. A tag
# or an entity left escaped says markup; without either, an item's text is
# plain text whatever type the feed gives it (RSS says text/html for every
# description), and its line breaks are its paragraphs, kept as a .txt file's are.
_MARKUP = re.compile(r"<[A-Za-z!/?]|&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);")


def read_feed(
    data: bytes, name: str, key_base: str, flags: list[Flag]
) -> Iterator[Document | ReadError]:
    """Every item of the feed in ``data`` (``flags``: what reading the bytes
    found, e.g. a cut at a size limit; each item carries them)."""
    try:
        import feedparser

        feed = feedparser.parse(data)
    except Exception as exc:  # noqa: BLE001 - feedparser on hostile bytes
        yield ReadError(name, "not a readable feed", f"{type(exc).__name__}: {exc}"[:300])
        return
    entries = list(getattr(feed, "entries", None) or [])
    if not entries:
        problem = getattr(feed, "bozo_exception", None)
        yield ReadError(name, "feed has no items", str(problem)[:300] if problem else "")
        return
    channel = getattr(feed, "feed", {}) or {}
    sitename = _clean(channel.get("title"))
    for i, entry in enumerate(entries, start=1):
        try:
            yield _item(entry, i, name, key_base, sitename, flags)
        except Exception as exc:  # noqa: BLE001 - one odd item must not end the feed
            yield ReadError(
                f"{name}#item{i}", "unreadable feed item", f"{type(exc).__name__}: {exc}"[:300]
            )


def _item(
    entry, i: int, name: str, key_base: str, sitename: str | None, flags: list[Flag]
) -> Document | ReadError:
    where = f"{name}#item{i}"
    body, _mime = _body(entry)
    url = _clean(entry.get("link"))
    title = _clean(entry.get("title"))
    html = None
    meta: dict = {"feed_file": name, "item": i}
    if body and _MARKUP.search(body):
        page = parse_html(body)
        text, html = page.text, body
    else:
        text = body or ""
    if not text.strip():
        return ReadError(where, "feed item has no text", url or title or "")
    if title and not text.startswith(title):
        meta["feed_title"] = title
    item_flags = item_flags_at(flags, text)
    author = _clean(entry.get("author"))
    return Document(
        id=make_doc_id(url or f"{key_base}#item{i}", text),
        source=url or where,
        text=text,
        encoding="utf-8",
        html=html,
        offset=i,
        url=url,
        published=_when(entry),
        title=title,
        author=author,
        sitename=sitename,
        flags=item_flags,
        meta=meta,
    )


def _body(entry) -> tuple[str | None, str]:
    """The item's fullest text and its type: content, else summary."""
    for content in entry.get("content") or []:
        value = content.get("value")
        if isinstance(value, str) and value.strip():
            return value, (content.get("type") or "").lower()
    summary = entry.get("summary")
    if isinstance(summary, str) and summary.strip():
        detail = entry.get("summary_detail") or {}
        return summary, (detail.get("type") or "").lower()
    return None, ""


def _when(entry) -> str | None:
    """ISO 8601 of the item's publication, else its update, if stated: as
    written, with its own offset (the local day is what "yesterday" counts
    from); else feedparser's reading of it, in UTC."""
    for key in ("published", "updated", "created"):
        iso = to_iso(entry.get(key)) if isinstance(entry.get(key), str) else None
        if iso:
            return iso
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                stamp = calendar.timegm(parsed)
                return dt.datetime.fromtimestamp(stamp, dt.UTC).isoformat()
            except (OverflowError, ValueError, TypeError, OSError):
                continue
    return None


def _clean(value) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
