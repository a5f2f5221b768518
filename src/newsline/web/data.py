"""What the web pages, the JSON API and the HTML report show, read from the store.

Every function takes an open :class:`~newsline.store.Store` and returns plain
dicts and lists (JSON-ready). The pages, the API and the report render the
same data, so what a person sees and what a script reads never disagree.

Values here are raw text from documents: escaping is the templates' job
(Jinja2 autoescape) and links go through :func:`safe_href`. This module must
never write to the store, return markup, or read a path named by a request.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import date
from itertools import pairwise
from pathlib import PurePath
from typing import Any
from urllib.parse import urlsplit

from ..days import span_text
from ..model import KEPT_LABELS, filter_codes, page_names
from ..pipeline import rejection_kind
from ..store import Store
from ..store.sqlite import STORY_ORDER

# Labels highlighted (rather than only struck through) on the document page.
HIGHLIGHT_LABELS = {"spam": "spam", "foreign": "foreign"}
# URL schemes that may become links; everything else is shown as text.
LINK_SCHEMES = ("http", "https")
# Width of the story timeline chart, in SVG user units.
TIMELINE_WIDTH = 960


def safe_href(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) URL, else None (shown as text, never linked)."""
    if not url or any(c in url for c in "\r\n\t\0") or url != url.strip():
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in LINK_SCHEMES or not parts.netloc:
        return None
    return url


def site_of(url: str | None, sitename: str | None, source: str | None) -> str:
    """A short name for where a document came from."""
    if url:
        try:
            host = urlsplit(url).hostname
        except ValueError:
            host = None
        if host:
            return host.removeprefix("www.")
    if sitename:
        return sitename
    if source:
        parent = PurePath(source).parent.name
        return parent or PurePath(source).name
    return "unknown"


def _doc_rows(store: Store, ids: list[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for r in store.conn.execute(
            "SELECT id, source, url, sitename, title, lang, published, fetched, "
            "json_extract(meta, '$.lang_variety') AS lang_variety, "
            f"length(text) AS chars FROM documents WHERE id IN ({marks})",
            chunk,
        ):
            d = dict(r)
            d["site"] = site_of(d["url"], d["sitename"], d["source"])
            d["href"] = safe_href(d["url"])
            out[d["id"]] = d
    return out


def _flag_kinds(store: Store, ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for doc_id, kind in store.conn.execute(
            f"SELECT DISTINCT doc_id, kind FROM flags WHERE doc_id IN ({marks}) ORDER BY kind",
            chunk,
        ):
            out[doc_id].append(kind)
    return out


# -- stories ------------------------------------------------------------------------


def list_stories(
    store: Store,
    limit: int = 100,
    offset: int = 0,
    min_languages: int = 1,
    lang: str | None = None,
) -> dict[str, Any]:
    """Stories, latest first: those told in at least ``min_languages``
    languages and, with ``lang`` (one code or several: "vi,th"), having a
    document in one of them."""
    # a story whose documents have no language yet is listed unless a filter asks
    where = "1"
    args: list[Any] = []
    if min_languages > 1:
        where += " AND json_array_length(coalesce(languages, '[]')) >= ?"
        args.append(min_languages)
    if langs := sorted(filter_codes(lang)):
        marks = ",".join("?" * len(langs))
        where += (
            " AND EXISTS (SELECT 1 FROM json_each(coalesce(languages, '[]')) "
            f"WHERE value IN ({marks}))"
        )
        args += langs
    total = store.conn.execute(f"SELECT count(*) FROM stories WHERE {where}", args).fetchone()[0]
    rows = store.conn.execute(
        f'SELECT id, title, languages, start, "end" FROM stories WHERE {where} '
        f"ORDER BY {STORY_ORDER} LIMIT ? OFFSET ?",
        (*args, limit, offset),
    ).fetchall()
    stories = []
    for r in rows:
        doc_ids = [
            x[0]
            for x in store.conn.execute(
                "SELECT doc_id FROM story_documents WHERE story_id=?", (r["id"],)
            )
        ]
        docs = _doc_rows(store, doc_ids)
        flags = Counter(k for kinds in _flag_kinds(store, doc_ids).values() for k in kinds)
        n_events = store.conn.execute(
            "SELECT count(*) FROM events WHERE story_id=?", (r["id"],)
        ).fetchone()[0]
        stories.append(
            {
                "id": r["id"],
                "title": r["title"],
                "languages": json.loads(r["languages"] or "[]"),
                "start": r["start"],
                "end": r["end"],
                "documents": len(doc_ids),
                "sites": sorted({d["site"] for d in docs.values()}),
                "events": n_events,
                "flags": dict(sorted(flags.items())),
            }
        )
    return {"total": total, "limit": limit, "offset": offset, "stories": stories}


def story_detail(store: Store, story_id: str) -> dict[str, Any] | None:
    row = store.conn.execute("SELECT * FROM stories WHERE id=?", (story_id,)).fetchone()
    if row is None:
        return None
    story = dict(row)
    story["languages"] = json.loads(story["languages"] or "[]")
    story["data"] = json.loads(story.pop("data") or "{}")
    doc_ids = [
        x[0]
        for x in store.conn.execute(
            "SELECT doc_id FROM story_documents WHERE story_id=?", (story_id,)
        )
    ]
    docs = _doc_rows(store, doc_ids)
    kinds = _flag_kinds(store, doc_ids)
    documents = sorted(docs.values(), key=lambda d: (d["published"] or "", d["id"]))
    for d in documents:
        d["flags"] = kinds.get(d["id"], [])
    events = store.events(story_id)
    origin = "merged"
    if not events:
        # No merged events yet: show each document's own dated sentences.
        events = _document_events(store, doc_ids)
        origin = "documents"
    # Events may cite documents outside the story (a merged event spans stories).
    cited = {s.get("doc_id") for ev in events for s in ev.get("sources") or []}
    docs.update(_doc_rows(store, sorted(x for x in cited - set(docs) if x)))
    for ev in events:
        ev["text_lang"] = _text_lang(ev)
        ev["text_is_quote"] = ev["text_lang"] is not None
        for s in ev.get("sources") or []:
            d = docs.get(s.get("doc_id") or "")
            s["site"] = d["site"] if d else site_of(None, None, s.get("source"))
            s["title"] = d["title"] if d else None
            s["known"] = d is not None
        flags = ev.get("flags")
        ev["flags"] = [
            f if isinstance(f, dict) else {"kind": "note", "reason": str(f)}
            for f in (flags if isinstance(flags, list) else [])
        ]
        ev["notes"] = {k: v for k, v in ev.items() if k not in _EVENT_FIELDS}
        ev["conflicting"] = _has_conflict(ev)
    flags = Counter(k for ks in kinds.values() for k in ks)
    return {
        **story,
        "documents": documents,
        "sites": sorted({d["site"] for d in documents}),
        "flags": dict(sorted(flags.items())),
        "events": events,
        "events_from": origin,
        "timeline": timeline_axis(events),
    }


# Event fields shown in their own place; any other field is listed as a note.
_EVENT_FIELDS = {
    "id",
    "date",
    "end",
    "granularity",
    "text",
    "story_id",
    "sources",
    "notes",
    "conflicting",
    "flags",
    "languages",
    "documents",
    "text_lang",
    "text_is_quote",
}


def _text_lang(ev: dict[str, Any]) -> str | None:
    """The language of an event's summary text: that of the source it was taken from."""
    text = (ev.get("text") or "").strip().rstrip("…").strip()
    if not text:
        return None
    for s in ev.get("sources") or []:
        if (s.get("quote") or "").strip().startswith(text[:60]):
            return s.get("lang")
    return None


def _document_events(store: Store, doc_ids: list[str]) -> list[dict[str, Any]]:
    out = []
    for i in range(0, len(doc_ids), 500):
        chunk = doc_ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for r in store.conn.execute(
            'SELECT e.doc_id, e.idx, e.start, e."end", e.date, e.end_date, e.granularity, e.lang, '
            'substr(d.text, e.start + 1, e."end" - e.start) AS quote, d.source '
            f"FROM doc_events e JOIN documents d ON d.id = e.doc_id WHERE e.doc_id IN ({marks})",
            chunk,
        ):
            out.append(
                {
                    "id": f"{r['doc_id']}:{r['idx']}",
                    "date": r["date"],
                    "end": r["end_date"],
                    "granularity": r["granularity"],
                    "text": None,
                    "sources": [
                        {
                            "doc_id": r["doc_id"],
                            "source": r["source"],
                            "quote": r["quote"],
                            "lang": r["lang"],
                            "start": r["start"],
                            "end": r["end"],
                        }
                    ],
                }
            )
    out.sort(key=lambda e: (e["date"], e["id"]))
    return out


def parse_partial_date(value: str | None) -> date | None:
    """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` as a date (first day); None for
    yearless or unreadable values."""
    if not value or value.startswith("-"):
        return None
    parts = value[:10].split("-")
    try:
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 else 1
        d = int(parts[2]) if len(parts) > 2 else 1
        return date(y, m, d)
    except (ValueError, IndexError):
        return None


def timeline_axis(events: list[dict[str, Any]], width: int = TIMELINE_WIDTH) -> dict[str, Any]:
    """Positions (0..width) of event dates on a time axis, for an SVG chart.

    Time runs left to right, but long empty stretches are shortened (to a few
    times the typical gap, marked with a break) and every date keeps a
    minimum of room, so one old background date does not squeeze a month of
    news into a single dot.
    """
    # One point per date as written, a range with its end: "2025" (a year),
    # "2025-01" and "2025 – 2029" all start on 2025-01-01, and were one dot
    # labelled with whichever came first, the range and the month unsaid.
    dated: dict[tuple[date, str], list[dict[str, Any]]] = defaultdict(list)
    undated = []
    for ev in events:
        d = parse_partial_date(ev.get("date"))
        (dated[(d, _span_label(ev))].append(ev) if d else undated.append(ev))
    if not dated:
        return {"width": width, "points": [], "breaks": [], "undated": len(undated)}
    keys = sorted(dated)
    days = [d for d, _ in keys]
    gaps = [(b - a).days for a, b in pairwise(days)]
    cap = max(4 * sorted(gaps)[len(gaps) // 2], 7) if gaps else 1
    units = [0]
    for g in gaps:
        units.append(units[-1] + min(g, cap))
    # Room on the right for the last (slanted) date label.
    margin, right, n = 30, 90, len(days)
    inner = width - margin - right

    def x(i: int) -> int:
        if n == 1:
            return width // 2
        # Half time-proportional, half evenly spaced: every date stays visible.
        return round(margin + inner * (0.5 * units[i] / (units[-1] or 1) + 0.5 * i / (n - 1)))

    points, last_label = [], -999
    for i, (d, label) in enumerate(keys):
        evs = dated[(d, label)]
        xi = x(i)
        labelled = xi - last_label >= 16
        if labelled:
            last_label = xi
        points.append(
            {
                "x": xi,
                "date": d.isoformat(),
                "label": label,
                "count": len(evs),
                "sources": sum(len(e.get("sources") or []) for e in evs),
                "labelled": labelled,
                "conflict": any(_has_conflict(e) for e in evs),
                "anchor": "ev-" + str(evs[0]["id"]),
            }
        )
    breaks = [{"x": (x(i) + x(i + 1)) // 2, "days": g} for i, g in enumerate(gaps) if g > cap]
    return {"width": width, "points": points, "breaks": breaks, "undated": len(undated)}


def _span_label(ev: dict[str, Any]) -> str:
    """An event's date as the event list writes it: ``2025-03-31 – 2025-04-06``
    for a range, else the date alone."""
    return span_text(ev.get("date"), ev.get("end"))


def _has_conflict(ev: dict[str, Any]) -> bool:
    """Sources disagree: a ``*conflict*`` field, or a flag whose kind says so."""
    if any("conflict" in k and ev.get(k) for k in ev if k != "conflicting"):
        return True
    flags = ev.get("flags") or []
    return isinstance(flags, list) and any(
        isinstance(f, dict) and "conflict" in str(f.get("kind", "")) for f in flags
    )


# -- documents ----------------------------------------------------------------------


def list_documents(
    store: Store, limit: int = 50, offset: int = 0, lang: str | None = None
) -> dict[str, Any]:
    langs = sorted(filter_codes(lang))
    where = f"WHERE lang IN ({','.join('?' * len(langs))})" if langs else ""
    args: list[Any] = list(langs)
    total = store.conn.execute(f"SELECT count(*) FROM documents {where}", args).fetchone()[0]
    ids = [
        r[0]
        for r in store.conn.execute(
            f"SELECT id FROM documents {where} ORDER BY rowid LIMIT ? OFFSET ?",
            [*args, limit, offset],
        )
    ]
    rows = _doc_rows(store, ids)
    kinds = _flag_kinds(store, ids)
    docs = []
    for i in ids:
        d = rows[i]
        d["flags"] = kinds.get(i, [])
        docs.append(d)
    return {"total": total, "limit": limit, "offset": offset, "documents": docs}


def document_detail(store: Store, doc_id: str) -> dict[str, Any] | None:
    doc = store.get_document(doc_id)
    if doc is None:
        return None
    text = doc.text
    # Sentences that dated events quote (own mentions and merged events' sources):
    # marked in the text so a timeline's citation can point at them.
    cited = {(e.start, e.end) for e in doc.events}
    cited.update(
        (r[0], r[1])
        for r in store.conn.execute(
            'SELECT start, "end" FROM event_sources WHERE doc_id=? AND start IS NOT NULL '
            'AND "end" IS NOT NULL',
            (doc.id,),
        )
    )
    spans = sorted((a, b) for a, b in cited if 0 <= a < b <= len(text))
    anchored: set[str] = set()
    segments: list[dict[str, Any]] = []
    pos = 0
    for i, b in enumerate(sorted(doc.blocks, key=lambda b: (b.start, b.end))):
        if b.start > pos:
            segments.append({"kind": "gap", "text": text[pos : b.start]})
        start = max(b.start, pos)  # overlapping blocks: show each character once
        kept = b.label in KEPT_LABELS
        segments.append(
            {
                "kind": "block",
                "index": i,
                "start": b.start,
                "end": b.end,
                "text": text[start : b.end],
                "pieces": _pieces(text, start, b.end, spans, anchored),
                "label": b.label,
                "lang": b.lang,
                "variety": doc.block_variety(b),
                "reasons": list(b.reasons),
                "kept": kept,
                "highlight": HIGHLIGHT_LABELS.get(b.label)
                or ("foreign" if (b.lang and doc.lang and b.lang != doc.lang and kept) else None),
            }
        )
        pos = max(pos, b.end)
    if pos < len(text):
        segments.append(
            {
                "kind": "gap" if doc.blocks else "text",
                "text": text[pos:],
                "pieces": _pieces(text, pos, len(text), spans, anchored),
            }
        )
    dups = store.duplicates_of(doc.id)
    exact_copies = [
        r[0]
        for r in store.conn.execute(
            "SELECT doc_id FROM duplicates WHERE duplicate_of=? AND kind='exact'", (doc.id,)
        )
    ]
    # the same page read at other times (a re-crawl after an update): the
    # document page of an old version did not say a later one exists
    versions = {
        d["id"]: d
        for name in page_names(doc.url, doc.source)
        for d in store.documents_named(name)
        if d["id"] != doc.id
    }
    own_row = store.conn.execute("SELECT rowid FROM documents WHERE id=?", (doc.id,)).fetchone()
    order: dict[str, int] = {}  # id -> rowid: the order the versions were stored in
    if versions:
        marks = ",".join("?" * len(versions))
        order = dict(
            store.conn.execute(
                f"SELECT id, rowid FROM documents WHERE id IN ({marks})", list(versions)
            ).fetchall()
        )
    linked = [
        x
        for x in [
            dups["duplicate_of"],
            *exact_copies,
            *[n["id"] for n in dups["near_duplicates"]],
            *versions,
        ]
        if x
    ]
    others = _doc_rows(store, linked)
    story_id = store.story_of(doc.id)
    story_title = None
    if story_id:
        r = store.conn.execute("SELECT title FROM stories WHERE id=?", (story_id,)).fetchone()
        story_title = r[0] if r else None
    set_aside = [b for b in doc.blocks if b.label not in KEPT_LABELS]
    total_chars = sum(b.end - b.start for b in doc.blocks) or len(text) or 1
    return {
        "id": doc.id,
        "source": doc.source,
        "url": doc.url,
        "href": safe_href(doc.url),
        "site": site_of(doc.url, doc.sitename, doc.source),
        "sitename": doc.sitename,
        "title": doc.title,
        "author": doc.author,
        "lang": doc.lang,
        "lang_variety": doc.lang_variety,
        "encoding": doc.encoding,
        "published": doc.published,
        "fetched": doc.fetched,
        "record_id": doc.record_id,
        "offset": doc.offset,
        "text": text,
        "clean_text": doc.clean_text(),
        "segments": segments,
        "blocks": [
            {
                "start": b.start,
                "end": b.end,
                "label": b.label,
                "lang": b.lang,
                "variety": doc.block_variety(b),
                "reasons": list(b.reasons),
                "text": text[b.start : b.end],
            }
            for b in doc.blocks
        ],
        "summary": {
            "blocks": len(doc.blocks),
            "set_aside": len(set_aside),
            "set_aside_chars": sum(b.end - b.start for b in set_aside),
            "set_aside_share": round(sum(b.end - b.start for b in set_aside) / total_chars, 3),
            "labels": dict(Counter(b.label for b in doc.blocks).most_common()),
            "languages": sorted({b.lang for b in doc.blocks if b.lang}),
        },
        "flags": [
            {
                "kind": f.kind,
                "reason": f.reason,
                "start": f.start,
                "end": f.end,
                "excerpt": text[f.start : f.end][:300]
                if f.start is not None and f.end is not None
                else None,
                "data": f.data,
            }
            for f in doc.flags
        ],
        "dates": [
            {
                "start": m.start,
                "end": m.end,
                "text": text[m.start : m.end],
                "value": m.value,
                "end_value": m.end_value,
                "kind": m.kind,
            }
            for m in doc.dates
        ],
        "events": [
            {
                "start": e.start,
                "end": e.end,
                "quote": text[e.start : e.end],
                "date": e.date,
                "end_date": e.end_date,
                "lang": e.lang or doc.lang,
            }
            for e in doc.events
        ],
        "duplicate_of": _linked(others, dups["duplicate_of"]),
        "exact_copies": [_linked(others, x) for x in exact_copies],
        "near_duplicates": [
            {**_linked(others, n["id"]), "similarity": n["similarity"]}
            for n in dups["near_duplicates"]
        ],
        "story": {"id": story_id, "title": story_title} if story_id else None,
        "versions": [
            {
                **_linked(others, v),
                "run_id": versions[v]["run_id"],
                "when": "earlier"
                if own_row is not None and order.get(v, 0) < own_row[0]
                else "later",
            }
            for v in sorted(versions, key=lambda v: order.get(v, 0))
        ],
    }


def sentence_anchor(start: int, end: int) -> str:
    """The id of a cited sentence on the document page (``#s-START-END``)."""
    return f"s-{start}-{end}"


def _pieces(
    text: str, lo: int, hi: int, spans: list[tuple[int, int]], anchored: set[str]
) -> list[dict[str, Any]]:
    """``text[lo:hi]`` cut at cited-sentence boundaries; each cited piece carries
    the sentence's anchor (the id goes on its first piece only)."""
    cuts = {lo, hi}
    for a, b in spans:
        if a < hi and b > lo:
            cuts.update(x for x in (a, b) if lo < x < hi)
    edges = sorted(cuts)
    out = []
    for a, b in pairwise(edges):
        covering = [s for s in spans if s[0] <= a and s[1] >= b]
        anchor = sentence_anchor(*covering[0]) if covering else None
        first = anchor is not None and anchor not in anchored
        if first:
            anchored.add(anchor)  # type: ignore[arg-type]
        out.append(
            {"text": text[a:b], "cited": anchor is not None, "anchor": anchor if first else None}
        )
    return out


def _linked(rows: dict[str, dict[str, Any]], doc_id: str | None) -> dict[str, Any] | None:
    if not doc_id:
        return None
    r = rows.get(doc_id)
    return {
        "id": doc_id,
        "title": r["title"] if r else None,
        "site": r["site"] if r else None,
        "lang": r["lang"] if r else None,
        "known": r is not None,
    }


# -- runs and quality ---------------------------------------------------------------


def list_runs(store: Store) -> list[dict[str, Any]]:
    return store.runs()


# Per-database cache of the set-aside tally, keyed by the highest document
# rowid: documents and their blocks are only ever added, never changed.
_TALLY_CACHE: dict[str, tuple[int, Any]] = {}


def _set_aside_tally(store: Store) -> tuple[list[dict[str, Any]], Counter[str], int]:
    c = store.conn
    mark = c.execute("SELECT coalesce(max(rowid), 0) FROM documents").fetchone()[0]
    cached = _TALLY_CACHE.get(store.path)
    if cached and cached[0] == mark:
        return cached[1]
    # Reads only the small leading columns of each row (never the text) and
    # the blocks table: seconds, not minutes, on 100k documents.
    where: dict[str, tuple[str, str]] = {}
    per: dict[tuple[str, str], dict[str, Any]] = {}
    for doc_id, url, sitename, source, lang in c.execute(
        "SELECT id, url, sitename, source, lang FROM documents"
    ):
        key = (site_of(url, sitename, source), lang or "?")
        where[doc_id] = key
        g = per.setdefault(
            key,
            {
                "site": key[0],
                "lang": key[1],
                "documents": 0,
                "kept_chars": 0,
                "set_aside_chars": 0,
                "set_aside": {},
            },
        )
        g["documents"] += 1
    labels: Counter[str] = Counter()
    blocked: set[str] = set()
    for doc_id, label, n in c.execute(
        'SELECT doc_id, label, sum("end" - start) FROM blocks GROUP BY doc_id, label'
    ):
        key = where.get(doc_id)
        if key is None:
            continue
        blocked.add(doc_id)
        g = per[key]
        if label in KEPT_LABELS:
            g["kept_chars"] += n or 0
        else:
            g["set_aside_chars"] += n or 0
            g["set_aside"][label] = g["set_aside"].get(label, 0) + (n or 0)
            labels[label] += n or 0
    if len(blocked) < len(where):  # documents not split into blocks count as kept
        for doc_id, n in c.execute(
            "SELECT id, length(text) FROM documents d "
            "WHERE NOT EXISTS (SELECT 1 FROM blocks b WHERE b.doc_id = d.id)"
        ):
            per[where[doc_id]]["kept_chars"] += n or 0
    groups = sorted(per.values(), key=lambda g: (-g["set_aside_chars"], g["site"], g["lang"]))
    for g in groups:
        total = g["kept_chars"] + g["set_aside_chars"] or 1
        g["set_aside_share"] = round(g["set_aside_chars"] / total, 3)
    result = (groups, labels, len(where))
    _TALLY_CACHE[store.path] = (mark, result)
    return result


def quality_summary(store: Store) -> dict[str, Any]:
    """What was set aside, per site and language, in characters and blocks."""
    groups, labels, n_docs = _set_aside_tally(store)
    groups = [dict(g, set_aside=dict(g["set_aside"])) for g in groups]  # callers may edit
    flags = dict(
        store.conn.execute(
            "SELECT kind, count(*) FROM flags GROUP BY kind ORDER BY count(*) DESC"
        ).fetchall()
    )
    langs = dict(
        store.conn.execute(
            "SELECT coalesce(lang, '?'), count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC"
        ).fetchall()
    )
    dup_kinds = dict(
        store.conn.execute("SELECT kind, count(*) FROM duplicates GROUP BY kind").fetchall()
    )
    # by kind, as the run report counts them: reasons carry offsets and line
    # numbers, so cut files were one entry each ("... at offset 2198": 1)
    rejected: Counter[str] = Counter()
    for reason, n in store.conn.execute("SELECT reason, count(*) FROM errors GROUP BY reason"):
        rejected[rejection_kind(reason or "")] += n
    errors = dict(sorted(rejected.items(), key=lambda kv: (-kv[1], kv[0])))
    return {
        "documents": n_docs,
        "groups": groups,
        "labels": dict(labels.most_common()),
        "flags": flags,
        "languages": langs,
        "duplicates": dup_kinds,
        "rejected": errors,
        "chart": set_aside_chart(groups, [k for k, _ in labels.most_common()]),
    }


# Colours of the set-aside labels in charts (data: any label not listed gets grey).
LABEL_COLOURS = {
    "navigation": "#6c8ebf",
    "related": "#9673a6",
    "footer": "#82b366",
    "spam": "#d9534f",
    "metadata": "#b0a27a",
    "foreign": "#c06bd6",
    "byline": "#f0ad4e",
    "caption": "#5bc0de",
    "dateline": "#7a7a7a",
    "attribution": "#d6b656",
}


def set_aside_chart(groups: list[dict[str, Any]], labels: list[str]) -> dict[str, Any]:
    """Horizontal stacked bars (one per site and language) as SVG geometry."""
    bar_x, bar_w, row_h = 260, 560, 26
    rows = []
    for i, g in enumerate(groups[:40]):
        total = g["kept_chars"] + g["set_aside_chars"] or 1
        x = bar_x
        segs = []
        for label in labels:
            n = g["set_aside"].get(label, 0)
            if not n:
                continue
            w = bar_w * n / total
            segs.append(
                {
                    "x": round(x, 1),
                    "w": round(max(w, 1), 1),
                    "label": label,
                    "chars": n,
                    "colour": LABEL_COLOURS.get(label, "#999999"),
                }
            )
            x += w
        rows.append(
            {
                "y": 30 + i * row_h,
                "name": f"{g['site']} · {g['lang']}",
                "share": g["set_aside_share"],
                "segments": segs,
                "documents": g["documents"],
            }
        )
    legend = [
        {"label": la, "colour": LABEL_COLOURS.get(la, "#999999"), "x": 10 + 110 * k}
        for k, la in enumerate(labels[:8])
    ]
    return {
        "bar_x": bar_x,
        "bar_w": bar_w,
        "row_h": row_h,
        "rows": rows,
        "legend": legend,
        "height": 30 + len(rows) * row_h + 40,
        "width": bar_x + bar_w + 130,
    }


def facets(store: Store) -> dict[str, Any]:
    """Values offered by the search filters."""
    c = store.conn
    return {
        "languages": [
            r[0]
            for r in c.execute(
                "SELECT lang FROM documents WHERE lang IS NOT NULL GROUP BY lang ORDER BY count(*) DESC"
            )
        ],
        "flags": [r[0] for r in c.execute("SELECT DISTINCT kind FROM flags ORDER BY kind")],
        "stories": [
            {"id": r[0], "title": r[1]}
            for r in c.execute("SELECT id, title FROM stories ORDER BY start DESC, id LIMIT 500")
        ],
    }


def story_languages(store: Store) -> list[str]:
    """The languages stories are told in, most stories first (the stories
    page's filter): read from the stories, not from every document."""
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT value FROM stories, json_each(coalesce(stories.languages, '[]')) "
            "GROUP BY value ORDER BY count(*) DESC, value"
        )
    ]


def counts(store: Store) -> dict[str, int]:
    c = store.conn
    return {
        t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("documents", "stories", "events", "runs", "errors")
    }
