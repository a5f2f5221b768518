"""Key dates of a story: which days matter, and the sentences that tell them.

A day scores by the number of distinct articles that mention it (every form
the resolver reads: full, year-less, relative), an article published after
it counting double: a date that other articles look back to is important
(the intuition of DATEWISE, Gholipour Ghalandari & Ifrim 2020). A day
mentioned ahead of it (a scheduled vote, a deadline) counts single, like an
article's own day: an announcement is not yet an event, and many are never
looked back to.
A mention whose surrounding words were already counted in another article
-- a site banner or teaser repeated on every page, a copied paragraph --
adds nothing, even where a relative word in it ("tomorrow's paper", "this
Wednesday") was read as another day on each page. The top ``n`` days inside the time span are the
key dates; ties go to the earlier day.

Works on what the store holds (each document's publication day and resolved
date mentions with offsets into its text); no model, nothing downloaded.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

_NON_WORD = re.compile(r"\W+", re.UNICODE)
_TOKEN = re.compile(r"\w+", re.UNICODE)
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# words each side of a mention that identify the passage it sits in
CONTEXT_CHARS = 80
# News is written after the fact: the day that set a story off is often
# before its first article (a day or two; a weekly's a week), so the default
# span reaches back this far. Days after the last article are plans and
# deadlines, not yet events, and stay out.
LOOKBACK_DAYS = 7


@dataclass(frozen=True, slots=True)
class DocDays:
    """One document as date selection sees it: its publication day (or None),
    its language and the days it mentions, each with the key of the passage
    around the mention (see :func:`passage_key`)."""

    doc_id: str
    published: str | None
    lang: str | None
    mentions: tuple[tuple[str, str], ...]


def passage_key(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> str:
    """The words around a mention, lower case: a passage repeated verbatim in
    another article (a site's banner, a teaser block, a copied paragraph)
    gives the same key."""
    return _NON_WORD.sub(" ", text[max(0, start - width) : end + width].lower()).strip()


def _day(value: Any) -> str | None:
    """``YYYY-MM-DD`` from a stored value (a timestamp keeps its day), else None."""
    s = str(value or "")[:10]
    if not _DAY.fullmatch(s):
        return None
    try:
        dt.date.fromisoformat(s)
    except ValueError:
        return None
    return s


def day_mentions(text: str, dates: Iterable[Any]) -> tuple[tuple[str, str], ...]:
    """(day, passage key) for each resolved full-day mention of ``text``.

    ``dates`` holds :class:`~newsline.model.DateMention` objects or rows with
    the same fields (``value``, ``granularity``, ``start``, ``end``); months,
    years and year-less days are not days of a timeline."""
    out = []
    for m in dates:
        get = m.get if isinstance(m, dict) else lambda k, m=m: getattr(m, k, None)
        value = str(get("value") or "")
        if get("granularity") != "day" or len(value) != 10 or _day(value) is None:
            continue
        start, end = get("start"), get("end")
        if not isinstance(start, int) or not isinstance(end, int):
            continue
        out.append((value, passage_key(text, start, end)))
    return tuple(out)


def day_scores(docs: Iterable[DocDays]) -> Counter[str]:
    """Each day's score: +2 per article that mentions it and was published
    after it (+1 from an article of that day or before it, or with no known
    publication day); a passage already counted in an earlier article (in
    the given order) adds nothing, whatever day it was read as there."""
    score: Counter[str] = Counter()
    # passages, whatever day they were read as: a banner or teaser with a
    # relative word ("read tomorrow's paper first", "this Wednesday's news")
    # is read as a different day on each page, yet is one repeated passage
    seen: set[str] = set()
    for d in docs:
        pub = _day(d.published)
        fresh = {v for v, key in d.mentions if key not in seen}
        seen.update(key for _, key in d.mentions)
        for v in fresh:
            score[v] += 2 if pub is not None and v < pub else 1
    return score


def publication_span(
    docs: Iterable[DocDays], lookback_days: int = LOOKBACK_DAYS
) -> tuple[dt.date, dt.date] | None:
    """``lookback_days`` before the first publication day of ``docs`` to the
    last one; None when no publication day is known."""
    pubs = [dt.date.fromisoformat(p) for p in (_day(d.published) for d in docs) if p]
    if not pubs:
        return None
    return min(pubs) - dt.timedelta(days=lookback_days), max(pubs)


def key_dates(
    docs: Sequence[DocDays],
    n: int,
    span: tuple[dt.date, dt.date] | None = None,
    *,
    within: tuple[dt.date | None, dt.date | None] | None = None,
) -> list[tuple[str, int]]:
    """The ``n`` key days of ``docs`` as (day, score), best first.

    ``span`` (first, last day): articles published outside it are not read
    and days outside it are not chosen. None: the articles' publication span,
    reaching :data:`LOOKBACK_DAYS` before the first (no limit when no article
    has a publication day). ``within`` (first, last day, either None: open)
    only narrows the days chosen, every article still counting: an article
    published after the window that looks back into it still scores there."""
    if n <= 0:
        return []
    if span is not None:
        docs = [
            d
            for d in docs
            if (p := _day(d.published)) is None or span[0] <= dt.date.fromisoformat(p) <= span[1]
        ]
    else:
        span = publication_span(docs)
    score = day_scores(docs)
    lo, hi = within or (None, None)
    cand = [
        d
        for d in score
        if (span is None or span[0] <= dt.date.fromisoformat(d) <= span[1])
        and (lo is None or lo <= dt.date.fromisoformat(d))
        and (hi is None or dt.date.fromisoformat(d) <= hi)
    ]
    cand.sort(key=lambda d: (-score[d], d))
    return [(d, score[d]) for d in cand[:n]]


def central_sentences(sents: Sequence[str], k: int) -> list[str]:
    """The k most central sentences of a day: those sharing the most words
    (longer than 3 characters) with the day's other sentences, per square
    root of their own word count; repeats and fragments are left out first."""
    uniq = []
    seen = set()
    for s in sents:
        s1 = " ".join(s.split())
        if 30 <= len(s1) <= 400 and s1.lower() not in seen:
            seen.add(s1.lower())
            uniq.append(s1)
    if not uniq:
        uniq = [" ".join(s.split()) for s in sents[:k]]
    bags = [Counter(t.lower() for t in _TOKEN.findall(s) if len(t) > 3) for s in uniq]
    total: Counter[str] = Counter()
    for b in bags:
        total.update(set(b))
    scores = [sum(total[w] - 1 for w in b) / (len(b) ** 0.5) if b else 0.0 for b in bags]
    order = sorted(range(len(uniq)), key=lambda i: -scores[i])
    return [uniq[i] for i in order[:k]]


def docs_from_rows(rows: Iterable[dict[str, Any]]) -> list[DocDays]:
    """:class:`DocDays` from the store's ``date_mentions()`` rows, in order."""
    return [
        DocDays(
            str(r.get("id")),
            _day(r.get("published")),
            r.get("lang"),
            day_mentions(str(r.get("text") or ""), r.get("dates") or ()),
        )
        for r in rows
    ]


def _with_event_days(docs: Sequence[DocDays], events: Sequence[dict[str, Any]]) -> list[DocDays]:
    """``docs``, each also mentioning the day of every merged event it is a
    source of: an article that tells a happening a day off from the others
    (a date conflict: "31/1" beside "early on Sunday" the 1st) or as a span
    ("the night of Saturday to Sunday") speaks of that happening's day. Split
    over two days, the arrest four articles told ranked below days three
    told. The mention's passage is the quoted sentence, so a sentence copied
    across articles still counts once."""
    extra: dict[str, set[tuple[str, str]]] = {}
    for e in events:
        day = _day(e.get("date"))
        if day is None or e.get("granularity", "day") != "day":
            continue
        for src in e.get("sources") or ():
            key = "event " + _NON_WORD.sub(" ", str(src.get("quote") or "").lower()).strip()
            extra.setdefault(str(src.get("doc_id")), set()).add((day, key))
    if not extra:
        return list(docs)
    return [
        DocDays(d.doc_id, d.published, d.lang, d.mentions + tuple(sorted(extra.get(d.doc_id, ()))))
        for d in docs
    ]


def key_date_events(
    events: Sequence[dict[str, Any]],
    docs: Sequence[DocDays],
    n: int,
    span: tuple[dt.date, dt.date] | None = None,
    *,
    within: tuple[dt.date | None, dt.date | None] | None = None,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The ``n`` key dates of ``docs`` and the merged events told on them.

    Returns (key dates, events): each key date as {date, score, events: how
    many merged events it has}, best first; the events are those dated on a
    key day (a range starting on it too), the best-attested (most sources)
    first within a day. A key day may have no event: the documents mention it
    but no sentence was read as an event on it."""
    chosen = key_dates(_with_event_days(docs, events), n, span, within=within)
    by_day: dict[str, list[dict[str, Any]]] = {d: [] for d, _ in chosen}
    for e in events:
        day = str(e.get("date") or "")
        if day in by_day:
            by_day[day].append(e)
    kept = []
    for d, _ in chosen:
        by_day[d].sort(key=lambda e: -len(e.get("sources") or ()))
        kept.extend(by_day[d])
    return [{"date": d, "score": s, "events": len(by_day[d])} for d, s in chosen], kept


__all__ = [
    "LOOKBACK_DAYS",
    "DocDays",
    "central_sentences",
    "day_mentions",
    "day_scores",
    "docs_from_rows",
    "key_date_events",
    "key_dates",
    "passage_key",
    "publication_span",
]
