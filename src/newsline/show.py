"""Terminal rendering of one document with its cleaning annotations."""

from __future__ import annotations

import os
import re
from typing import Any
from urllib.parse import urlsplit

from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .clean.render import render_blocks
from .model import KEPT_LABELS, Document, variety_note


def _parts(path: str) -> tuple[str, ...]:
    """A path's components, normalised ("./a/../b" is "b"), without the root."""
    norm = os.path.normpath(path.replace("\\", "/")) if path else ""
    return tuple(p for p in norm.split("/") if p not in ("", "."))


def find_by_path(store: Any, key: str, limit: int = 5) -> list[tuple[str, str]]:
    """(id, source) of the documents whose stored source path is ``key`` seen
    from another folder: sources are stored as given to ``run`` (relative to
    the folder it ran in), so ``show ../proj/corpus/a.html`` from a sibling
    folder, or ``show corpus/a.html`` from anywhere, names ``corpus/a.html``.

    A stored relative source matches when its components end the key's
    absolute path, or the key's components end the source's. Several matches
    (``a.html`` in two folders) are all returned, at most ``limit``; the
    caller says it is ambiguous.
    """
    name = os.path.basename(key.rstrip("/\\"))
    if not name:
        return []
    own = _parts(key)
    absolute = _parts(os.path.abspath(key))
    found: list[tuple[str, str]] = []
    # the file name narrows the scan; LIKE's wildcards in it only widen it
    for row in store.conn.execute(
        "SELECT id, source FROM documents WHERE source LIKE ? ORDER BY source, id",
        ("%" + name,),
    ):
        source = str(row[1])
        if _same_file(source, name, own, absolute):
            found.append((str(row[0]), source))
            if len(found) > limit:
                break
    return found


def _same_file(source: str, name: str, own: tuple[str, ...], absolute: tuple[str, ...]) -> bool:
    """Does the stored path ``source`` name the file typed as ``own`` (its
    components; ``absolute``: of its absolute path; ``name``: its last)?"""
    stored = _parts(source)
    if not stored or stored[-1] != name:
        return False
    if os.path.isabs(source):
        return stored[-len(own) :] == own
    return absolute[-len(stored) :] == stored or stored[-len(own) :] == own


def find_under_folder(store: Any, key: str, limit: int = 5) -> tuple[int, list[tuple[str, str]]]:
    """(how many, the first ``limit`` (id, source)) of the documents read from
    files under the folder ``key``, matched as :func:`find_by_path` matches a
    file: a stored absolute source under its absolute path, a relative one
    starting with its components or with the end of its absolute path
    (``show corpus/`` from the folder ``run`` ran in, or from elsewhere).
    ``show FOLDER`` said "no document", as if the folder had given nothing."""
    own = _parts(key)
    absolute = _parts(os.path.abspath(key))
    if not own and not absolute:
        return 0, []
    last = (own or absolute)[-1]
    n, found = 0, []
    # the folder's name narrows the scan; LIKE's wildcards in it only widen it
    for row in store.conn.execute(
        "SELECT id, source FROM documents WHERE source LIKE ? OR source LIKE ? ORDER BY source, id",
        (f"%/{last}/%", f"{last}/%"),
    ):
        if _under(str(row[1]), own, absolute):
            n += 1
            if len(found) < limit:
                found.append((str(row[0]), str(row[1])))
    return n, found


def _under(source: str, own: tuple[str, ...], absolute: tuple[str, ...]) -> bool:
    folders = _parts(source)[:-1]
    if os.path.isabs(source):
        return folders[: len(absolute)] == absolute
    if own and folders[: len(own)] == own:
        return True
    return any(folders[:k] == absolute[-k:] for k in range(1, min(len(folders), len(absolute)) + 1))


# Document.meta keys naming the input file a document was one record of
# (readers/): such a document's source is its record's URL, not the file.
RECORD_FILE_KEYS = ("warc_file", "jsonl_file", "json_file", "csv_file", "feed_file")


def find_in_file(
    store: Any, key: str, limit: int = 5
) -> tuple[int, list[tuple[str, str]], str | None]:
    """(how many, the first ``limit`` (id, source), the file as stored) of
    the documents read as records of the input file ``key`` (a WARC, JSON
    Lines, JSON, CSV or feed file, or an archive), the path matched as :func:`find_by_path`
    matches it. ``show feed.jsonl`` said "no document", as if the file had
    given nothing."""
    name = os.path.basename(key.rstrip("/\\"))
    if not name:
        return 0, [], None
    own = _parts(key)
    absolute = _parts(os.path.abspath(key))
    files = ", ".join(f"json_extract(meta, '$.{k}')" for k in RECORD_FILE_KEYS)
    n, found, stored = 0, [], None
    # the file name narrows the scan; LIKE's wildcards in it only widen it
    for row in store.conn.execute(
        f"SELECT id, source, coalesce({files}) AS file FROM documents "
        "WHERE meta LIKE ? AND file IS NOT NULL ORDER BY rowid",
        ("%" + name + "%",),
    ):
        if _same_file(str(row[2]), name, own, absolute):
            n += 1
            stored = str(row[2])
            if len(found) < limit:
                found.append((str(row[0]), str(row[1])))
    if n == 0:
        return _find_in_archive(store, name, own, absolute, limit)
    return n, found, stored


def _find_in_archive(
    store: Any, name: str, own: tuple[str, ...], absolute: tuple[str, ...], limit: int
) -> tuple[int, list[tuple[str, str]], str | None]:
    """As :func:`find_in_file` for an archive read as an input (tar, ZIP):
    its members are stored as ``ARCHIVE/MEMBER``, so ``show pack.tar.gz``
    said "no document" though the run read several from it. Only a path a
    run recorded as an input file counts (a folder given to ``run`` is not one)."""
    for (path,) in store.conn.execute(
        "SELECT path FROM inputs WHERE path LIKE ? ORDER BY path", ("%" + name,)
    ):
        path = str(path)
        if not _same_file(path, name, own, absolute):
            continue
        prefix = path + "/"
        rows = store.conn.execute(
            "SELECT id, source FROM documents WHERE substr(source, 1, ?) = ? ORDER BY rowid",
            (len(prefix), prefix),
        ).fetchall()
        if rows:
            return len(rows), [(str(i), str(src)) for i, src in rows[:limit]], path
    return 0, [], None


def record_errors(store: Any, stored_file: str) -> int:
    """How many problems were met reading ``stored_file`` or one of its
    records (a JSON Lines line is named ``FILE:LINE``, an archive's member
    ``ARCHIVE/MEMBER``)."""
    row = store.conn.execute(
        "SELECT count(*) FROM errors WHERE source = ? OR substr(source, 1, ?) IN (?, ?)",
        (stored_file, len(stored_file) + 1, stored_file + ":", stored_file + "/"),
    ).fetchone()
    return int(row[0])


# Spellings of one page's URL that name the same page for a reader typing it:
# the scheme, a "www." host, a default port, the host's case, a trailing slash
# and a #fragment. Used to look stored URLs up only; they are never rewritten.
_DEFAULT_PORTS = {"http": 80, "https": 443}
_URL_LIKE = re.compile(r"^(?:https?://|www\.)", re.IGNORECASE)


def url_key(url: str) -> str | None:
    """``url`` reduced to what a reader would call the same page ("host/path?query"),
    or None when it is no http(s) URL. ``https://www.Ex.org:443/a/?q=1#top`` and
    ``http://ex.org/a?q=1`` give the same key."""
    url = url.strip()
    if not _URL_LIKE.match(url):
        return None
    if "://" not in url:
        url = "http://" + url
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").removeprefix("www.")
        port = parts.port
    except ValueError:
        return None
    if not host or parts.scheme.lower() not in _DEFAULT_PORTS:
        return None
    if port and port != _DEFAULT_PORTS[parts.scheme.lower()]:
        host += f":{port}"
    path = parts.path.rstrip("/")
    return host + path + (f"?{parts.query}" if parts.query else "")


def find_by_url(store: Any, key: str, limit: int = 5) -> list[tuple[str, str]]:
    """(id, url or source) of the documents whose stored URL (or source, which is
    the URL for feed items and JSONL records) is ``key`` spelled another way: a
    trailing slash, http for https, with or without ``www.``. At most ``limit``
    (+1, so the caller can tell there are more); several are ambiguous."""
    want = url_key(key)
    if want is None:
        return []
    host_path = want.split("?", 1)[0]
    tail = host_path.rsplit("/", 1)[-1] if "/" in host_path else host_path.split(":")[0]
    pattern = "%" + re.sub(r"([\\%_])", r"\\\1", tail) + "%"
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    for row in store.conn.execute(
        "SELECT id, source, url FROM documents "
        "WHERE url LIKE ? ESCAPE '\\' OR source LIKE ? ESCAPE '\\' ORDER BY source, id",
        (pattern, pattern),
    ):
        for stored in (row[2], row[1]):
            if stored and url_key(str(stored)) == want and str(row[0]) not in seen:
                seen.add(str(row[0]))
                found.append((str(row[0]), str(stored)))
                break
        if len(found) > limit:
            break
    return found


def _language(doc: Document) -> str | None:
    """The page's language, with the variety langid noted beside it: a
    Cantonese page is ``zh`` for every stage, and said so only in its meta."""
    if doc.lang and doc.lang_variety:
        return f"{doc.lang}, {variety_note(doc.lang_variety)}"
    return doc.lang


def render_document(doc: Document, store: Any = None) -> Group:
    head = Table.grid(padding=(0, 1))
    head.add_column(style="bold cyan")
    head.add_column()
    for k, v in [
        ("id", doc.id),
        ("source", doc.source),
        ("url", doc.url),
        ("title", doc.title),
        ("author", doc.author),
        ("site", doc.sitename),
        ("language", _language(doc)),
        ("encoding", doc.encoding),
        ("published", doc.published),
        ("fetched", doc.fetched),
    ]:
        if v:
            # fold a long path or URL (no spaces to wrap at) over lines rather
            # than cut it with "…": it is what a reader copies to open the page
            head.add_row(k, Text(str(v), overflow="fold"))
    if store is not None:
        dups = store.duplicates_of(doc.id)
        if dups["duplicate_of"]:
            head.add_row("duplicate of", Text(dups["duplicate_of"]))
        for n in dups["near_duplicates"]:
            head.add_row("near duplicate", Text(f"{n['id']} ({(n['similarity'] or 0):.2f})"))
        story = store.story_of(doc.id)
        if story:
            head.add_row("story", Text(story))
    kept = sum(b.end - b.start for b in doc.blocks if b.label in KEPT_LABELS)
    total = sum(b.end - b.start for b in doc.blocks) or 1
    head.add_row(
        "kept",
        f"{len(doc.kept_blocks())}/{len(doc.blocks)} blocks, "
        f"{100 * kept / total:.0f}% of characters",
    )

    blocks = render_blocks(doc)
    parts: list[Any] = [Panel(head, title="document", expand=True), blocks]
    if doc.flags:
        flags = Table(title="flags", show_header=True, header_style="bold", expand=True)
        flags.add_column("kind", width=20)
        flags.add_column("reason", ratio=3)
        flags.add_column("where", ratio=2, style="dim")
        for f in doc.flags:
            where = ""
            if f.start is not None and f.end is not None:
                where = doc.text[f.start : f.end][:80]
            flags.add_row(Text(f.kind, style="red"), Text(f.reason), Text(where))
        parts.append(flags)
    for w in doc.meta.get("warnings") or []:
        parts.append(Text(f"warning: {w}", style="yellow"))
    if not doc.blocks:
        parts.append(Text(doc.text[:2000]))
    return Group(*parts)
