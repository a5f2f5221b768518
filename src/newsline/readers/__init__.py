"""Readers: turn input paths into :class:`~newsline.model.Document` objects.

Public API (what the executor calls)::

    iter_input_files(inputs, settings) -> Iterator[str | ReadError]
    read_path(path, settings)          -> Iterator[Document | ReadError]
        (passed_over=True: also PassedOver counts, e.g. a WARC's redirects)
    iter_documents(inputs, settings)   -> Iterator[Document | ReadError]
    html.html_to_text(html)            -> str

Formats, chosen by extension first and by content when the extension says
nothing: plain text (``.txt``, and unknown text; a Markdown post's ``.md``
front matter gives its title, date, url and author), HTML (``.html``, ``.htm``,
``.xhtml``), WARC (``.warc``; HTTP response records with HTML or text
bodies, resource records; ``.warc.wet``: conversion records), JSON Lines
(``.jsonl``, ``.ndjson``), JSON (``.json``, or an object over several
lines, or an array: one document per object), RSS / Atom feeds (``.rss``, ``.atom``, an ``.xml``
whose root is a feed; one document per item), MIME messages (``.eml``, a
page saved as ``.mht`` / ``.mhtml``, or a file opening with MIME headers: the
part a mail client shows, see :mod:`.mime`); each may be gzipped (``.gz``),
bzip2-, xz- or zstd-compressed (``.bz2``, ``.xz``, ``.zst``; zstd needs the
optional ``zstandard`` package, the ``zstd`` extra, and reads WARC-zstd's
dictionary), recognised by its magic bytes.
A tar (``.tar``, ``.tar.gz``, ``.tar.bz2``, ``.tar.xz``) or ZIP archive
is read member by member, each named ``ARCHIVE/MEMBER`` (see :mod:`.archives`). ``-`` reads standard input.

``Document.text`` is the decoded text exactly for text input, and the full
visible text (one block per line) for HTML. Encodings are detected, never
assumed (see :mod:`.decode`). Limits from ``settings.limits`` cut oversized
pages with a ``limit_exceeded`` flag rather than dropping them.

Every problem is yielded as a ReadError with one short reason naming the
input. Readers must never raise: one bad input must not stop a run.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from typing import BinaryIO

from ..model import STDIN_NAME, Document, Flag, PassedOver, ReadError, make_doc_id
from ..settings import Settings
from .archives import (
    ARCHIVE_ERRORS,
    PASSED_OVER,
    archive_kind,
    archive_kind_by_name,
    iter_members,
)
from .compressed import GZIP_MAGIC, gunzip_stream, stream_kind, unpack_stream
from .csvfile import read_csv
from .dates import date_from_path, to_iso
from .decode import (
    BOMS,
    BinaryContent,
    binary_signature,
    charset_from_markup,
    decode_bytes,
    point_flags_at,
)
from .feed import read_feed
from .html import html_to_text, parse_html
from .inputs import STDIN, hidden_member_key, iter_input_files, printable_path
from .jsonl import pretty_json_start, read_json, read_jsonl, utf16_json_lines
from .mime import MIME_EXTENSIONS, looks_like_mime, mime_body
from .warc import read_warc
from .xmlnews import is_news_xml, read_xml

__all__ = [
    "STDIN",
    "html_to_text",
    "iter_documents",
    "iter_input_files",
    "printable_path",
    "read_path",
]

HTML_EXTENSIONS = (".html", ".htm", ".xhtml", ".shtml")
TEXT_EXTENSIONS = (".txt", ".text")
MARKDOWN_EXTENSIONS = (".md", ".markdown")  # read as text; front matter gives metadata
# Front matter of a static site's post: YAML between "---" lines, or TOML
# between "+++" lines, at the very start of the file.
_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\r?\n(.*?)\r?\n\1[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_FRONT_LINE = re.compile(r"""^([A-Za-z_][\w-]*)[ \t]*[:=][ \t]*(.*?)[ \t]*$""", re.MULTILINE)
WARC_EXTENSIONS = (".warc", ".wet")  # .warc.wet: Common Crawl's extracted text
JSONL_EXTENSIONS = (".jsonl", ".ndjson", ".jsonlines")
JSON_EXTENSIONS = (".json",)
FEED_EXTENSIONS = (".rss", ".atom")
CSV_EXTENSIONS = (".csv", ".tsv")
XML_EXTENSIONS = (".xml", ".nitf", ".newsml")  # news XML (NITF, NewsML-G2), a sitemap
# A feed's root element near the start (after an XML declaration, comments).
_FEED_SNIFF = (b"<rss", b"<feed", b"<rdf:rdf")
GZIP_EXTENSIONS = (".gz", ".gzip")
# Compression suffixes passed over to find the format the name gives.
COMPRESSED_EXTENSIONS = (*GZIP_EXTENSIONS, ".bz2", ".xz", ".zst", ".zstd")
_HTML_SNIFF = (
    b"<!doctype html",
    b"<html",
    b"<head",
    b"<body",
    b"<meta",
    b"<title",
    b"<div",
    b"<p>",
    b"<!--",
)


def iter_documents(inputs: list[str], settings: Settings) -> Iterator[Document | ReadError]:
    """Every document (or read error) from every input, in a deterministic order."""
    for item in iter_input_files(inputs, settings):
        if isinstance(item, ReadError):
            yield item
        else:
            yield from read_path(item, settings)


def read_path(
    path: str, settings: Settings, *, passed_over: bool = False
) -> Iterator[Document | ReadError | PassedOver]:
    """The documents in one file (``-`` = stdin); problems come back as ReadErrors.

    With ``passed_over``, the counts of records rightly not read (a WARC's
    redirects, errors, images, requests) come too, as :class:`PassedOver`
    items after the documents; without, they are left out."""
    name = STDIN_NAME if path == STDIN else printable_path(path)
    try:
        if passed_over:
            yield from _read_path(path, name, settings)
        else:
            for item in _read_path(path, name, settings):
                if type(item) is not PassedOver:
                    yield item
    except Exception as exc:  # noqa: BLE001 - last line of defence: a reader bug must not stop the run
        yield ReadError(name, "unexpected reader error", f"{type(exc).__name__}: {exc}"[:500])


def _read_path(path: str, name: str, settings: Settings) -> Iterator[Document | ReadError]:
    if path == STDIN:
        fh: BinaryIO = _spool_stdin()  # type: ignore[assignment]
        key_base = STDIN_NAME
    else:
        try:
            if not os.path.isfile(path):
                yield ReadError(
                    name, "not a regular file" if os.path.exists(path) else "no such file"
                )
                return
            fh = open(path, "rb")  # noqa: SIM115 -- closed below
        except OSError as exc:
            yield ReadError(name, f"cannot open: {exc.strerror or exc}")
            return
        key_base = os.path.abspath(path)
    with fh:
        yield from _read_stream(fh, name, key_base, settings)


def _spool_stdin():
    """Standard input cannot be re-read or seeked; copy it to a spooled temporary
    file (memory up to 64 MB, disk beyond) so every reader can treat it as a file."""
    spool = tempfile.SpooledTemporaryFile(max_size=64 << 20)  # noqa: SIM115 - the caller closes it
    shutil.copyfileobj(sys.stdin.buffer, spool, 1 << 20)
    spool.seek(0)
    return spool


def _sniff_head(fh: BinaryIO) -> tuple[bytes, bool, bytes]:
    head = fh.read(8192)
    fh.seek(0)
    gz = head.startswith(GZIP_MAGIC)
    inner = head
    if gz:
        import zlib

        try:
            inner = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(head, 8192)
        except zlib.error:
            inner = b""
    return head, gz, inner


def _uncompressed_name(name: str) -> str:
    """``name`` in lower case without its compression extensions ("x.tsv.bz2" -> "x.tsv")."""
    lower = name.lower()
    for ext in COMPRESSED_EXTENSIONS:
        lower = lower.removesuffix(ext)
    return lower


def format_of(name: str, inner_head: bytes) -> str:
    """ "warc", "jsonl", "json", "feed", "xml", "csv", "mime", "html" or "text",
    by extension, else by content."""
    lower = _uncompressed_name(name)
    if lower.endswith(WARC_EXTENSIONS):
        return "warc"
    if lower.endswith(JSONL_EXTENSIONS):
        return "jsonl"
    if lower.endswith(JSON_EXTENSIONS):
        return "json"
    if lower.endswith(HTML_EXTENSIONS):
        return "html"
    if lower.endswith(TEXT_EXTENSIONS):
        return "text"
    if lower.endswith(CSV_EXTENSIONS):
        return "csv"
    if lower.endswith(MIME_EXTENSIONS):
        return "mime"
    start = _utf8_head(inner_head).lstrip(b"\xef\xbb\xbf \t\r\n")
    if lower.endswith(FEED_EXTENSIONS) or (
        start[:1] == b"<"
        and any(m in start[:2048].lower() for m in _FEED_SNIFF)
        and b"<html" not in start[:2048].lower()
    ):
        return "feed"
    if start.startswith(b"WARC/"):
        return "warc"
    if is_news_xml(start, lower.endswith(XML_EXTENSIONS)):
        return "xml"
    if looks_like_mime(start):
        return "mime"
    return _markup_or_text(start)


def _markup_or_text(start: bytes) -> str:
    """ "html", "json", "jsonl" or "text" by the first bytes of a file."""
    if any(marker in start[:1024].lower() for marker in _HTML_SNIFF) and start[:1] == b"<":
        return "html"
    if start[:1] == b"{" and b'"' in start[:64]:
        # one object per line, or one object written over several lines
        first, newline, _ = start.partition(b"\n")
        return "json" if newline and not first.rstrip().endswith(b"}") else "jsonl"
    if start[:1] == b"[" and start[1:].lstrip()[:1] in (b"{", b"]"):
        return "json"
    return "text"


def _utf8_head(head: bytes) -> bytes:
    """``head`` as UTF-8 when it starts with a UTF-16/32 byte-order mark (a file
    PowerShell or Notepad wrote): the content sniffs below look for ASCII bytes,
    which such a file spells with NULs between them."""
    for bom, enc in BOMS:
        if enc != "utf-8" and head.startswith(bom):
            # the head may end inside a character: drop that one, not the head
            return head[len(bom) :].decode(enc, errors="ignore").encode("utf-8")
    return head


def _read_stream(
    fh: BinaryIO,
    name: str,
    key_base: str,
    settings: Settings,
    nested: bool = False,
    unpacked: bool = False,
) -> Iterator[Document | ReadError]:
    head, gz, inner = _sniff_head(fh)
    if not head:
        yield ReadError(name, "empty file")
        return
    packed = None if gz else stream_kind(head)
    if packed is not None:
        if unpacked:
            yield ReadError(name, f"{packed} stream inside a compressed stream: not read")
        else:
            yield from _read_packed(fh, name, key_base, settings, nested, packed)
        return
    archive = archive_kind(inner)
    if archive is None and not nested:
        archive = archive_kind_by_name(_uncompressed_name(name))
    if archive is not None:
        if nested:
            yield ReadError(name, f"{archive} archive inside an archive: not read (unpack it)")
        elif archive == "zip" and gz:
            yield ReadError(name, "gzipped zip archive: not read (unpack it)")
        else:
            yield from _read_archive(fh, name, key_base, settings, archive)
        return
    kind = format_of(name, inner)
    if kind == "jsonl" and pretty_json_start(_utf8_head(inner)):
        kind = "json"  # the extension says lines; the content is one document
    what = binary_signature(inner)
    if what and kind != "warc":
        yield ReadError(name, f"binary content ({what})")
        return
    # a BOM, or JSON Lines in UTF-16 without one: NULs are text
    utf16 = inner.startswith((b"\xff\xfe", b"\xfe\xff")) or (
        kind == "jsonl" and utf16_json_lines(inner[:64])
    )
    if kind == "jsonl" and not utf16 and b"\x00" in inner.lstrip().split(b"\n", 1)[0]:
        # A binary first line means a binary file; later bad lines are reported one by one.
        yield ReadError(name, "binary content")
        return
    if kind == "warc":
        yield from read_warc(fh, name, settings)
    elif kind == "jsonl":
        yield from read_jsonl(fh, name, key_base, settings, gz)
    elif kind == "json":
        yield from read_json(fh, name, key_base, settings, gz)
    elif kind == "feed":
        got = _read_bytes(fh, name, settings, gz)
        if isinstance(got, ReadError):
            yield got
        else:
            yield from read_feed(got[0], name, key_base, got[1])
    elif kind == "mime":
        yield _read_mime(fh, name, key_base, settings, gz)
    elif kind == "csv":
        tsv = _uncompressed_name(name).endswith(".tsv")
        yield from read_csv(fh, name, key_base, settings, gz, tsv)
    elif kind == "xml":
        got = _read_bytes(fh, name, settings, gz)
        if isinstance(got, ReadError):
            yield got
            return
        docs = read_xml(got[0], name, key_base, got[1])
        if docs is not None:
            yield from docs
            return
        # not well-formed: read as before, a page or text
        fh.seek(0)
        start = _utf8_head(inner).lstrip(b"\xef\xbb\xbf \t\r\n")
        yield _read_single(fh, name, key_base, settings, gz, _markup_or_text(start))
    else:
        yield _read_single(fh, name, key_base, settings, gz, kind)


def _read_packed(
    fh: BinaryIO, name: str, key_base: str, settings: Settings, nested: bool, packed: str
) -> Iterator[Document | ReadError]:
    """A bzip2 or xz stream (``page.html.bz2``, ``pages.tar.xz``): decompressed up
    to ``limits.max_decompressed_bytes`` into a spooled file, then read as the file
    it holds, as a gzip stream is. A cut or damaged stream: what came before the
    damage is read and each document flagged; nothing before it is a ReadError."""
    limit = settings.limits.max_decompressed_bytes
    with tempfile.SpooledTemporaryFile(max_size=16 << 20) as spool:
        got = unpack_stream(fh, spool, packed, limit)
        size = spool.tell()
        if size == 0:
            yield ReadError(name, got.problem or f"empty {packed} stream")
            return
        flags = []
        if got.problem:
            flags.append(
                Flag(
                    kind="truncated_input",
                    reason=f"{got.problem}; read the {size} bytes before it",
                    data={"problem": got.problem},
                )
            )
        if got.over_limit:
            flags.append(
                Flag(
                    kind="limit_exceeded",
                    reason=f"decompressed {packed} stream is over "
                    f"limits.max_decompressed_bytes ({limit} bytes); the rest was cut",
                    data={"limit": "max_decompressed_bytes", "value": limit},
                )
            )
        spool.seek(0)
        is_archive = archive_kind(spool.read(512)) is not None
        spool.seek(0)
        docs = 0
        named = False  # a ReadError naming the input itself came out
        for item in _read_stream(spool, name, key_base, settings, nested, unpacked=True):
            if isinstance(item, Document):
                docs += 1
                item.flags.extend(
                    Flag(kind=f.kind, reason=f.reason, data=dict(f.data)) for f in flags
                )
            elif isinstance(item, ReadError):
                named = named or item.source == name
            yield item
        if got.problem and not docs:
            yield ReadError(name, f"{got.problem} after {size} bytes")
        elif got.problem and is_archive and not named:
            # the tar ended whole before the stream did: members all read, but
            # the input is cut or damaged and the run's report must say so
            yield ReadError(
                name, f"{got.problem} after the end of the tar archive (every member was read)"
            )


def _read_archive(
    fh: BinaryIO, name: str, key_base: str, settings: Settings, archive: str
) -> Iterator[Document | ReadError]:
    """Each member of a tar or ZIP archive, read as a file named ARCHIVE/MEMBER."""
    members = 0
    passed: Counter[str] = Counter()
    for member, fobj, problem, detail in iter_members(fh, archive):
        where = f"{name}/{printable_path(member)}" if member else name
        if fobj is None and problem.startswith(PASSED_OVER):
            passed[problem.removeprefix(PASSED_OVER)] += 1
            continue
        if fobj is None:
            members += not member  # the archive as a whole is already named
            yield ReadError(where, problem, detail)
            continue
        if settings.read.skip_hidden and (hidden := hidden_member_key(member)):
            # a ZIP made on macOS: __MACOSX/._page.html, .DS_Store (as in a folder)
            fobj.close()
            passed["hidden:" + hidden] += 1
            continue
        members += 1
        with fobj:
            try:
                yield from _read_stream(fobj, where, f"{key_base}/{member}", settings, nested=True)
            except ARCHIVE_ERRORS as exc:  # the archive ends or breaks inside this member
                yield ReadError(where, "member cut short or damaged in the archive", str(exc))
            except Exception as exc:  # noqa: BLE001 - one member must not stop the others
                yield ReadError(
                    where, "unexpected reader error", f"{type(exc).__name__}: {exc}"[:500]
                )
    if members == 0:
        yield ReadError(name, f"{archive} archive holds no files")
    if passed:
        yield PassedOver(name, dict(passed))


def _read_bytes(
    fh: BinaryIO, name: str, settings: Settings, gz: bool
) -> tuple[bytes, list[Flag], bool] | ReadError:
    """The file's bytes up to the size limits, with flags for a cut or a
    damaged gzip stream, and whether it was cut."""
    limits = settings.limits
    flags: list[Flag] = []
    cut = False
    if gz:
        budget = min(limits.max_decompressed_bytes, limits.max_page_bytes)
        result = gunzip_stream(fh, budget)
        data = result.data
        if result.problem:
            if not data.strip():
                return ReadError(name, result.problem)
            flags.append(
                Flag(
                    kind="truncated_input",
                    reason=f"{result.problem}; read the {len(data)} bytes before it",
                    data={"problem": result.problem},
                )
            )
            cut = True
        if result.over_limit:
            which = (
                "max_decompressed_bytes"
                if limits.max_decompressed_bytes <= limits.max_page_bytes
                else "max_page_bytes"
            )
            flags.append(
                Flag(
                    kind="limit_exceeded",
                    reason=f"decompressed page is over limits.{which} ({budget} bytes); the rest was cut",
                    data={"limit": which, "value": budget},
                )
            )
            cut = True
    else:
        data = fh.read(limits.max_page_bytes + 1)
        if len(data) > limits.max_page_bytes:
            data = data[: limits.max_page_bytes]
            size = _size(fh)
            flags.append(
                Flag(
                    kind="limit_exceeded",
                    reason=f"page of {size} bytes is over limits.max_page_bytes "
                    f"({limits.max_page_bytes}); the rest was cut",
                    data={"limit": "max_page_bytes", "value": limits.max_page_bytes, "size": size},
                )
            )
            cut = True
    if not data:
        return ReadError(name, "empty file")
    if not data.strip():
        return ReadError(name, "whitespace-only file")
    return data, flags, cut


def _read_single(
    fh: BinaryIO, name: str, key_base: str, settings: Settings, gz: bool, kind: str
) -> Document | ReadError:
    got = _read_bytes(fh, name, settings, gz)
    if isinstance(got, ReadError):
        return got
    data, flags, cut = got
    return _document_from_bytes(data, flags, cut, name, key_base, settings, kind)


def _read_mime(
    fh: BinaryIO, name: str, key_base: str, settings: Settings, gz: bool
) -> Document | ReadError:
    """An e-mail (``.eml``) or a page saved as one file (``.mht``): its body
    read as a page or a text is, the headers filling what it leaves out (see
    :mod:`.mime`)."""
    got = _read_bytes(fh, name, settings, gz)
    if isinstance(got, ReadError):
        return got
    data, flags, cut = got
    body = mime_body(data, name)
    if isinstance(body, str):
        return ReadError(name, body)
    doc = _document_from_bytes(
        body.data, flags, cut, name, key_base, settings, body.kind, [("MIME charset", body.charset)]
    )
    if isinstance(doc, Document):
        doc.title = doc.title or body.title
        doc.url = doc.url or body.url
        doc.published = doc.published or body.sent
        doc.fetched = body.saved
        doc.meta.update(body.meta)
    return doc


def _document_from_bytes(
    data: bytes,
    flags: list[Flag],
    cut: bool,
    name: str,
    key_base: str,
    settings: Settings,
    kind: str,
    declared: list[tuple[str, str | None]] | None = None,
) -> Document | ReadError:
    """The document a page's or a text's bytes hold; ``declared`` names the
    charsets its container states (a MIME part's), strongest first."""
    if kind == "html":
        declared = [*(declared or []), ("meta charset", charset_from_markup(data))]
    try:
        decoded = decode_bytes(
            data,
            declared,
            cut=cut,
            sample_bytes=settings.read.detect_sample_bytes,
            control_share=settings.read.binary_control_share,
        )
    except BinaryContent as exc:
        return ReadError(name, str(exc))
    flags.extend(decoded.flags)
    if kind == "html":
        page = parse_html(decoded.text)
        if not page.text.strip():
            return ReadError(name, "no visible text in HTML")
        meta = dict(page.meta)
        _note_path_date(meta, name)
        point_flags_at(flags, page.text)
        return Document(
            id=make_doc_id(key_base, page.text),
            source=name,
            text=page.text,
            encoding=decoded.encoding,
            html=decoded.text,
            url=page.url,
            published=page.published,
            title=page.title,
            author=page.author,
            sitename=page.sitename,
            flags=flags,
            meta=meta,
        )
    text = decoded.text
    if not text.strip():
        return ReadError(name, "whitespace-only file")
    meta: dict = {}
    _note_path_date(meta, name)
    front = _front_matter(text) if name.lower().endswith(MARKDOWN_EXTENSIONS) else {}
    if front:
        meta["front_matter"] = sorted(front)
        # its lines are the post's fields, never its text (clean.stages._reader_roles)
        fields = _FRONT_MATTER.match(text).group(2).splitlines()
        meta["line_roles"] = {"front_matter": [x for x in fields if x.strip()]}
    return Document(
        id=make_doc_id(key_base, text),
        source=name,
        text=text,
        encoding=decoded.encoding,
        url=_front_field(front, "url"),
        published=to_iso(_front_field(front, "published")),
        title=_front_field(front, "title"),
        author=front.get("author") or None,
        flags=flags,
        meta=meta,
    )


def _front_matter(text: str) -> dict[str, str]:
    """The ``key: value`` (YAML) or ``key = "value"`` (TOML) lines of a Markdown
    post's front matter, values unquoted; nested or list values are skipped.
    The text itself keeps its front matter: nothing read is dropped."""
    m = _FRONT_MATTER.match(text)
    if m is None:
        return {}
    out: dict[str, str] = {}
    for key, value in _FRONT_LINE.findall(m.group(2)):
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if value and value[0] not in "[{|>":
            out.setdefault(key, value)
    return out


def _front_field(front: dict[str, str], field: str) -> str | None:
    """A front-matter value under any of the names a JSONL record uses for ``field``."""
    from .jsonl import FIELD_NAMES, date_like

    return next(
        (
            front[k]
            for k in FIELD_NAMES[field]
            if front.get(k) and (field != "published" or date_like(front[k], k))
        ),
        None,
    )


def _note_path_date(meta: dict, name: str) -> None:
    """The day the file's path names ("…/2011-02-16/ext_59.txt"), kept in
    ``meta["date_from_path"]``: the dates stage counts from it when the page
    states no publication date of its own."""
    if name != STDIN_NAME and (day := date_from_path(name)):
        meta["date_from_path"] = day


def _size(fh: BinaryIO) -> int:
    try:
        return os.fstat(fh.fileno()).st_size
    except (OSError, io.UnsupportedOperation, AttributeError):
        pos = fh.tell()
        fh.seek(0, os.SEEK_END)
        size = fh.tell()
        fh.seek(pos)
        return size
