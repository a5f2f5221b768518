"""JSON Lines: one document per line.

Fields read from each line's object (all optional except one of text/html);
each has the names other tools write it under (news-please's ``maintext``
and ``date_publish``, RedPajama's ``raw_content``, scrapers' ``content``),
the first present one wins and ``meta["fields"]`` records which were used:

* ``text``      -- the document text, kept exactly (lone surrogates from JSON
                   escapes become U+FFFD, flagged, so offsets do not move), or
                   a list of paragraph strings, joined one per line;
                   also ``maintext``, ``content``, ``body``, ``article``,
                   ``raw_content``, ``full_text``, ``articleBody``, … (a
                   teaser-only record, ``summary`` / ``description``, is none);
* ``html``      -- markup; when present the document is read as an HTML page
                   (``text`` then comes from the markup, and a given ``text``
                   is kept in ``meta["input_text"]``); also ``raw_html``; a
                   text field that holds a whole page (doctype, ``<html>`` or
                   ``<head>`` first: Scrapy's ``body``) is markup too;
* ``url``       -- becomes ``Document.url`` and ``source``, and keys the id;
                   also ``source_url``, ``link``;
* ``id``        -- kept in ``meta["input_id"]``; with no ``url`` it keys the
                   document's id (with its text), so the same record read from
                   a copy of the file, or from lines in another order, is the
                   same document; without either, ``path:line`` keys it;
* ``published`` -- ISO 8601, RFC 2822 or Unix time -> ``Document.published``;
                   also ``date_publish``, ``published_at``, ``publish_date``,
                   ``datePublished``, ``date``;
* ``title``     -- ``Document.title``; also ``headline``;
* ``author``    -- ``Document.author`` (else an html field's byline); also
                   ``authors``, ``byline``; a list of names (or of
                   ``{"name": ...}`` persons) is joined by "; ";
* ``fetched``   -- when the page was scraped -> ``Document.fetched``; also
                   ``date_download`` (news-please), ``scraped_at``,
                   ``crawled_at``, ``crawl.loadedTime`` (Apify), ….

Each field also goes by its common names in the project's languages
(``titre``, ``contenido``, ``Datum``, ``tiêu đề``, ``标题``, ``วันที่``, …).
Names are compared without case, spaces, ``_`` or ``-`` (``pubdate``,
``PubDate``, ``pub_date``); a field other than the text missing at the top
is looked for in a nested ``meta`` / ``metadata`` object; ``source`` is the
URL when it holds an absolute http(s) URL (else it names the outlet, and is
left alone).

A line newsline's own ``export`` wrote (a 16-hex ``id`` beside the export's
``blocks``, ``flags``, ``duplicate_of`` and ``story_id``) is the stored
document it came from: it keeps that id and its ``source``, and its text is
``original_text`` when exported, else ``text`` (the cleaned body), else its
blocks' text -- so re-feeding an export to the database it came from adds
nothing ("already stored"), and a body wholly set aside is not lost.

Other fields are ignored. Blank lines are passed over. A broken line
(invalid JSON, not an object, no text, longer than
``limits.max_jsonl_line_bytes``) is a ReadError naming ``path:line``; the
following lines are still read. A text or html field over
``limits.max_page_bytes`` is cut there and flagged ``limit_exceeded``, as a
page is. This module must never raise.
"""

from __future__ import annotations

import codecs
import html as html_lib
import io
import json
import re
from collections import Counter
from collections.abc import Iterator
from typing import BinaryIO

from ..model import Document, Flag, PassedOver, ReadError, make_doc_id
from ..settings import Settings
from .compressed import GZIP_STREAM_ERRORS, gzip_or_plain, gzip_trailing_garbage
from .dates import to_iso
from .decode import (
    _SURROGATE,
    BOM_CODEC,
    BOMS,
    BinaryContent,
    decode_bytes,
    point_flags_at,
    replace_lone_surrogates,
    utf16_without_bom,
)
from .html import markup_words, parse_html
from .warc import http_status_passed_over

# What a record reader says of bytes after a gzip stream's last member: the
# records before them are all read.
GARBAGE = "trailing garbage after gzip stream"


def read_jsonl(
    fh: BinaryIO, name: str, key_base: str, settings: Settings, gz: bool
) -> Iterator[Document | ReadError]:
    stream = unpacked = gzip_or_plain(fh, gz)
    # A line over the page size is still read whole (a JSON object cannot be
    # parsed cut) up to its own bound; the document's text is then cut at the
    # page size and flagged, as an HTML page's is, instead of the record lost.
    limit = max(settings.limits.max_jsonl_line_bytes, settings.limits.max_page_bytes)
    lineno = 0
    passed: Counter[str] = Counter()
    try:
        stream = _utf8_lines(stream)
        while True:
            line = stream.readline(limit + 1)
            if not line:
                break
            lineno += 1
            if len(line) > limit and not line.endswith(b"\n"):
                # A record is parsed whole: a streaming parse of a line this
                # long would still hold its text (cut at max_page_bytes only
                # after). It is passed over in bounded reads and measured, so
                # the error says how long it is.
                size = len(line)
                while True:
                    more = stream.readline(1 << 20)
                    size += len(more)
                    if not more or more.endswith(b"\n"):
                        break
                size -= more.endswith(b"\n")
                yield ReadError(
                    f"{name}:{lineno}",
                    f"line {lineno} is longer than limits.max_jsonl_line_bytes ({limit})",
                    f"line {lineno} of {name} is {size} bytes (UTF-8); the lines after it are read",
                )
                continue
            if not line.strip():
                continue
            item = _line(line, lineno, name, key_base, settings)
            if isinstance(item, str):
                passed[item] += 1
                continue
            if isinstance(stream, _Recoded) and isinstance(item, Document):
                item.encoding = stream.encoding  # the file's, not the recoded line's
            yield item
    except GZIP_STREAM_ERRORS as exc:
        what = (
            "truncated gzip stream" if isinstance(exc, EOFError) else f"corrupt gzip stream ({exc})"
        )
        yield ReadError(name, f"{what} after line {lineno}" if lineno else f"{what} before line 1")
        return
    if gzip_trailing_garbage(unpacked):
        yield ReadError(name, f"{GARBAGE} (after line {lineno}): not read")
    elif lineno == 0:
        yield ReadError(name, "empty file")
    if passed:
        yield PassedOver(name, dict(passed))


def read_json(
    fh: BinaryIO, name: str, key_base: str, settings: Settings, gz: bool
) -> Iterator[Document | ReadError]:
    """A ``.json`` file (or one that is not JSON Lines: a pretty-printed object,
    an array): one document per object of a top-level array, per object of a
    wrapper's list (``{"articles": [...]}``, or ``{"data": {"items": [...]}}`` up to
    three wrappers deep), or the one object itself. Each
    object is read as a JSON Lines record is; a problem names ``path#item``."""
    limit = max(settings.limits.max_jsonl_line_bytes, settings.limits.max_page_bytes)
    fh.seek(0)
    try:
        stream = gzip_or_plain(fh, gz)
        raw = stream.read(limit + 1)
    except GZIP_STREAM_ERRORS as exc:
        yield ReadError(name, f"corrupt gzip stream ({exc})")
        return
    lines = _looks_like_lines(raw)
    if len(raw) > limit or lines:
        # a JSON Lines file named .json (many tools write them so): read line by line
        fh.seek(0)
        if lines:
            yield from read_jsonl(fh, name, key_base, settings, gz)
            return
        yield ReadError(
            name,
            f"JSON file is larger than limits.max_jsonl_line_bytes ({limit}); "
            "a JSON document must be read whole: write it as JSON Lines",
        )
        return
    flags: list[Flag] = []
    try:
        decoded = decode_bytes(
            raw,
            sample_bytes=settings.read.detect_sample_bytes,
            control_share=settings.read.binary_control_share,
        )
    except BinaryContent as exc:
        yield ReadError(name, str(exc))
        return
    flags.extend(decoded.flags)
    try:
        obj = json.loads(decoded.text)
    except json.JSONDecodeError as exc:
        yield ReadError(name, f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")
        return
    except RecursionError:
        yield ReadError(name, "invalid JSON: nested too deeply")
        return
    items = _json_items(obj)
    if items is None:
        yield ReadError(
            name,
            f"JSON holds no document: {_json_type(obj)} with no text or html field "
            "and no list of such objects",
        )
        return
    passed: Counter[str] = Counter()
    for i, item in enumerate(items, 1):
        if not isinstance(item, dict):
            yield ReadError(f"{name}#{i}", f"item {i} is not a JSON object")
            continue
        got = _record(item, i, "item", name, key_base, settings, decoded.encoding, [*flags])
        if isinstance(got, str):
            passed[got] += 1
        else:
            yield got
    if gzip_trailing_garbage(stream):
        yield ReadError(name, f"{GARBAGE}: not read")
    if passed:
        yield PassedOver(name, dict(passed))


def _looks_like_lines(raw: bytes) -> bool:
    """True when the first two non-blank lines each hold a whole JSON object."""
    lines = [ln for ln in raw[: 1 << 20].split(b"\n", 3)[:3] if ln.strip()][:2]
    if len(lines) < 2:
        return False
    for line in lines:
        try:
            if not isinstance(json.loads(line), dict):
                return False
        except (ValueError, RecursionError):
            return False
    return True


# How deep wrappers are searched for the records: {"data": {"items": [...]}}
# is two levels; an API response rarely nests its list deeper.
JSON_WRAPPER_DEPTH = 3


def _json_items(obj: object, depth: int = 0) -> list | None:
    """The records a parsed JSON document holds, or None when it holds none."""
    if isinstance(obj, list):
        return obj
    if not isinstance(obj, dict):
        return None
    if _has_body(obj):
        return [obj]
    for value in obj.values():  # a wrapper: {"status": "ok", "articles": [{...}, ...]}
        # deeper down, only a list that holds a record (not a list of tags or authors)
        if (
            isinstance(value, list)
            and value
            and all(isinstance(v, dict) for v in value)
            and (not depth or any(_has_body(v) for v in value[:100]))
        ):
            return value
    for value in obj.values():  # one record wrapped: {"status": "ok", "data": {...}}
        if isinstance(value, dict) and _has_body(value):
            return [value]
    if depth < JSON_WRAPPER_DEPTH:  # a wrapper in a wrapper: {"data": {"items": [...]}}
        for value in obj.values():
            if isinstance(value, dict) and (got := _json_items(value, depth + 1)):
                return got
    return None


def pretty_json_start(head: bytes) -> bool:
    """True when a file's first non-blank line opens a JSON document written
    over several lines (``[`` or ``{`` alone, or an array): a pretty-printed
    .json saved as .jsonl. A JSON Lines record, even a broken one, holds more
    than a bracket on its first line and is no array of records."""
    first = head.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0].strip()
    return first in (b"[", b"{") or first.startswith(b"[") and first[1:].lstrip()[:1] in (b"{", b"")


class _Recoded:
    """``readline`` over a UTF-16/32 stream, giving UTF-8 bytes: JSON Lines saved
    by Windows tools (PowerShell's ``Out-File``) are UTF-16 with a byte-order
    mark, whose NUL bytes made the file "binary content"."""

    def __init__(self, stream: BinaryIO, encoding: str):
        self.encoding = encoding
        self.text = io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="")

    def readline(self, size: int = -1) -> bytes:
        # ``size`` counts characters here: a line is still bounded
        line = self.text.readline(size)
        return line.encode("utf-8", "surrogatepass")


def _utf8_lines(stream: BinaryIO) -> BinaryIO:
    """``stream``, or a UTF-8 view of it when it starts with a UTF-16/32 BOM,
    or is UTF-16 without one (NULs on every other byte of its first line)."""
    if hasattr(stream, "peek"):
        head = stream.peek(_UTF16_SNIFF)[:_UTF16_SNIFF]
    else:  # a spooled copy of stdin
        pos = stream.tell()
        head = stream.read(_UTF16_SNIFF)
        stream.seek(pos)
    for bom, enc in BOMS:
        if enc.startswith(("utf-16", "utf-32")) and head.startswith(bom):
            return _Recoded(stream, BOM_CODEC[enc])  # type: ignore[return-value]
    if utf16_json_lines(head):
        enc = utf16_without_bom(head[: len(head) & ~1])
        return _Recoded(stream, enc)  # type: ignore[arg-type, return-value]
    return stream


_UTF16_SNIFF = 64


def utf16_json_lines(head: bytes) -> bool:
    """Does ``head`` start JSON Lines written in UTF-16 without a BOM (an
    object's brace first, NULs on every other byte)?"""
    enc = utf16_without_bom(head[: len(head) & ~1])
    return enc is not None and head[: len(head) & ~1].decode(enc, "replace").lstrip().startswith(
        "{"
    )


# Names each field goes by in other tools' output, newsline's own first, then
# the common column names of the project's languages (fr, es, pt, it, de, vi,
# zh, th), as spreadsheets and local scrapers write them. One table for JSON
# records (exact keys) and CSV headers (matched casefolded, spacing aside).
FIELD_NAMES = {
    "text": (
        "text",
        "maintext",
        "content",
        "body",
        "article",
        "raw_content",
        "full_text",
        "fulltext",
        "article_text",
        "body_text",
        "articleBody",
        "content_text",  # JSON Feed
        # fr, es, pt, it, de
        "texte",
        "contenu",
        "corps",
        "texto",
        "contenido",
        "cuerpo",
        "conteúdo",
        "corpo",
        "artigo",
        "testo",
        "contenuto",
        "articolo",
        "inhalt",
        "artikel",
        "haupttext",
        # vi, zh, th
        "nội dung",
        "văn bản",
        "bài viết",
        "内容",
        "內容",
        "正文",
        "内文",
        "內文",
        "文章",
        "เนื้อหา",
        "ข้อความ",
        "เนื้อข่าว",
    ),
    "html": ("html", "raw_html", "content_html", "body_html"),
    # when the scraper fetched the page (``Document.fetched``, as a WARC's
    # WARC-Date): news-please's ``date_download``, Apify's ``crawl.loadedTime``,
    # scrapers' ``scraped_at`` / ``crawled_at``. Not the publication date: a
    # page with none still tells from it the year its year-less dateline is in
    "fetched": (
        "fetched",
        "fetched_at",
        "fetch_time",
        "fetch_date",
        "date_download",
        "downloaded_at",
        "download_date",
        "scraped_at",
        "scrape_time",
        "scrape_date",
        "crawled_at",
        "crawl_time",
        "crawl_date",
        "retrieved_at",
        "loadedTime",
    ),
    "url": (
        "url",
        "source_url",
        "link",
        "canonical_url",
        "permalink",
        "lien",
        "enlace",
        "liên kết",
        "đường dẫn",
        "链接",
        "連結",
        "网址",
        "網址",
        "ลิงก์",
        "ลิงค์",
    ),
    "published": (
        "published",
        "date_publish",
        "published_at",
        "publish_date",
        "publishDate",
        "publish_time",
        "pub_time",
        "publication_date",
        "datePublished",
        "date_published",
        "published_date",
        "pubDate",
        "date",
        "date de publication",
        "fecha de publicación",
        "fecha",
        "data de publicação",
        "data di pubblicazione",
        "data",
        "veröffentlicht",
        "veröffentlichungsdatum",
        "datum",
        "ngày đăng",
        "ngày xuất bản",
        "ngày",
        "发布时间",
        "發布時間",
        "發佈時間",
        "发布日期",
        "日期",
        "วันที่เผยแพร่",
        "วันที่",
    ),
    "title": (
        "title",
        "headline",
        "titre",
        "título",
        "titular",
        "titolo",
        "titel",
        "überschrift",
        "schlagzeile",
        "tiêu đề",
        "tựa đề",
        "标题",
        "標題",
        "หัวข้อ",
        "ชื่อเรื่อง",
        "พาดหัว",
    ),
    # the publication's name: newsline's own export writes it as sitename,
    # news-please as source_domain, others as publisher or outlet ("source"
    # and "website" are left out: newsline's export and many scrapers put a
    # URL or path there)
    "sitename": (
        "sitename",
        "site_name",
        "source_name",
        "source_domain",
        "publisher",
        "publication",
        "outlet",
        "newspaper",
        "periódico",
        "来源",
        "媒体",
    ),
    "author": (
        "author",
        "authors",  # news-please, newspaper3k: a list of names
        "byline",
        "auteur",
        "autor",
        "autore",
        "tác giả",
        "作者",
        "ผู้เขียน",
    ),
}


# Keys every record of newsline's own JSONL export carries (export.document_record).
EXPORT_KEYS = ("id", "blocks", "flags", "duplicate_of", "story_id")
_NEWSLINE_ID = re.compile(r"[0-9a-f]{16}")


def _export_text(obj: dict) -> str | None:
    """The text of a record newsline exported, or None when ``obj`` is not one."""
    if not all(k in obj for k in EXPORT_KEYS):
        return None
    if not (isinstance(obj["id"], str) and _NEWSLINE_ID.fullmatch(obj["id"])):
        return None
    for key in ("original_text", "text"):
        if isinstance(obj.get(key), str) and obj[key].strip():
            return obj[key]
    blocks = obj["blocks"] if isinstance(obj["blocks"], list) else []
    parts = [b["text"] for b in blocks if isinstance(b, dict) and isinstance(b.get("text"), str)]
    return "\n".join(parts) if any(p.strip() for p in parts) else None


def _paragraphs(value: object) -> bool:
    """True for a list of strings, not all blank (a body kept as paragraphs)."""
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(p, str) for p in value)
        and any(p.strip() for p in value)
    )


# Names of the publication date that name other things too: "data" is the
# date in Portuguese and Italian, and the payload of many English JSON APIs
# ({"data": {...}}, {"data": [...]}, {"data": "the text"}). Read only when the
# value looks like a date.
AMBIGUOUS_DATE_NAMES = frozenset({"data"})
# Unix time, in seconds or milliseconds, from 1973 to 2286: a small number
# under "data" is a count or a code, not 1970-01-01.
_TIMESTAMP_RANGE = (1e8, 1e13)
_DIGIT = re.compile(r"\d")


def date_like(value: object, key: str) -> bool:
    """May ``value`` under ``key`` be a publication date? Never an object, a
    list, a boolean or a long or many-line text; under an ambiguous name
    (AMBIGUOUS_DATE_NAMES) only a short text with a digit in it, or a number in
    the range of Unix times."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return False
    ambiguous = key.casefold() in AMBIGUOUS_DATE_NAMES
    if isinstance(value, (int, float)):
        return not ambiguous or _TIMESTAMP_RANGE[0] <= value < _TIMESTAMP_RANGE[1]
    value = value.strip()
    if len(value) > 100 or "\n" in value:
        return False
    return not ambiguous or (len(value) <= 64 and _DIGIT.search(value) is not None)


# Objects a record nests its metadata in (RedPajama's "meta", Dolma's
# "metadata"): a field missing at the top is looked for there; the fetch
# time also in a crawler's own "crawl" object (Apify's crawl.loadedTime).
NESTED_META = ("meta", "metadata")
NESTED_FETCH = ("crawl",)
_KEY_NOISE = re.compile(r"[\s_-]+")


def _key(name: str) -> str:
    """A field name as compared: case, spaces, "_" and "-" do not matter
    ("pubdate", "pub_date", "PubDate" are one name)."""
    return _KEY_NOISE.sub("", name).casefold()


_BODY_KEYS = frozenset(_key(k) for k in FIELD_NAMES["text"] + FIELD_NAMES["html"])


# A whole HTML page (doctype, <html> or <head> first, after a BOM or space,
# and a closing tag later), as opposed to text that mentions a tag.
_WHOLE_PAGE = re.compile(
    r"\A\ufeff?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head)\b"
    r"(?=.*</(?:html|head|body|p|div)>)",
    re.IGNORECASE | re.DOTALL,
)


# Where a crawler's record keeps the HTTP status of its fetch (Scrapy items,
# Apify's ``crawl.httpStatusCode``); a CMS's ``status`` ("publish") is no number.
_STATUS_KEYS = frozenset({"status", "statuscode", "httpstatus", "httpstatuscode", "responsestatus"})
_STATUS_NESTED = frozenset({"crawl", "response", "meta", "metadata"})


def _http_status(obj: dict) -> int | None:
    """The HTTP status a crawler's record gives its fetch, if any."""
    nested = [
        v
        for k, v in obj.items()
        if isinstance(k, str) and _key(k) in _STATUS_NESTED and isinstance(v, dict)
    ]
    for scope in (obj, *nested):
        for key, value in scope.items():
            if not isinstance(key, str) or _key(key) not in _STATUS_KEYS:
                continue
            if isinstance(value, bool):
                continue
            if isinstance(value, str) and value.strip().isdigit():
                value = int(value)
            if isinstance(value, int) and 100 <= value <= 599:
                return value
    return None


def _has_body(obj: dict) -> bool:
    """Does ``obj`` have a text or html field (under any spelling of its names)?"""
    return any(
        isinstance(k, str) and v is not None and _key(k) in _BODY_KEYS for k, v in obj.items()
    )


def _pick(obj: dict, field: str, used: dict) -> object:
    """The value of the first of ``field``'s names present (not null, not an
    empty string), in ``obj`` or else in its nested metadata (NESTED_META,
    not for the text itself); the name used is noted in ``used``. A
    publication date is only a value that may be one (``date_like``)."""
    keys = {_key(k): k for k in reversed(list(obj)) if isinstance(k, str)}
    value = _pick_in(obj, keys, field, used, "")
    if value is None and field not in ("text", "html"):
        for name in NESTED_META + (NESTED_FETCH if field == "fetched" else ()):
            nested = obj.get(keys.get(name, name))
            if isinstance(nested, dict):
                inner = {_key(k): k for k in reversed(list(nested)) if isinstance(k, str)}
                value = _pick_in(nested, inner, field, used, f"{keys.get(name, name)}.")
                if value is not None:
                    break
    return value


def _pick_in(obj: dict, keys: dict[str, str], field: str, used: dict, prefix: str) -> object:
    for name in FIELD_NAMES[field]:
        key = name if name in obj else keys.get(_key(name), name)
        value = obj.get(key)
        # WordPress's REST API gives a post's title, content and excerpt as
        # objects ({"rendered": HTML, "protected": false}): the rendered
        # markup is the field's value
        rendered = isinstance(value, dict) and isinstance(value.get(_RENDERED), str)
        if rendered:
            value = value[_RENDERED]  # type: ignore[index]
        if field in ("published", "fetched") and value is not None and not date_like(value, key):
            continue
        if field == "text" and _paragraphs(value):
            # scrapers that keep the body as its paragraphs: one per line
            used[field] = f"{prefix}{key}[]"
            return "\n".join(p for p in value if p.strip())  # type: ignore[union-attr]
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if key != field or prefix or rendered:
            used[field] = f"{prefix}{key}" + (f".{_RENDERED}" if rendered else "")
        return value
    return None


def _line(
    raw: bytes, lineno: int, name: str, key_base: str, settings: Settings
) -> Document | ReadError | str:
    where = f"{name}:{lineno}"
    flags: list[Flag] = []
    try:
        decoded = decode_bytes(
            raw,
            sample_bytes=settings.read.detect_sample_bytes,
            control_share=settings.read.binary_control_share,
        )
    except BinaryContent as exc:
        return ReadError(where, f"line {lineno}: {exc}")
    if decoded.encoding not in ("ascii", "utf-8", "utf-8-sig"):
        flags.append(
            Flag(kind="encoding", reason=f"JSON line is not UTF-8; decoded as {decoded.encoding}")
        )
    flags.extend(decoded.flags)
    try:
        obj = json.loads(decoded.text)
    except json.JSONDecodeError as exc:
        return ReadError(where, f"invalid JSON on line {lineno}: {exc.msg} (column {exc.colno})")
    except RecursionError:
        return ReadError(where, f"invalid JSON on line {lineno}: nested too deeply")
    if not isinstance(obj, dict):
        return ReadError(where, f"line {lineno} is not a JSON object")
    return _record(obj, lineno, "line", name, key_base, settings, decoded.encoding, flags)


def _record(
    obj: dict,
    lineno: int,
    unit: str,
    name: str,
    key_base: str,
    settings: Settings,
    encoding: str,
    flags: list[Flag],
) -> Document | ReadError | str:
    """The document one JSON object describes; ``unit`` says what ``lineno``
    counts ("line" of a JSONL file, "item" of a JSON file's array). A crawler's
    record of a fetch that got no page (an HTTP status other than 2xx) is the
    reason it is passed over (``"error:404"``), as a WARC's record is."""
    sep = ":" if unit == "line" else "#"
    where = f"{name}{sep}{lineno}"
    if (passed := http_status_passed_over(_http_status(obj) or 200)) is not None:
        return passed  # a crawler's record of a redirect or an error page, as a WARC's
    used: dict[str, str] = {}
    exported = _export_text(obj)
    text_in = exported if exported is not None else _pick(obj, "text", used)
    html_in = None if exported is not None else _pick(obj, "html", used)
    text_in = text_in if isinstance(text_in, str) else None
    html_in = html_in if isinstance(html_in, str) and html_in.strip() else None
    rendered_body = html_in is None and used.get("text", "").endswith(f".{_RENDERED}")
    if rendered_body:
        # a CMS's rendered content is markup, a fragment of the page: read
        # below as the page the CMS shows (its title as the headline above it)
        html_in, text_in = text_in, None
        used["html"] = used.pop("text")
    if html_in is None and text_in is not None and _WHOLE_PAGE.match(text_in):
        # a scraper that keeps the response as it came (Scrapy's ``body``):
        # the field holds the page's markup, not its text
        html_in, text_in = text_in, None
        used["html"] = used.pop("text", "text")
    if html_in is None and (text_in is None or not text_in.strip()):
        wrong = [
            f"{key} is {_json_type(obj[key])}"
            for key in FIELD_NAMES["text"] + FIELD_NAMES["html"]
            if obj.get(key) is not None and not isinstance(obj[key], str)
        ]
        if wrong:
            return ReadError(
                where, f"{unit} {lineno} has no text or html: {', '.join(wrong)}, not a string"
            )
        return ReadError(
            where,
            f"{unit} {lineno} has no text or html",
            "fields read: " + ", ".join(FIELD_NAMES["text"] + FIELD_NAMES["html"]),
        )

    url = _field(obj, "url", used) or _url_in_source(obj, used)
    meta: dict = (
        {"jsonl_file": name, "line": lineno}
        if unit == "line"
        else {"json_file": name, unit: lineno}
    )
    if obj.get("id") is not None:
        meta["input_id"] = _SURROGATE.sub("\ufffd", str(obj["id"]))
    title = _field(obj, "title", used)
    author = _author(obj, used)
    sitename_in = _field(obj, "sitename", used)
    published_in = _pick(obj, "published", used)
    published = to_iso(published_in)
    fetched = to_iso(_pick(obj, "fetched", used))
    if published_in is not None and published is None:
        meta["published_raw"] = _SURROGATE.sub("\ufffd", str(published_in)[:200])
    html = None
    sitename = sitename_in
    if html_in is not None:
        if rendered_body:
            html_in = _rendered_page(html_in, title)
        html = replace_lone_surrogates(html_in, flags, "html field")
        html = _cut_to_page_size(html, "html field", settings.limits.max_page_bytes, flags)
        page = parse_html(html)
        text = page.text
        if not text.strip():
            return ReadError(where, f"{unit} {lineno}: html has no visible text")
        title = title or page.title
        published = published or page.published
        sitename, author = sitename or page.sitename, author or page.author
        meta.update(page.meta)
        if text_in is not None:
            meta["input_text"] = _cut_to_page_size(
                text_in, "text field", settings.limits.max_page_bytes, flags
            )
    else:
        assert text_in is not None
        text = replace_lone_surrogates(text_in, flags, "text field")
    if used:
        meta["fields"] = used
    text = _cut_to_page_size(
        text,
        "html field" if html_in is not None else "text field",
        settings.limits.max_page_bytes,
        flags,
    )
    point_flags_at(flags, text)
    former: list[str] = []
    if exported is not None:
        meta["exported"] = True
        doc_id = str(obj["id"])
        source = (
            _SURROGATE.sub("\ufffd", obj["source"]) if isinstance(obj.get("source"), str) else None
        )
        source = source or url or where
    else:
        key = url or (
            f"id:{meta['input_id']}" if "input_id" in meta else f"{key_base}{sep}{lineno}"
        )
        doc_id, source = make_doc_id(key, text), url or where
        if unit == "line" and not url and "input_id" in meta:
            # before a record's own id keyed it, path:line did (still the key
            # of a record with neither url nor id)
            former = [make_doc_id(f"{key_base}{sep}{lineno}", text)]
    return Document(
        id=doc_id,
        source=source,
        text=text,
        encoding=encoding,
        html=html,
        offset=lineno,
        url=url,
        fetched=fetched,
        published=published,
        title=title,
        author=author,
        sitename=sitename,
        flags=flags,
        meta=meta,
        former_ids=former,
    )


def _cut_to_page_size(value: str, what: str, limit: int, flags: list[Flag]) -> str:
    """``value`` cut at ``limit`` bytes of UTF-8 (never inside a character),
    with a ``limit_exceeded`` flag, when it is longer; else unchanged."""
    if len(value) * 4 <= limit:
        return value  # cannot be over: a character is at most 4 bytes
    raw = value.encode("utf-8", "surrogatepass")
    if len(raw) <= limit:
        return value
    if any(f.kind == "limit_exceeded" for f in flags):
        return codecs.getincrementaldecoder("utf-8")("surrogatepass").decode(raw[:limit])
    flags.append(
        Flag(
            kind="limit_exceeded",
            reason=f"{what} of {len(raw)} bytes is over limits.max_page_bytes ({limit}); "
            "the rest was cut",
            data={"limit": "max_page_bytes", "value": limit, "size": len(raw)},
        )
    )
    return codecs.getincrementaldecoder("utf-8")("surrogatepass").decode(raw[:limit])


def _json_type(value: object) -> str:
    """How JSON names a value's type, for messages ('a number', 'an object')."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    return "not a string"


_ABSOLUTE_URL = re.compile(r"https?://[^\s/]+(?:/\S*)?")


def _author(obj: dict, used: dict) -> str | None:
    """The writers a record names: a string, or a list of names (news-please's
    and newspaper3k's ``authors``, schema.org's ``{"name": ...}`` persons),
    joined by "; " as the HTML byline's several writers are."""
    value = _pick(obj, "author", used)
    if isinstance(value, dict | str):
        value = [value]
    if not isinstance(value, list):
        return None
    names = [v.get("name") if isinstance(v, dict) else v for v in value]
    names = [" ".join(n.split()) for n in names if isinstance(n, str) and n.strip()]
    return _SURROGATE.sub("\ufffd", "; ".join(dict.fromkeys(names))) or None


def _url_in_source(obj: dict, used: dict) -> str | None:
    """``source`` as the page's URL when it holds one and no URL field does:
    scrapers write the page's address there as often as the outlet's name
    (which is no URL, and is left alone). Else the first field named like a
    link ("item_url", "pageUrl", "article-link") holding an absolute URL
    that is not a picture's, an author's or a feed's: each scraper names its
    own, and a record read without its URL is stored under its file's name."""
    value = obj.get("source")
    if isinstance(value, str) and _ABSOLUTE_URL.fullmatch(value.strip()):
        used["url"] = "source"
        return _SURROGATE.sub("\ufffd", value.strip())
    for key, value in obj.items():
        if not (isinstance(key, str) and isinstance(value, str)):
            continue
        name = _key(key)
        if (
            name.endswith(_LINK_KEY_ENDS)
            and not _NOT_PAGE_LINK.search(name)
            and _ABSOLUTE_URL.fullmatch(value.strip())
            and not _MEDIA_FILE.search(value.strip())
        ):
            used["url"] = key
            return _SURROGATE.sub("\ufffd", value.strip())
    return None


_LINK_KEY_ENDS = ("url", "uri", "link", "href")
# links a record holds beside its page's: pictures, media, authors, feeds, sites
_NOT_PAGE_LINK = re.compile(
    r"image|img|photo|picture|thumb|avatar|icon|logo|video|audio|media|author|feed|rss"
    r"|comment|share|site|home|domain|base|root|next|prev|amp"
)
_MEDIA_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|mp4|mp3|pdf)(?:[?#].*)?$", re.IGNORECASE)


def _field(obj: dict, key: str, used: dict) -> str | None:
    """A non-empty string field, made safe to store (no lone surrogates); a
    rendered one (WordPress's title.rendered: "Floods &#8211; day 2") as
    the text its markup shows."""
    value = _pick(obj, key, used)
    if isinstance(value, str) and used.get(key, "").endswith(f".{_RENDERED}"):
        value = markup_words(value)
    if not isinstance(value, str) or not value.strip():
        return None
    return _SURROGATE.sub("\ufffd", value.strip())


# the key under which WordPress's REST API gives a field's markup
_RENDERED = "rendered"


def _rendered_page(fragment: str, title: str | None) -> str:
    """The page a CMS shows for a post whose content it gives as rendered
    markup: the title as the headline, then the content."""
    head = html_lib.escape(title or "", quote=False)
    return (
        f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{head}</title></head>"
        f"<body><article>{f'<h1>{head}</h1>' if head else ''}\n{fragment}</article></body></html>"
    )
