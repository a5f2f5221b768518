"""The ``dates`` pipeline stage: fills ``Document.dates`` for each document.

Languages come from each block's ``lang`` (set by the language stage), else
the document's ``lang``, else a cheap script/stop-word guess per line. The
publication date is ``Document.published`` (a ``<meta>`` value written for
readers, "05.11.2025", read here in the page's language over the
extractor's guess: ``meta["published_from_meta_words"]``), else the first full date of a
publish-stamp block (label ``dateline``/``metadata``), else the day the
file's path names (``meta["date_from_path"]``, then recorded as
``meta["published_from_path"]``), else the day its URL's path names
(``meta["published_from_url"]``); for a repost with none of these, the
day its note says the text first ran (``meta["published_from_first_run"]``).
Explicit years of kept blocks stand in
for an unknown publication year.

It must never drop a document, raise for one bad document, or fill a date
from today's clock.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import replace

from ..days import days_between
from ..model import (
    AUTHOR_BIO_REASON,
    KEPT_LABELS,
    REPUBLISHED_NOTE_REASON,
    REPUBLISHED_SOURCE_REASON,
    DateMention,
    Document,
)
from ..pipeline import Stage
from ..settings import DateSettings
from .engine import (
    ERA_KINDS,
    GLOSSED_DAY_TOLERANCE_DAYS,
    GLOSSED_DEICTIC_SHIFT,
    find_dates,
    lang_segments,
    resolve_dates,
    resolve_found,
)

STAMP_LABELS = frozenset({"dateline", "metadata", "byline"})


# how many days a page's <meta> publish time may come after the day its own
# stamp shows (time zones, a late-night post, an edit saved as published)
META_AFTER_STAMP_DAYS = 7


def _url_day(url: str) -> str | None:
    """The day a URL's path names ("https://x.example/2024/08/17/slug",
    "/news/20240817-slug"), as YYYY-MM-DD; None when it names none. The host
    and the query are left out: a host holds no day, a query's "?date=" is a
    search's, not the page's."""
    from urllib.parse import urlsplit

    from ..readers.dates import date_from_path

    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    return date_from_path(path) if path else None


# a numeric day both of whose first numbers could be the month ("11/04/2025")
_EITHER_ORDER_DAY = re.compile(r"(?<!\d)(0?[1-9]|1[0-2])[/.-](0?[1-9]|1[0-2])[/.-]\d{2,4}(?!\d)")


def _meta_day_in_words(raw: object, lang: str | None, html_lang: object = None) -> str | None:
    """The one day a page's <meta> publish value states in a form written for
    readers ("05.11.2025", "11/04/2025 6:30 PM", "2025年11月18日 20:10"), read
    in the page's language as its visible stamps are (day or month first);
    None when the value is machine-readable (the reader read it), states no
    whole day, or states more than one. English reads such numbers month
    first, as the US writes them; a page declaring another English region
    ("en-GB", "en-AU") may write them day first, so "11/04/2025" there is
    no sure day either."""
    from ..readers.dates import to_iso

    if not isinstance(raw, str) or not raw.strip() or to_iso(raw) is not None:
        return None
    if (
        (lang or "en") == "en"
        and isinstance(html_lang, str)
        and html_lang.lower().replace("_", "-") not in ("en", "en-us")
        and (m := _EITHER_ORDER_DAY.search(raw))
        and int(m.group(1)) != int(m.group(2))
    ):
        return None
    days = {
        m.value
        for m in resolve_dates(raw, lang or "en", None)
        if m.granularity == "day" and not m.end_value and m.value[:4].isdigit()
    }
    return days.pop() if len(days) == 1 else None


def _latest_teaser_day(mentions, blocks, kept) -> str | None:
    """The latest full day written in the page's related-article teasers,
    when its kept text writes days with no year and no year at all (a page
    with no publish date); None otherwise. A teaser's day is that of an
    article listed beside this one, weeks from it at most; a bare year (a
    copyright line) is no such day."""
    in_kept = [m for m in mentions if kept is None or any(a <= m.start < e for a, e in kept)]
    if not any(m.value.startswith("--") for m in in_kept) or any(
        m.value[:4].isdigit() for m in in_kept
    ):
        return None
    teasers = [(b.start, b.end) for b in blocks if b.label == "related"]
    days = [
        m.value
        for m in mentions
        if m.granularity == "day"
        and m.kind in ("absolute", *ERA_KINDS)
        and len(m.value) == 10
        and m.value[:4].isdigit()
        and any(a <= m.start < e for a, e in teasers)
    ]
    return max(days) if days else None


def _in_year_nearest(m: DateMention, day: str) -> DateMention:
    """A year-less ``m`` ("--04-03", "--03") put in the year that sets it
    nearest ``day`` (a teaser's: "1月5日" beside a teaser of 30 December is
    the next January); ``m`` itself otherwise."""
    if not m.value.startswith("--"):
        return m
    ref = dt.date.fromisoformat(day)

    def nearest(value: str) -> str | None:
        month, dd = int(value[2:4]), int(value[5:7]) if len(value) == 7 else 15
        best = None
        for y in (ref.year - 1, ref.year, ref.year + 1):
            try:
                d = dt.date(y, month, dd)
            except ValueError:
                continue
            if best is None or abs((d - ref).days) < abs((best - ref).days):
                best = d
        if best is None:
            return None
        return best.isoformat() if len(value) == 7 else best.isoformat()[:7]

    value = nearest(m.value)
    if value is None:
        return m
    end = m.end_value
    if end and end.startswith("--"):
        end = nearest(end)
        if end is not None and end < value:  # a span across the new year
            end = str(int(end[:4]) + 1) + end[4:]
    return replace(
        m,
        value=value,
        end_value=end,
        anchor=f"{m.anchor + '; ' if m.anchor else ''}year of the related articles' day {day}",
    )


# how far from a wire dateline the days a page names with their weekday may
# lie and still tell its year: a story recounts its own weeks
WEEKDAY_YEAR_WINDOW_DAYS = 31
_DATELINE_AT = re.compile(r"dateline@(\d+):")


def _weekday_named_days(cands) -> list:
    """The single days, with no year, that a page names with their weekday
    ("el martes 7 de abril", "mardi 14 juillet")."""
    return [
        c
        for c in cands or ()
        if c.kind == "yearless"
        and c.extra.get("wd") is not None
        and c.m is not None
        and c.d is not None
        and not c.is_range
    ]


def _years_on_their_weekdays(named, base: int) -> list[int]:
    """The years, of the five around ``base``, in which every day of
    ``named`` (_weekday_named_days) falls on its weekday."""
    return [
        y
        for y in range(base - 2, base + 3)
        if all(_weekday_of(y, c.m, c.d) == c.extra["wd"] for c in named)
    ]


def _dateline_in_weekday_year(found, mentions, published: str) -> str | None:
    """The day of the page's wire dateline ("VIENTIANE, March 6 (Wire) -"),
    which writes no year, in the one year (of the five around the
    publication's) on which every day the page names with its weekday falls
    on that weekday ("el martes 7 de abril"); None when there is no such
    dateline or day, or not one such year, or those days lie weeks from the
    dateline (a story recounts its own days)."""
    at = next((int(m[1]) for dm in mentions if (m := _DATELINE_AT.match(dm.anchor or ""))), None)
    cands = found.cands or ()
    own = next((c for c in cands if c.start == at), None) if at is not None else None
    if own is None or own.kind != "yearless" or own.m is None or own.d is None or own.is_range:
        return None
    named = _weekday_named_days(cands)
    if not named or not published[:4].isdigit():
        return None
    years = _years_on_their_weekdays(named, int(published[:4]))
    if len(years) != 1 or _weekday_of(years[0], own.m, own.d) is None:
        return None
    day = dt.date(years[0], own.m, own.d)
    if all(
        abs((dt.date(years[0], c.m, c.d) - day).days) <= WEEKDAY_YEAR_WINDOW_DAYS for c in named
    ):
        return day.isoformat()
    return None


_DATELINE_DAY = re.compile(r"dateline@\d+:(\d{4}-\d{2}-\d{2})")


def _dateline_days_after(mentions, published: str) -> str | None:
    """The day of the page's wire dateline, read in the year nearest the
    publication's (the dates the page counts from it say which), when it
    comes more than a day and at most WEEKDAY_YEAR_WINDOW_DAYS after
    ``published``; else None (a dateline before the stamp is the usual
    order, one months after it no slip of a CMS)."""
    day = next((m[1] for dm in mentions if (m := _DATELINE_DAY.search(dm.anchor or ""))), None)
    if day is None:
        return None
    after = days_between(published, day)
    return day if 1 < after <= WEEKDAY_YEAR_WINDOW_DAYS else None


# How long after a wire dateline's day (which writes no year) a scraper may
# have fetched the page and still tell its year: a news scraper fetches a
# story within days; a later fetch (an archive's crawl) may be of any year.
FETCH_AFTER_DATELINE_MAX_DAYS = 31
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _leading_day(value: str | None) -> dt.date | None:
    """The day a stamp or fetch time opens with ("2024-09-30T08:00Z"); None
    when it opens with none, or with one off the calendar ("2024-09-31"): a
    scraper's bad value, not a reason to lose the page's dates."""
    m = _ISO_DAY.match(value or "")
    if m is None:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _dateline_day_before_fetch(found, fetched: str, kept) -> str | None:
    """The day of the wire dateline opening a page that has no publication
    date ("BANGKOK, 14 sep (Agencia). –"), in the year the page's fetch time
    gives: the latest such day on or before the fetch (a day's grace for time
    zones), at most FETCH_AFTER_DATELINE_MAX_DAYS before it. None when there is no such
    dateline in the article's text, or a day the page names with its weekday
    ("el martes 8 de septiembre") is off its weekday in that year."""
    fetch = _leading_day(fetched)
    if fetch is None:
        return None
    own = next(
        (
            c
            for c in found.cands or ()
            if c.extra.get("dateline")
            and c.kind == "yearless"
            and c.m is not None
            and c.d is not None
            and not c.is_range
            and (kept is None or any(a <= c.start < e for a, e in kept))
        ),
        None,
    )
    if own is None:
        return None
    day = None
    for y in (fetch.year, fetch.year - 1):
        if _weekday_of(y, own.m, own.d) is None:
            continue  # 29 February of a common year
        if dt.date(y, own.m, own.d) <= fetch + dt.timedelta(days=1):
            day = dt.date(y, own.m, own.d)
            break
    if day is None or (fetch - day).days > FETCH_AFTER_DATELINE_MAX_DAYS:
        return None
    for c in found.cands or ():
        if c.kind != "yearless" or c.extra.get("wd") is None or not (c.m and c.d) or c.is_range:
            continue
        # the day nearest the dateline's (a December day under a January
        # dateline is of the year before) must fall on its weekday
        near = [
            dt.date(y, c.m, c.d)
            for y in (day.year - 1, day.year, day.year + 1)
            if _weekday_of(y, c.m, c.d) is not None
        ]
        if not near or min(near, key=lambda x: abs((x - day).days)).weekday() != c.extra["wd"]:
            return None
    return day.isoformat()


# A page's weekday-named days that fall on their weekday only after its stamp
# (a year later, as read against the stamp): at least this many, agreeing on
# one year, before the stamp is taken as wrong (one could be a slip of the
# writer's), within WEEKDAY_YEAR_WINDOW_DAYS of one another.
WEEKDAY_DAYS_AFTER_STAMP_MIN = 2
_WEEKDAY_MISMATCH = "weekday mismatch"


def _weekday_days_after_stamp(found, mentions, published: str) -> str | None:
    """The latest of the days a page tells with their weekday ("mardi 14
    juillet", "lundi 20 juillet") when every such day falls on its weekday
    in one year only (of the five around the stamp), the stamp's, and in it at
    least WEEKDAY_DAYS_AFTER_STAMP_MIN of them lie after the stamp while,
    read against the stamp, they were put in another year (told as past, a
    day after the stamp went back a year and off its weekday): the page was
    written on or after those days, so the stamp is wrong. None otherwise."""
    if not published[:4].isdigit():
        return None
    named = _weekday_named_days(found.cands)
    if len(named) < WEEKDAY_DAYS_AFTER_STAMP_MIN:
        return None
    base = int(published[:4])
    if _years_on_their_weekdays(named, base) != [base]:
        # none, several, or another year than the stamp's: a stamp a year
        # off its text is its year's slip, flagged and kept (flags' weekday_year)
        return None
    days = [dt.date(base, c.m, c.d) for c in named]
    if (max(days) - min(days)).days > WEEKDAY_YEAR_WINDOW_DAYS:
        return None
    try:
        stamp = dt.date.fromisoformat(published[:10])
    except ValueError:
        return None
    off = {m.start for m in mentions if _WEEKDAY_MISMATCH in (m.anchor or "")}
    after = [
        day
        for c, day in zip(named, days, strict=True)
        if (c.start in off or c.tense == "past") and (day - stamp).days > GLOSSED_DAY_TOLERANCE_DAYS
    ]
    if len(after) < WEEKDAY_DAYS_AFTER_STAMP_MIN:
        return None
    return max(after).isoformat()


# How near the latest day a page names in full its stamp read with day and
# month swapped must come after it: the page reports that week's news.
SWAPPED_STAMP_WINDOW_DAYS = 7


def _stamp_read_again(published: str, fetched: str | None, reread) -> tuple | None:
    """(stamp, fetch, the stamp read again by ``reread``) as days, or None
    without both days or when ``reread`` makes no day of the stamp (a day
    over 12 read as a month, 29 February a year on)."""
    stamp, fetch = _leading_day(published), _leading_day(fetched)
    if stamp is None or fetch is None:
        return None
    try:
        return stamp, fetch, reread(stamp)
    except ValueError:
        return None


def _days_told(mentions, published: str, kinds: tuple[str, ...], kept=None, plans=True) -> list:
    """The single days of ``kinds`` the text names in full (in ``kept``
    spans when given; no day told as ahead when not ``plans``), less the
    stamp's own."""
    told = []
    for m in mentions:
        if m.kind not in kinds or m.granularity != "day" or m.end_value:
            continue
        if not plans and m.tense == "future":
            continue
        if kept is not None and not any(a <= m.start < z for a, z in kept):
            continue
        if (d := _ISO_DAY.fullmatch(m.value or "")) is None or m.value == published[:10]:
            continue
        told.append(dt.date(int(d[1]), int(d[2]), int(d[3])))
    return told


def _swapped_stamp_day(mentions, published: str, fetched: str | None) -> str | None:
    """The stamp read with its day and month swapped, when the stamp comes
    after the page was fetched (no page is published after it is fetched:
    the stamp is wrong) and its day can be a month: a CMS or template that
    wrote 11/09 as 9 November. The swapped day must fall on or before the
    fetch, and on or within SWAPPED_STAMP_WINDOW_DAYS after the latest day
    the text names in full up to it ("late on Tuesday, Sept. 8"). None
    otherwise."""
    days = _stamp_read_again(published, fetched, lambda d: dt.date(d.year, d.day, d.month))
    if days is None:
        return None
    stamp, fetch, swapped = days
    if swapped == stamp or (stamp - fetch).days <= 1 or swapped > fetch + dt.timedelta(days=1):
        return None
    told = [d for d in _days_told(mentions, published, ("absolute", "yearless")) if d <= swapped]
    if not told or (swapped - max(told)).days > SWAPPED_STAMP_WINDOW_DAYS:
        return None
    return swapped.isoformat()


# How near before the stamp's day a year on the days a page names in full
# with their year must lie, and how near after it the page's fetch: the page
# reports that week's news and was saved days later.
YEAR_BEHIND_WINDOW_DAYS = 7
YEAR_BEHIND_FETCH_DAYS = 31


def _year_behind_stamp_day(mentions, published: str, fetched: str | None, kept) -> str | None:
    """The stamp's day and month a year on, when its year is a template's or
    a CMS's slip a year behind the text: every day the page's kept text names
    in full with its year (not as a plan) lies in the week up to that day,
    a year after the stamp ("The line was opened on Oct. 12, 2026" under
    "October 16, 2025"), and the page was fetched on or within
    YEAR_BEHIND_FETCH_DAYS after it. Without a fetch, or with a day the
    text names near the stamp itself, the stamp stays (flagged). None
    otherwise."""
    days = _stamp_read_again(published, fetched, lambda d: dt.date(d.year + 1, d.month, d.day))
    if days is None:
        return None
    _, fetch, ahead = days
    if not 0 <= (fetch - ahead).days <= YEAR_BEHIND_FETCH_DAYS:
        return None
    told = _days_told(mentions, published, ("absolute",), kept, plans=False)
    if not told or not all(0 <= (ahead - day).days <= YEAR_BEHIND_WINDOW_DAYS for day in told):
        return None
    return ahead.isoformat()


def _glossed_day_words_day(text: str, mentions) -> str | None:
    """The day the page was written, as its day words glossed in brackets
    by their dates tell it ("Yesterday (June 8)": June 9), when every such
    word tells the same day; None when there is none or they disagree."""
    days = set()
    for m in mentions:
        shift = GLOSSED_DEICTIC_SHIFT.search(m.anchor or "")
        if (
            shift is None
            or m.granularity != "day"
            or m.end_value
            or m.kind in ("relative", "weekday", "impossible")
            or "(" not in text[m.start : m.end]
            and "（" not in text[m.start : m.end]
        ):
            continue
        try:
            day = dt.date.fromisoformat(m.value) - dt.timedelta(days=int(shift[1]))
        except ValueError:
            return None
        days.add(day.isoformat())
    return days.pop() if len(days) == 1 else None


def _weekday_of(y: int, m: int, d: int) -> int | None:
    try:
        return dt.date(y, m, d).weekday()
    except ValueError:  # 29 February of a common year
        return None


_CLOCK_RE = re.compile(r"(?<!\d)([01]?\d|2[0-3])\s*[:hH時시]\s*([0-5]\d)(?!\d)")
# the zones a clock may be off UTC: UTC-12 to UTC+14, in quarter hours
_ZONE_MIN, _ZONE_MAX, _ZONE_STEP = -12 * 60, 14 * 60, 15


def _stamp_local_time(published: str, m, spans: list[tuple[int, int]], text: str) -> str | None:
    """The meta instant ``published`` written in the page's own zone, when
    its visible stamp (day ``m`` and a clock "06:30" in the same span) shows
    that very instant on another day: "2025-03-31T23:30:00+00:00" beside
    "01/04/2025 06:30 (GMT+7)" is "2025-04-01T06:30:00+07:00". None when the
    days agree, the stamp has no clock, or no real zone (a whole quarter hour
    from UTC-12 to UTC+14) turns one into the other."""
    if len(published) < 16 or published[:10] == m.value[:10]:
        return None
    try:
        instant = dt.datetime.fromisoformat(published)
        day = dt.date.fromisoformat(m.value[:10])
    except ValueError:
        return None
    if instant.tzinfo is None:
        return None
    span = next(((a, e) for a, e in spans if a <= m.start < e), None)
    clock = _CLOCK_RE.search(text, span[0], span[1]) if span else None
    if clock is None:
        return None
    shown = dt.datetime.combine(day, dt.time(int(clock.group(1)), int(clock.group(2))))
    utc = instant.astimezone(dt.UTC).replace(tzinfo=None, second=0, microsecond=0)
    offset = (shown - utc).total_seconds() / 60
    if not (_ZONE_MIN <= offset <= _ZONE_MAX) or offset % _ZONE_STEP:
        return None
    zone = dt.timezone(dt.timedelta(minutes=offset))
    return instant.astimezone(zone).isoformat()


def _replace_stamp(doc: Document, rejected: str, day: str, source: str) -> None:
    """The page's stamp (or <meta> time) ``rejected`` contradicts its text:
    ``day``, which the text shows, is its publication day. The rejected value
    stays in ``meta`` (the flags stage reports it as a suspect date) beside
    ``meta[source]``, which says where the day came from."""
    doc.meta["published_meta_rejected"] = rejected
    doc.meta[source] = day
    doc.published = day


def _article_stamps(doc: Document, stamps: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``stamps`` without those above the headline with a line of the site's
    navigation (its menu, its name) between them and the headline, where a
    stamp stands under the headline: that is the day bar a site prints on
    every page ("Thứ Hai, 18/11/2024", "วันอังคารที่ 9 ธันวาคม พ.ศ. 2568"),
    today's date when the page was saved, not the article's."""
    title = next((b for b in doc.blocks if b.label == "title"), None)
    if title is None or not any(a >= title.end for a, _ in stamps):
        return stamps
    navs = [b for b in doc.blocks if b.label == "navigation" and b.end <= title.start]
    return [(a, e) for a, e in stamps if not (e <= title.start and any(b.start >= e for b in navs))]


def _full_day_in(mentions, spans: list[tuple[int, int]]):
    """The first full, single day written inside one of ``spans`` (a stamp,
    a repost's note): what a page's publish date is read from; None if none.
    Where that span writes several days, the earliest: a line that puts its
    update first ("Modifié le 5 mars · Publié le 3 mars") was still published
    on the earlier day, as an update never comes before the publication."""
    first, span = None, None
    for m in mentions:
        if (
            m.granularity == "day"
            and m.kind in ("absolute", *ERA_KINDS)
            and not m.end_value
            and (
                any(a <= m.start < e for a, e in spans)
                if span is None
                else span[0] <= m.start < span[1]
            )
        ):
            if first is None:
                first = m
                span = next((a, e) for a, e in spans if a <= m.start < e)
            elif m.value < first.value:
                first = m
    return first


# The events stage segments each kept block again (it splits sentences per
# segment), later in the same worker and batch: the segments of a text are
# kept here, keyed by the text and its language -- all that lang_segments
# reads -- so a block is segmented once. A block changed in between has
# another key and is segmented anew. Held up to a number of characters, then
# emptied (a batch's blocks fit many times over).
_SEGMENTS: dict[tuple[str, str | None], tuple[tuple[int, int, str], ...]] = {}
_SEGMENTS_MAX_CHARS = 2_000_000
_segments_held = 0


def _lang_segments(text: str, lang: str | None) -> tuple[tuple[int, int, str], ...]:
    """``lang_segments(text, lang)``, computed once per text and language."""
    global _segments_held
    key = (text, lang)
    got = _SEGMENTS.get(key)
    if got is None:
        got = tuple(lang_segments(text, lang))
        if _segments_held + len(text) > _SEGMENTS_MAX_CHARS:
            _SEGMENTS.clear()
            _segments_held = 0
        _SEGMENTS[key] = got
        _segments_held += len(text)
    return got


def doc_segments(doc: Document, limit: int) -> list[tuple[int, int, str]]:
    """(start, end, lang) runs: per block where blocks exist, else per line."""
    text = doc.text[:limit]
    if not doc.blocks:
        return list(_lang_segments(text, doc.lang))
    segs: list[tuple[int, int, str]] = []
    for b in sorted(doc.blocks, key=lambda b: b.start):
        if b.start >= limit:
            break
        end = min(b.end, limit)
        lg = b.lang or doc.lang
        for a, e, g in _lang_segments(text[b.start : end], lg):
            segs.append((b.start + a, b.start + e, g))
    return segs


class ResolveDates(Stage):
    name = "dates"
    parallel = True

    def __init__(self, settings: DateSettings | None = None):
        self.settings = settings or DateSettings()

    def __call__(self, docs: list[Document], stats: Counter[str]) -> list[Document]:
        for doc in docs:
            try:
                self.resolve_doc(doc, stats)
            except Exception as e:  # noqa: BLE001 - one bad page must not sink the batch
                stats["date_errors"] += 1
                from ..model import Flag

                doc.flags.append(
                    Flag(
                        kind="internal_error",
                        reason=f"date resolution failed: {type(e).__name__}: {e}",
                    )
                )
        return docs

    def resolve_doc(self, doc: Document, stats: Counter[str]) -> None:
        st = self.settings
        text = doc.text or ""
        segs = doc_segments(doc, st.max_chars)
        kept = (
            [(b.start, b.end) for b in doc.blocks if b.label in KEPT_LABELS] if doc.blocks else None
        )
        if (
            not doc.published or doc.published == doc.meta.get("published_from_extractor")
        ) and (
            day := _meta_day_in_words(
                doc.meta.get("published_raw"), doc.lang, doc.meta.get("html_lang")
            )
        ):
            # the page's <meta> states its day for readers, not machines: read
            # as its stamps are, it outranks the extractor's guess (which may
            # read the same "11/04/2025" the other way round)
            doc.published = day
            doc.meta["published_from_meta_words"] = day
            stats["published_from_meta_words"] += 1
        published = doc.published
        # no date of its own: the day its file's path names, else the day its
        # URL's path names ("/2024/08/17/slug": sites file articles by the
        # day they ran), a guess like the extractor's that a visible stamp
        # outranks
        path_day = url_day = None
        if not published:
            path_day = doc.meta.get("date_from_path")
            if not path_day and doc.url:
                path_day = url_day = _url_day(doc.url)
        if path_day:
            published = path_day
        stamps = [
            (b.start, b.end)
            for b in doc.blocks
            if b.label in STAMP_LABELS
            and not (b.reasons and b.reasons[0].startswith(AUTHOR_BIO_REASON))
        ]
        # the stamps a publish day is read from first: not a site's date bar
        # above its menu (all stamps where none under the headline has a day)
        own_stamps = _article_stamps(doc, stamps)
        # Scanned once: a publish stamp found below only changes the resolution.
        found = find_dates(text, doc.lang, st, segments=segs)
        mentions = resolve_found(found, published, context_spans=kept, dateline_spans=stamps)
        # The page's own visible stamp is its claimed publish date; it fills a
        # missing one and outranks the HTML extractor's guess (the reader's
        # <meta> publication time stays: the page states it explicitly,
        # unless it comes weeks after the stamp, below).
        guessed = published is not None and (
            published == doc.meta.get("published_from_extractor") or published == path_day
        )
        if (not published or guessed) and doc.blocks:
            m = _full_day_in(mentions, own_stamps) or _full_day_in(mentions, stamps)
            # unless the extractor (or the path) has the same day
            if m is not None and not (guessed and published[:10] == m.value):
                mentions = resolve_found(found, m.value, context_spans=kept, dateline_spans=stamps)
                # Keep where it came from, since stamps can contradict the
                # text (flagged later).
                doc.published = m.value
                doc.meta.setdefault("published_from_stamp", m.value)
        elif published and not guessed and doc.blocks and doc.meta.get("published_raw"):
            # the page's <meta> time weeks after the day its own stamp shows:
            # the day a CMS rendered or a crawler saved the page (a meta tag
            # filled at each request), not its publication; the stamp it
            # shows is the claim (an update comes after it, never before)
            m = _full_day_in(mentions, own_stamps) or _full_day_in(mentions, stamps)
            local = _stamp_local_time(published, m, stamps, text) if m is not None else None
            if local is not None:
                # the <meta> instant in another zone (UTC) than the page's own
                # stamp, which shows the same instant on the next (previous)
                # day: the page's local day is its publication day
                doc.meta["published_meta_zone"] = published
                doc.published = local
                if local[:10] != published[:10]:
                    mentions = resolve_found(
                        found, local, context_spans=kept, dateline_spans=stamps
                    )
                stats["published_meta_to_stamp_zone"] += 1
            elif m is not None and days_between(m.value, published) > META_AFTER_STAMP_DAYS:
                mentions = resolve_found(found, m.value, context_spans=kept, dateline_spans=stamps)
                _replace_stamp(doc, published, m.value, "published_from_stamp")
                stats["published_meta_after_stamp"] += 1
            elif (
                m is None
                and (filed := _dateline_in_weekday_year(found, mentions, published)) is not None
                and days_between(published, filed) > 1
            ):
                # the <meta> time comes before the day the story was filed,
                # its dateline's (the year its weekdays give): no page is
                # published before it is written, so the stamp is wrong
                # (flagged) and "on Friday" counts from the dateline's day
                mentions = resolve_found(found, filed, context_spans=kept, dateline_spans=stamps)
                _replace_stamp(doc, published, filed, "published_from_dateline")
                stats["published_meta_before_dateline"] += 1
            elif (m is None or m.value == published[:10]) and (
                filed := _dateline_days_after(mentions, published)
            ) is not None:
                # the <meta> time, and the stamp the page shows if any, come
                # days before the day its wire dateline says it was filed
                # ("VIENTIANE, Oct 15 (Wire) -"): a CMS kept its first
                # version's stamp on a story written later; no page is
                # published before it is filed, so the stamp is wrong (flagged)
                mentions = resolve_found(found, filed, context_spans=kept, dateline_spans=stamps)
                _replace_stamp(doc, published, filed, "published_from_dateline")
                stats["published_stamp_before_dateline"] += 1
            elif (day := _glossed_day_words_day(text, mentions)) is not None and (
                abs(days_between(published, day)) > GLOSSED_DAY_TOLERANCE_DAYS
            ):
                # "Yesterday (June 8)", "hôm qua (4/6)": the text names the
                # day it was written, to the day; a stamp days or weeks off
                # it is wrong (flagged), and the text's own day is taken
                mentions = resolve_found(found, day, context_spans=kept, dateline_spans=stamps)
                _replace_stamp(doc, published, day, "published_from_glossed_day")
                stats["published_meta_off_glossed_day"] += 1
        if (
            doc.published
            and doc.fetched
            and "published_meta_rejected" not in doc.meta
            and (day := _swapped_stamp_day(mentions, doc.published, doc.fetched)) is not None
        ):
            # "9 November" on a page fetched on 15 September that tells of
            # "Tuesday, Sept. 8": the stamp's 11/09 read the wrong way round;
            # "on Friday" counts from the 11th (the stamp is flagged)
            mentions = resolve_found(found, day, context_spans=kept, dateline_spans=stamps)
            _replace_stamp(doc, doc.published, day, "published_from_swapped_stamp")
            stats["published_from_swapped_stamp"] += 1
        if (
            doc.published
            and doc.fetched
            and "published_meta_rejected" not in doc.meta
            and (day := _year_behind_stamp_day(mentions, doc.published, doc.fetched, kept))
            is not None
        ):
            # "October 16, 2025" over "The line was opened on Oct. 12, 2026",
            # fetched on 20 October 2026: the stamp's year is a year behind;
            # "on Thursday" counts from 16 October 2026 (the stamp is flagged)
            mentions = resolve_found(found, day, context_spans=kept, dateline_spans=stamps)
            _replace_stamp(doc, doc.published, day, "published_from_year_behind_stamp")
            stats["published_from_year_behind_stamp"] += 1
        if (
            doc.published
            and doc.blocks
            and "published_meta_rejected" not in doc.meta
            and (day := _weekday_days_after_stamp(found, mentions, doc.published)) is not None
        ):
            # "se sont réunis ce lundi 20 juillet", "confirmé mardi 14
            # juillet" under a stamp of 20 June: those days fall on their
            # weekdays only a month after the stamp, and the text tells them
            # as past; the page was written on or after the latest, which is
            # taken (the stamp is flagged) and its other dates count from it
            mentions = resolve_found(found, day, context_spans=kept, dateline_spans=stamps)
            _replace_stamp(doc, doc.published, day, "published_from_weekday_days")
            stats["published_before_weekday_days"] += 1
        first_ran = (
            [
                (b.start, b.end)
                for b in doc.blocks
                if b.label == "attribution"
                and b.reasons
                and b.reasons[0].startswith((REPUBLISHED_NOTE_REASON, REPUBLISHED_SOURCE_REASON))
            ]
            if doc.blocks
            else []
        )
        m = _full_day_in(mentions, first_ran) if first_ran else None
        if m is not None and not published and not doc.published:
            # a repost with no date of its own: its text was written on the
            # day its note says it first ran ("Originally published at X on
            # 3 March 2024"), which its relative dates count from
            mentions = resolve_found(found, m.value, context_spans=kept, dateline_spans=stamps)
            doc.published = m.value
            doc.meta["published_from_first_run"] = m.value
            stats["published_from_first_run"] += 1
        elif m is not None and doc.published and m.value < doc.published[:10]:
            # a syndicated copy stamped days after the original: its text was
            # still written on the day the note names ("This article was
            # first published by X on December 11"), so "yesterday" is the
            # 10th, not the day before the copy's stamp. The copy keeps its
            # own publish date.
            mentions = resolve_found(found, m.value, context_spans=kept, dateline_spans=stamps)
            doc.meta["written_on_first_run"] = m.value
            stats["dates_from_first_run"] += 1
        if path_day and not doc.published:
            doc.published = path_day
            if url_day:
                doc.meta["published_from_url"] = url_day
                stats["published_from_url"] += 1
            else:
                doc.meta["published_from_path"] = path_day
                stats["published_from_path"] += 1
        if not doc.published and doc.fetched:
            day = _dateline_day_before_fetch(found, doc.fetched, kept)
            if day is not None:
                # no date of its own, a wire dateline with no year, a known
                # fetch: the day the story was filed, in the fetch's year, is
                # its publication day, which "este lunes" counts from
                mentions = resolve_found(found, day, context_spans=kept, dateline_spans=stamps)
                doc.published = day
                doc.meta["published_from_dateline"] = day
                stats["published_from_dateline_and_fetch"] += 1
        if not doc.published and doc.blocks:
            # no date of its own and no year in its text ("4月3日发布", "on
            # March 10"): its related-article teasers, listed beside it when
            # it ran, tell the year its days fall in
            day = _latest_teaser_day(mentions, doc.blocks, kept)
            if day is not None:
                mentions = [_in_year_nearest(m, day) for m in mentions]
                doc.meta["year_from_teasers"] = day
                stats["dates_year_from_teasers"] += 1
                # its stamp line writes its day with no year ("09/03 14:20"):
                # in the teasers' year, that is the page's publication day,
                # which its relative dates count from
                m = next(
                    (
                        x
                        for x in mentions
                        if x.kind == "yearless"
                        and x.granularity == "day"
                        and not x.end_value
                        and len(x.value) == 10
                        and x.value[:4].isdigit()
                        and any(a <= x.start < e for a, e in stamps)
                    ),
                    None,
                )
                if m is not None:
                    found_mentions = resolve_found(
                        found, m.value, context_spans=kept, dateline_spans=stamps
                    )
                    mentions = [_in_year_nearest(x, day) for x in found_mentions]
                    doc.published = m.value
                    doc.meta["published_from_stamp"] = m.value
                    stats["published_from_yearless_stamp"] += 1
        doc.dates = mentions
        stats["date_mentions"] += len(mentions)
        for m in mentions:
            stats[f"dates_{m.kind}"] += 1
