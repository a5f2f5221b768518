"""Timeline output: merged events as JSON, Markdown or a self-contained HTML page.

``render_timeline(events, fmt)`` takes the ``events`` table that
:class:`newsline.events.MergeEvents` produces (or the store returns) and
renders it sorted by date. Every entry keeps its sources' original-language
quotes and offsets.

It must never drop a source or a flag, never let document text into HTML
unescaped, and never fetch anything (the HTML page has no external assets).
"""

from __future__ import annotations

import html
import json
import re
from datetime import date
from typing import Any

from ..days import parse_day_range, span_text
from ..wording import counted

FORMATS = ("json", "md", "html")
_LINE_BREAKS = re.compile(r"\s*[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]\s*")


def _sort_key(e: dict[str, Any]) -> tuple[str, str]:
    d = str(e.get("date") or "")
    # year-less dates ("--07-09") sort after dated ones, by month-day
    return ("1" + d[2:] if d.startswith("--") else "0" + d, str(e.get("end") or ""))


def overlaps_days(value: Any, end: Any, day_from: str | None, day_to: str | None) -> bool:
    """Whether a date value (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, to ``end``
    when it is a range) shares a day with ``day_from``..``day_to`` (ISO days,
    inclusive, either None for open).

    A coarser value counts as its whole span: ``2024-03`` overlaps
    ``2024-03-10``. ISO prefixes compare as strings: a prefix sorts before
    every day it holds, so it compares as its first day against ``day_to``,
    and against ``day_from`` cut to its length, as its last day. A year-less
    value (``--07-09``) or none cannot be placed: False when a bound is given."""
    lo = str(value or "")[:10]
    hi = str(end or "")[:10] or lo
    if not (day_from or day_to):
        return True
    if not lo[:4].isdigit() or not hi[:4].isdigit():
        return False
    if day_to and lo > day_to:
        return False
    return not (day_from and hi < day_from[: len(hi)])


def events_between(
    events: list[dict[str, Any]],
    day_from: str | date | None,
    day_to: str | date | None,
) -> list[dict[str, Any]]:
    """The merged ``events`` whose date (or date range) shares a day with
    ``day_from``..``day_to`` (``YYYY-MM-DD`` text or dates, inclusive; None:
    open). Any other bound ("March", "2024-3-1") or a range that ends before it
    starts raises ``ValueError`` (``newsline.days.BadDayRange``) naming it: it
    matched nothing, without a word."""
    lo, hi = parse_day_range(
        *(d.isoformat() if isinstance(d, date) else d for d in (day_from, day_to)),
        ("day_from", "day_to"),
    )
    day_from, day_to = (d.isoformat() if d else None for d in (lo, hi))
    return [e for e in events if overlaps_days(e.get("date"), e.get("end"), day_from, day_to)]


def timeline_json(
    events: list[dict[str, Any]],
    key_dates: list[dict[str, Any]] | None = None,
    story: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The public JSON shape: {"events": [{date, end?, text, story_id?, sources, flags}]}.

    With ``story`` ({id, title}: the one story these events are of) a ``story``
    object comes first, so that a saved file still says which story it is.
    With ``key_dates`` (from :func:`newsline.timeline.keydates.key_date_events`)
    a ``key_dates`` list [{date, score, events}] comes next, best first.
    An event from the store names its story (``story_id``): a timeline of
    every story otherwise mixes them with no way to tell them apart.

    Each source carries the stored document's ``doc_id`` so that a reader can
    open the whole page with ``newsline show DOC_ID``."""
    out = []
    for e in sorted(events, key=_sort_key):
        item: dict[str, Any] = {"date": e.get("date")}
        if e.get("end"):
            item["end"] = e["end"]
        item["text"] = e.get("text") or ""
        if e.get("story_id"):
            item["story_id"] = e["story_id"]
        item["sources"] = [
            {
                "source": s.get("source"),
                "quote": s.get("quote"),
                "lang": s.get("lang"),
                "start": s.get("start"),
                "end": s.get("end"),
                "doc_id": s.get("doc_id"),
            }
            for s in e.get("sources") or []
        ]
        item["flags"] = list(e.get("flags") or [])
        out.append(item)
    result: dict[str, Any] = {}
    if story is not None:
        result["story"] = {"id": story.get("id"), "title": story.get("title")}
    if key_dates is not None:
        result["key_dates"] = [dict(k) for k in key_dates]
    result["events"] = out
    return result


# Characters that Markdown (CommonMark, GFM) reads as markup anywhere in a
# line: emphasis, code, links, raw HTML, entity references, tables, strikeouts,
# a heading's closing hashes, and the backslash itself.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>&|~#])")
# What starts a block when it opens a line: a list item, a quote, a setext
# underline, an ordered item ("1." / "1)").
_MD_LINE_START = re.compile(r"^([-+=>]|\d{1,9}(?=[.)]))")


def _one_line(text: Any) -> str:
    """Line breaks (with the blanks around them) become one space."""
    return _LINE_BREAKS.sub(" ", str(text or "")).strip()


def md_inline(text: Any) -> str:
    """Page text as Markdown that renders as exactly that text, on its one line.

    Line breaks (with the blanks around them) become one space, so that a title
    or quote holding a newline cannot start a heading or a list item of its own.
    Every character Markdown would read as markup is backslash-escaped
    (CommonMark lets any ASCII punctuation be escaped, and the escape renders
    as the bare character): raw HTML in a page (``<script>``, ``<img
    onerror=…>``) reaches a Markdown renderer as text, not as HTML, and
    ``*stars*``, ``[a](b)`` or ``&amp;`` show as the source wrote them. Other
    spaces (an ideographic space, say) and every other character are kept."""
    line = _MD_SPECIAL.sub(r"\\\1", _one_line(text))
    m = _MD_LINE_START.match(line)
    if m:  # escape the marker itself: "\-", "\>", "1\."
        i = m.end() if m.group(1)[0].isdigit() else 0
        line = line[:i] + "\\" + line[i:]
    return line


def _when(e: dict[str, Any]) -> str:
    return span_text(str(e["date"]), e.get("end"))


def _md_doc(doc_id: Any) -> str:
    # the id as inline code, for `newsline show`; backticks cannot come from a
    # stored id (hex), but are dropped in case an event table came from elsewhere
    return f" · doc `{_one_line(doc_id).replace('`', '')}`" if doc_id else ""


def _key_dates_line(key_dates: list[dict[str, Any]]) -> str:
    return ", ".join(f"{k['date']} ({k['score']})" for k in key_dates)


def _story_ids(events: list[dict[str, Any]]) -> list[Any]:
    """Each event's story, in timeline order, where the events come from more
    than one story (a day then tells which story each event belongs to);
    otherwise None for every event."""
    ordered = sorted(events, key=_sort_key)
    ids = [e.get("story_id") for e in ordered]
    return ids if len({i for i in ids if i}) > 1 else [None] * len(ids)


def timeline_markdown(
    events: list[dict[str, Any]],
    title: str = "Timeline",
    key_dates: list[dict[str, Any]] | None = None,
) -> str:
    lines = [f"# {md_inline(title)}", ""]
    if key_dates is not None:
        lines += [f"Key dates, best first (score): {md_inline(_key_dates_line(key_dates))}", ""]
    if not events:
        # a heading alone reads as a page that failed to render
        lines += ["No events.", ""]
    stories = _story_ids(events)
    shown_day = None
    for e, story_id in zip(timeline_json(events)["events"], stories, strict=True):
        n = len(e["sources"])
        langs = ", ".join(sorted({s["lang"] or "?" for s in e["sources"]}))
        # One heading per day: the events of a day (of one story or of
        # several) follow it, as the HTML page shows a day's date once.
        if _when(e) != shown_day:
            shown_day = _when(e)
            lines.append(f"## {shown_day}")
            lines.append("")
        lines.append(md_inline(e["text"]))
        lines.append("")
        story = f" · story `{_one_line(story_id).replace('`', '')}`" if story_id else ""
        lines.append(f"*{counted(n, 'source')} ({langs}){story}*")
        lines.append("")
        for f in e["flags"]:
            lines.append(f"> ⚠ **{md_inline(f.get('kind'))}**: {md_inline(f.get('reason'))}")
            lines.append("")
        for s in e["sources"]:
            quote = md_inline(s["quote"])
            lines.append(
                f"- [{s['lang'] or '?'}] “{quote}” — {md_inline(s['source'])} "
                f"(chars {s['start']}–{s['end']}){_md_doc(s['doc_id'])}"
            )
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,'Noto Sans','Noto Sans Thai','Noto Sans CJK SC',sans-serif;
margin:0;background:#f6f7f9;color:#1d2430}
header{padding:1.2rem 2rem;background:#1d2430;color:#fff}header h1{margin:0;font-size:1.4rem}
header p{margin:.3rem 0 0;color:#b9c2d0;font-size:.9rem}
main{max-width:60rem;margin:1.5rem auto;padding:0 1rem;position:relative}
.line{position:absolute;left:8.6rem;top:0;bottom:0;width:3px;background:#c9d1dd}
.ev{display:grid;grid-template-columns:8rem 1fr;gap:1.2rem;margin:0 0 1.4rem;position:relative}
.when{text-align:right;font-weight:600;font-variant-numeric:tabular-nums;padding-top:.7rem;color:#39465a}
.dot{position:absolute;left:8.25rem;top:.95rem;width:.8rem;height:.8rem;border-radius:50%;
background:#2f6fde;border:2px solid #fff;box-shadow:0 0 0 2px #2f6fde}
.ev.flagged .dot{background:#d9822b;box-shadow:0 0 0 2px #d9822b}
.card{background:#fff;border-radius:8px;padding:.8rem 1rem;box-shadow:0 1px 3px rgba(0,0,0,.08);margin-left:1rem}
.text{font-size:1.02rem;line-height:1.45}
.meta{font-size:.8rem;color:#6a768a;margin-top:.35rem}
.lang{display:inline-block;background:#e7eefb;color:#2f5db3;border-radius:4px;padding:0 .35rem;
margin-right:.25rem;font-size:.75rem;font-weight:600}
.flag{background:#fff4e5;border-left:3px solid #d9822b;padding:.3rem .6rem;margin:.5rem 0;font-size:.85rem}
details{margin-top:.4rem}summary{cursor:pointer;font-size:.85rem;color:#2f5db3}
blockquote{margin:.5rem 0;padding:.3rem .7rem;border-left:3px solid #c9d1dd;font-size:.9rem;line-height:1.4}
.doc{font-family:ui-monospace,monospace}
blockquote cite{display:block;font-style:normal;font-size:.75rem;color:#6a768a;margin-top:.2rem;word-break:break-all}
"""


def timeline_html(
    events: list[dict[str, Any]],
    title: str = "Timeline",
    key_dates: list[dict[str, Any]] | None = None,
) -> str:
    e = html.escape
    evs = timeline_json(events)["events"]
    langs = sorted({s["lang"] or "?" for ev in evs for s in ev["sources"]})
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width,initial-scale=1">',
        f"<title>{e(title)}</title><style>{_CSS}</style></head><body>",
        (
            f"<header><h1>{e(title)}</h1><p>{counted(len(evs), 'event')} · "
            f"{counted(sum(len(x['sources']) for x in evs), 'source')}"
            + (f" · languages: {e(', '.join(langs))}" if langs else "")
            + "</p>"
            + (
                f"<p>Key dates, best first (score): {e(_key_dates_line(key_dates))}</p>"
                if key_dates is not None
                else ""
            )
            + "</header>"
        ),
        '<main><div class="line"></div>',
    ]
    if not evs:
        # as the Markdown says: an empty page reads as one that failed to render
        parts.append("<p>No events.</p>")
    stories = _story_ids(events)
    shown_day = None
    for ev, story_id in zip(evs, stories, strict=True):
        cls = "ev flagged" if ev["flags"] else "ev"
        ev_langs = sorted({s["lang"] or "?" for s in ev["sources"]})
        # A day's date is shown by its first event only (the Markdown's one
        # heading per day); the later ones keep it for screen readers.
        when = _when(ev)
        day = (
            f'<div class="when">{e(when)}</div>'
            if when != shown_day
            else f'<div class="when" aria-label="{e(when)}"></div>'
        )
        shown_day = when
        parts.append(f'<section class="{cls}">{day}<div class="dot"></div>')
        parts.append('<div class="card">')
        parts.append(f'<div class="text">{e(ev["text"])}</div>')
        badges = "".join(f'<span class="lang">{e(lg)}</span>' for lg in ev_langs)
        n = len(ev["sources"])
        # events of several stories: each says its story, as in the Markdown
        story = f' · story <span class="doc">{e(str(story_id))}</span>' if story_id else ""
        parts.append(f'<div class="meta">{badges} {counted(n, "source")}{story}</div>')
        for f in ev["flags"]:
            parts.append(
                f'<div class="flag"><b>{e(str(f.get("kind")))}</b>: {e(str(f.get("reason")))}</div>'
            )
        parts.append(f"<details{' open' if n <= 2 else ''}><summary>Sources and quotes</summary>")
        for s in ev["sources"]:
            lang_attr = f' lang="{e(s["lang"])}"' if s["lang"] else ""
            doc = (
                f' · <span class="doc" title="newsline show {e(str(s["doc_id"]))}">'
                f"doc {e(str(s['doc_id']))}</span>"
                if s["doc_id"]
                else ""
            )
            parts.append(
                f"<blockquote{lang_attr}>{e(s['quote'] or '')}"
                f"<cite>{e(str(s['source']))} · chars {e(str(s['start']))}–{e(str(s['end']))}"
                f"{doc}</cite>"
                "</blockquote>"
            )
        parts.append("</details></div></section>")
    parts.append("</main></body></html>")
    return "\n".join(parts)


def render_timeline(
    events: list[dict[str, Any]],
    fmt: str = "json",
    title: str = "Timeline",
    key_dates: list[dict[str, Any]] | None = None,
    story: dict[str, Any] | None = None,
) -> str:
    """Render events as ``json``, ``md`` or ``html``; raises ValueError on another format.

    ``key_dates``: the chosen key dates (``newsline timeline --top N``), listed
    before the events. ``story``: {id, title} of the one story shown (JSON
    names it; Markdown and HTML carry it in ``title``)."""
    if fmt == "json":
        return json.dumps(timeline_json(events, key_dates, story), ensure_ascii=False, indent=2)
    if fmt in ("md", "markdown"):
        return timeline_markdown(events, title, key_dates)
    if fmt == "html":
        return timeline_html(events, title, key_dates)
    raise ValueError(f"unknown timeline format {fmt!r}; choose one of {', '.join(FORMATS)}")


__all__ = [
    "FORMATS",
    "events_between",
    "md_inline",
    "overlaps_days",
    "render_timeline",
    "timeline_html",
    "timeline_json",
    "timeline_markdown",
]
