"""The document model every stage reads and writes.

A :class:`Document` keeps its decoded original text exactly (``text``). Every
annotation added later -- blocks, labels, languages, flags, dates, events,
quotes -- points into that text by character offsets ``[start, end)``, so
nothing is copied or lost and every quote can be shown in context.

For HTML input ``text`` is the page's full visible text (every text node,
chrome included, one block element per line) and ``html`` keeps the decoded
markup; offsets always refer to ``text``.

This module must never import a stage, the store, the CLI or an executor.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import asdict, dataclass, field
from collections.abc import Iterable
from typing import Any

# Block labels. "body" and "title" are kept in the cleaned text; everything
# else is set aside (but stored, with reasons).
BLOCK_LABELS = (
    "body",
    "title",
    "byline",
    "caption",
    "dateline",
    "attribution",
    "navigation",
    "related",
    "footer",
    "spam",
    "metadata",
    "foreign",
)
KEPT_LABELS = frozenset({"body", "title"})
# How the cleaner's reason for an author's bio or credit starts (labelled
# byline: it names the author). A date in it ("joined the paper on 3 March
# 2015") is not the page's publish stamp.
AUTHOR_BIO_REASON = "author bio"
# How the cleaner's reason for a repost's note naming where the text first
# ran starts ("Originally published at <outlet> on <date>"): with no publish
# date of its own, the page's text is dated by that day.
REPUBLISHED_NOTE_REASON = "note naming where the text first ran"
# ... and how its reason for a note naming the article's source in a whole
# phrase starts ("This article was first published by <outlet> on <date>").
REPUBLISHED_SOURCE_REASON = "note naming where the text comes from"
# How the cleaner's reason for a person's name alone on its line (labelled
# byline by its place next to the article) starts.
NAME_ONLY_REASON = "name-only line"
# How the cleaner's reason for the writers' names in capitals closing an
# article starts ("NGỌC TRÂM - THANH LONG"): a byline, its names read in
# title case.
CAPS_SIGNOFF_REASON = "the writers' names in capitals closing the article"
# How the cleaner's reason for a line of credits side by side starts
# ("Penulis: … | Editor: …", "来源：… | 记者 …"): a writer's field in it names
# the author.
CREDIT_FIELDS_REASON = "credit fields side by side"
# How the cleaner's reason for "Place - Writer" under an Arabic or Hebrew
# headline starts ("دبي - أحمد العلي"): the part after the dash is the author.
PLACE_WRITER_REASON = "place and the writer's name"
# How the cleaner's reason for a caption that ends with a photo credit
# starts: a writer's field at its head ("文/张伟 图/李娜") names the author.
CAPTION_CREDIT_REASON = "ends with a credit"


@dataclass(slots=True)
class Block:
    """A span of ``Document.text`` with a label and the reasons for it."""

    start: int
    end: int
    label: str = "body"
    lang: str | None = None
    reasons: list[str] = field(default_factory=list)

    def text_of(self, doc: Document) -> str:
        return doc.text[self.start : self.end]


@dataclass(slots=True)
class Flag:
    """Something a person should know about a document or one of its spans.

    ``kind`` is a short machine name (``spam``, ``foreign_block``,
    ``content_farm``, ``machine_translation``, ``suspect_date``,
    ``limit_exceeded`` ...); ``reason`` is a sentence a person understands;
    ``start``/``end`` optionally point at the span concerned; ``data`` holds
    anything else (scores, the conflicting values ...).
    """

    kind: str
    reason: str
    start: int | None = None
    end: int | None = None
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class DateMention:
    """A date expression found in the text, resolved as far as possible.

    ``value`` uses ISO-like partial forms: ``YYYY``, ``YYYY-MM``,
    ``YYYY-MM-DD``, ``--MM-DD`` (year unknown) or ``--MM``; ``end_value`` is
    set for ranges. ``kind`` says how it was read (absolute, yearless,
    relative, range, buddhist_era, roc_era ...). ``tense`` is "future" when
    the date's clause tells what will happen ("Elle affrontera la Thaïlande
    samedi"), else None.
    """

    start: int
    end: int
    value: str
    end_value: str | None = None
    granularity: str = "day"
    kind: str = "absolute"
    anchor: str | None = None
    tense: str | None = None


@dataclass(slots=True)
class EventMention:
    """A sentence of one document that states something happening at a date."""

    start: int  # sentence offsets into Document.text
    end: int
    date: str
    end_date: str | None = None
    granularity: str = "day"
    lang: str | None = None
    anchors: list[str] = field(default_factory=list)
    date_start: int | None = None
    date_end: int | None = None


@dataclass(slots=True)
class Document:
    id: str
    source: str
    text: str
    encoding: str = "utf-8"
    html: str | None = None
    record_id: str | None = None  # WARC-Record-ID
    offset: int | None = None  # byte offset of the WARC record / JSONL line number
    url: str | None = None
    fetched: str | None = None
    published: str | None = None
    title: str | None = None
    author: str | None = None
    sitename: str | None = None
    lang: str | None = None
    blocks: list[Block] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    # Ids an earlier version of its reader gave this document: a run finding
    # one of them stored skips the document as already stored (a resumed run
    # over a database that version wrote must not store it again). Not stored.
    former_ids: list[str] = field(default_factory=list, compare=False, repr=False)

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    def clean_text(self) -> str:
        """The cleaned body: kept blocks joined by blank lines (full text if unblocked)."""
        if not self.blocks:
            return self.text
        return "\n\n".join(
            self.text[b.start : b.end] for b in self.blocks if b.label in KEPT_LABELS
        )

    def kept_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.label in KEPT_LABELS]

    @property
    def lang_variety(self) -> str | None:
        """The variety of the page's language langid noted beside ``lang``
        ("yue": written Cantonese, whose ``lang`` stays "zh"), or None."""
        return self.meta.get("lang_variety")

    def block_variety(self, block: Block) -> str | None:
        """The variety "yue" when langid noted ``block`` as written Cantonese
        (``meta["yue_blocks"]``), else None."""
        yue = self.meta.get("yue_blocks") or ()
        return "yue" if any((a, z) == (block.start, block.end) for a, z in yue) else None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        d = dict(d)
        d["blocks"] = [Block(**b) for b in d.get("blocks") or []]
        d["flags"] = [Flag(**f) for f in d.get("flags") or []]
        d["dates"] = [DateMention(**x) for x in d.get("dates") or []]
        d["events"] = [EventMention(**x) for x in d.get("events") or []]
        return cls(**d)


def filter_codes(values: str | Iterable[str] | None) -> frozenset[str]:
    """The language codes (or flag kinds) a filter names: "vi,th", ["vi", "th"]
    and ["vi,th"] are two, "vi" alone one; stored in lower case, so "VI" is
    "vi". One reading for every command and the web app's search."""
    if isinstance(values, str):
        values = [values]
    return frozenset(
        v.strip().lower() for value in values or () for v in value.split(",") if v.strip()
    )


def lang_with_variety(lang: str | None, variety: str | None) -> str:
    """A language with the variety noted beside it, as listings show it:
    "zh/yue" for written Cantonese, "zh" for standard Chinese, "" for none."""
    return f"{lang}/{variety}" if lang and variety else lang or ""


# the varieties langid notes beside a language (Document.lang_variety), named for a reader
VARIETY_NAMES = {"yue": "written Cantonese"}


def variety_note(variety: str | None) -> str:
    """The words "written Cantonese (yue)" for a noted variety, "" for none."""
    if not variety:
        return ""
    name = VARIETY_NAMES.get(variety)
    return f"{name} ({variety})" if name else variety


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def make_doc_id(source_key: str, text: str) -> str:
    """Stable id from where a page came from and what it says.

    The same page re-ingested from the same place gets the same id (a no-op);
    the same text from another site is another document, linked later as an
    exact duplicate rather than silently merged.
    """
    h = hashlib.sha256()
    h.update(source_key.encode("utf-8", "surrogatepass"))
    h.update(b"\0")
    h.update(content_hash(text).encode())
    return h.hexdigest()[:16]


# What a document read from standard input is named after: every page piped
# in shares it, so it names no page in particular.
STDIN_NAME = "<stdin>"


def page_names(url: str | None, source: str | None) -> tuple[str, ...]:
    """The names a page read again is found under, URL first: its URL and
    its source (a path, ``archive#member``); text piped in on standard input
    shares no name with anything. One rule for every place that asks "is
    this a version of a stored page?" (the run's count of changed pages,
    the document page, search, the timeline's latest version)."""
    return tuple(n for n in (url, source) if n and not n.startswith(STDIN_NAME))


def printable_path(path: str) -> str:
    """``path`` as a name that can be printed and stored.

    A file name that is not UTF-8 (an archive unpacked with Latin-1 or cp437
    names) reaches Python with its stray bytes as lone surrogates, which no
    terminal, SQLite or JSON accepts; they are written ``\\xNN`` instead. Open
    the file with the path itself, never with this name.
    """
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")


@dataclass(slots=True)
class PassedOver:
    """Records of one input that were rightly not read as documents (a crawl's
    redirects, errors, images, requests...), counted by reason.

    Not a problem and not a document: a reader yields at most one, after the
    input's last document, so that a run can say what a file held besides its
    pages. Keys are ``"what:which"`` (``"redirect:301"``, ``"not HTML:image/jpeg"``,
    ``"record:request"``)."""

    source: str
    counts: dict[str, int]


@dataclass(slots=True)
class ReadError:
    """An input that could not be read; counted, stored, never raised."""

    source: str
    reason: str
    detail: str = ""
