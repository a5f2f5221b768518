"""WARC / WARC.gz archives: one Document per HTML (or plain-text) response,
resource or conversion record (Common Crawl's WET files hold the extracted
text of each page as a text/plain conversion record).

Streams the archive with fastwarc, never loading it whole. Each record's
block is checked against its declared length (truncation) and its
``WARC-Block-Digest`` when present; a bad record becomes a ReadError naming
the file and the record's byte offset, and reading goes on. When the stream
itself breaks (a record with a wrong Content-Length leaves the parser
mid-record), the reader resynchronises on the next ``WARC/1.`` header (or
gzip member) and continues; a page record whose own Content-Length caused
the break (it does not end in the record separator) is read again up to the
next record or the end of its gzip member, and the file reported. A file
that ends inside its last record (inside a gzip member, or a header) is reported.

HTTP bodies sent chunked, or gzip-, deflate- (with or without its zlib
header), br- or zstd-encoded, are decoded (br and zstd with the brotli and
zstandard packages, when installed); a body stored decoded under the
original header is read as it is.

Records that are not documents -- request, warcinfo, metadata, revisit
records, records of other named types, non-2xx responses (redirects, errors), non-text payloads
(images, scripts, PDFs) and pages with an empty body -- are passed over without
an error: they are the normal make-up of a crawl, not damage. They are counted
by reason, and the counts come out as one :class:`PassedOver` after the file's
last document, for the run's report. An archive in which every record is
passed over gets one ReadError saying so (with its records counted by type),
so that a file that gave nothing never goes unmentioned. This module must
never raise.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import zlib
from collections import Counter
from collections.abc import Iterator
from typing import BinaryIO

from ..model import Document, Flag, PassedOver, ReadError, make_doc_id
from ..settings import Settings
from ..wording import counted
from .compressed import GZIP_MAGIC
from .dates import to_iso
from .decode import (
    BinaryContent,
    charset_from_content_type,
    charset_from_markup,
    decode_bytes,
    point_flags_at,
)
from .html import parse_html

# Payload types read as documents; everything else in a crawl is passed over.
HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml+xhtml")
TEXT_TYPES = ("text/plain",)
# Room for HTTP headers on top of the page-size limit.
HTTP_HEADER_ALLOWANCE = 1 << 20
_RESYNC_CHUNK = 1 << 20
# A record read again after a wrong Content-Length: up to a page and its headers.
_REREAD_MAX = (64 << 20) + HTTP_HEADER_ALLOWANCE


def http_status_passed_over(status: int) -> str | None:
    """Why an HTTP answer with ``status`` holds no page (``"redirect:301"``,
    ``"error:404"``), or None for a 2xx answer, which does."""
    if 200 <= status < 300:
        return None
    # a 304 answers a conditional re-fetch: no page, and no redirect either
    what = (
        "not modified"
        if status == 304
        else "redirect"
        if 300 <= status < 400
        else "error"
        if status >= 400
        else "status"
    )
    return f"{what}:{status}"

def read_warc(
    fh: BinaryIO, name: str, settings: Settings
) -> Iterator[Document | ReadError | PassedOver]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    gz = fh.read(2) == GZIP_MAGIC
    # A writer that ends header lines in LF alone (not the CRLF the standard
    # asks for): fastwarc reads such records in its quirks mode, which is
    # asked for only then so that every other file is parsed strictly.
    lf_only = _lf_only_header(fh, gz)
    lf_flag = Flag(
        kind="encoding",
        reason="WARC header lines end in LF alone, not CRLF; read leniently",
        data={"warc_line_ends": "LF"},
    )
    base = 0
    wanted = WarcRecordType.response | WarcRecordType.resource | WarcRecordType.conversion
    seen_any = False
    yielded = False  # a document or an error: the file said something
    kinds: dict[str, int] = {}  # records by WARC-Type, for a file that holds no page
    passed: Counter[str] = Counter()  # records passed over, by reason (see _record)
    held_passed: str | None = None  # why the held record was passed over, if it was
    bad_at = -1  # offset of the last record already reported, so one fault gives one message
    pending: ReadError | None = None  # a stream break, reported once the damage is passed
    last_length: str | None = None  # the last record's Content-Length
    # What the last page record gave, held back until the next record header
    # parses: a break right after it means its Content-Length lied, and what
    # it gave (a cut page, or one running into the next record) is read again.
    held: list[Document | ReadError] = []
    held_at = -1
    while True:
        fh.seek(base)
        last = base
        read_here = 0
        try:
            shift = None
            for rec in _records(ArchiveIterator, fh, lf_only):
                seen_any = True
                read_here += 1
                if shift is None:
                    # fastwarc counts positions from where the file object was when it
                    # started, or from the file's start; the first record sits at ``base``.
                    shift = 0 if rec.stream_pos == base else base
                last = shift + rec.stream_pos
                if held:
                    yield from held
                    held = []
                if pending is not None:
                    yield pending
                    pending = None
                kind = (rec.headers.get("WARC-Type") or "no type").strip().lower()
                kinds[kind] = kinds.get(kind, 0) + 1
                last_length = rec.headers.get("Content-Length")
                if rec.headers.get("WARC-Type") is None:
                    # Every WARC record names its type; a header block without one is
                    # damage (a garbled or cut header), not a record to pass over.
                    if bad_at != last:
                        bad_at = last
                        yielded = True
                        yield ReadError(
                            name,
                            f"WARC record at offset {last} has no WARC-Type "
                            "header (damaged record header)",
                        )
                    continue
                if not rec.record_type & wanted and last_length is None:
                    # every record states its Content-Length: a request or a type
                    # cut to "r" without one is a file cut inside that header
                    if bad_at != last:
                        bad_at = last
                        yielded = True
                        yield ReadError(
                            name,
                            f"WARC record truncated at offset {last}",
                            "the file ends inside the record's header (no Content-Length)",
                        )
                    continue
                if not rec.record_type & wanted:
                    passed["record:" + kind] += 1
                    continue
                held, held_at = list(_record(rec, last, name, settings)), last
                if lf_only:
                    for item in held:
                        if isinstance(item, Document):
                            item.flags.append(lf_flag)
                held_passed = None
                if held and type(held[0]) is str:  # passed over: its reason
                    held_passed = held.pop()
                    passed[held_passed] += 1
                if any(isinstance(item, ReadError) for item in held):
                    bad_at = last
                yielded = yielded or bool(held)
            yield from held
            held = []
            break
        except OSError as exc:
            reason = _short(exc)
            if not seen_any and base == 0:
                yield ReadError(name, "not a WARC file (no valid record header)", reason)
                return
            gzip_fault = any(w in reason.lower() for w in ("gzip", "zlib", "inflate", "decompress"))
            what = "corrupt gzip data in WARC" if gzip_fault else "malformed WARC record"
            if read_here == 0 and pending is not None:
                # Resynchronised onto a record that is itself broken: same fault, sharper place.
                pending = ReadError(name, f"{what} at offset {base}", reason)
            elif bad_at != last:  # else the record before the break was already reported
                pending = ReadError(name, f"{what} after offset {last}", reason)
            nxt = _resync(fh, last + 1, GZIP_MAGIC if gz else b"WARC/1.")
            if held_at == last and not gzip_fault and bad_at != last:
                # (a record already reported, failing its digest, stays as reported)
                again = _reread_wrong_length(fh, last, gz, nxt, name, settings)
                if again is not None:
                    held, pending = again
                    if held_passed is not None:  # what the wrong length made of it is undone
                        passed[held_passed] -= 1
                        held_passed = None
                    if held and type(held[0]) is str:
                        passed[held.pop()] += 1
                    bad_at = last
                    yielded = True
            yield from held
            held = []
            if nxt is None:
                break
            base = nxt
    if seen_any and pending is None:
        # fastwarc ends quietly when the file stops inside a gzip member (a
        # download cut in the last record's first bytes, or in a member's
        # trailer) or inside a record's header: the records before were read,
        # the last one vanished unsaid
        cut = _gzip_tail_cut(fh, last) if gz else None
        if cut is not None and cut != bad_at:  # a record already reported is not said twice
            yielded = True
            yield ReadError(
                name,
                f"WARC cut short: the file ends inside the record at offset {cut}",
                "that record is lost (a truncated download or copy)",
            )
    if pending is not None:
        yield pending
    elif seen_any and not yielded:
        # an archive of requests, revisits, redirects or images: each record is
        # rightly passed over, but the file itself gave nothing and said nothing
        n = sum(kinds.values())
        yield ReadError(
            name,
            f"no pages in WARC: {counted(n, 'record')}, none an HTML or "
            "plain-text page with a 2xx status",
            ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())),
        )
    if not seen_any:
        yield ReadError(name, "no WARC records found")
    counts = {k: n for k, n in passed.items() if n > 0}
    if counts:
        yield PassedOver(name, counts)


def _lf_only_header(fh: BinaryIO, gz: bool) -> bool:
    """True when the file's first line is ``WARC/1.x`` ended by LF alone."""
    fh.seek(0)
    head = fh.read(4096)
    fh.seek(0)
    if gz:
        try:
            head = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(head, 256)
        except zlib.error:
            return False
    first, nl, _ = head.partition(b"\n")
    return bool(nl) and first.startswith(b"WARC/") and not first.endswith(b"\r")


def _records(archive_iterator, fh: BinaryIO, lf_only: bool):
    if lf_only:
        try:
            return archive_iterator(fh, parse_http=False, quirks_mode=True)
        except TypeError:  # a fastwarc before 2.0 has no quirks mode: read strictly
            pass
    return archive_iterator(fh, parse_http=False)


class _Headers(dict):
    """A record's header fields, looked up without regard to case."""

    def get(self, key, default=None):
        return super().get(key.lower(), default)


class _RecordAgain:
    """A record read again from its own bytes, for :func:`_record`."""

    def __init__(self, headers: _Headers, block: bytes):
        self.headers = headers
        self.reader = io.BytesIO(block)


def _reread_wrong_length(
    fh: BinaryIO, start: int, gz: bool, nxt: int | None, name: str, settings: Settings
) -> tuple[list[Document | ReadError], ReadError] | None:
    """The page record at ``start`` read again when its Content-Length is what
    broke the stream: its block runs to the next record (plain WARC) or to the
    end of its gzip member. None when its own framing is right (the damage is
    in what follows) or its bytes cannot be read again."""
    if gz:
        fh.seek(start)
        dec = zlib.decompressobj(zlib.MAX_WBITS | 16)
        out = bytearray()
        try:
            while not dec.eof and len(out) < _REREAD_MAX and (chunk := fh.read(_RESYNC_CHUNK)):
                out += dec.decompress(chunk, _REREAD_MAX - len(out))
        except zlib.error:
            return None
        if not dec.eof:
            return None  # cut, damaged or over the limit: reported as it was
        raw = bytes(out)
    else:
        fh.seek(start)
        raw = fh.read(min(_REREAD_MAX, (nxt - start) if nxt is not None else _REREAD_MAX))
    head_end = raw.find(b"\r\n\r\n")
    if head_end < 0:
        return None
    headers = _Headers()
    for line in raw[:head_end].decode("utf-8", "replace").split("\r\n")[1:]:
        key, sep, value = line.partition(":")
        if sep:
            headers.setdefault(key.strip().lower(), value.strip())
    try:
        declared = int(headers.get("Content-Length") or "")
    except ValueError:
        return None
    body_start = head_end + 4
    end = body_start + declared
    if end <= len(raw) and raw[end : end + 4] in (b"", b"\r\n", b"\r\n\r\n"):
        return None  # the record ends where it says: the damage is in what follows
    block = raw[body_start:]
    block = block[:-4] if block.endswith(b"\r\n\r\n") else block.rstrip(b"\r\n")
    headers["content-length"] = str(len(block))
    items = list(_record(_RecordAgain(headers, block), start, name, settings))
    note = ReadError(
        name,
        f"malformed WARC record at offset {start}: Content-Length {declared}, "
        f"but its block is {len(block)} bytes",
        "read again to the end of its gzip member" if gz else "read again up to the next record",
    )
    return items, note


def _gzip_tail_cut(fh: BinaryIO, start: int) -> int | None:
    """Offset of the gzip member the file ends inside, reading from the member
    at ``start`` (the last record's) to the end; None when every member there
    is whole, or ``start`` is no member's start (one stream for the file)."""
    fh.seek(start)
    if fh.read(2) != GZIP_MAGIC:
        return None
    fh.seek(start)
    pos = start  # file offset of data[0]
    member_at = start
    dec = None
    while data := fh.read(_RESYNC_CHUNK):
        while data:
            if dec is None:  # between members: NUL padding, then the next one
                rest = data.lstrip(b"\x00")
                pos += len(data) - len(rest)
                data = rest
                if not data:
                    break
                if not GZIP_MAGIC.startswith(data[:2]):
                    return None  # bytes that are no member: damage the iterator reports, not a cut
                dec, member_at = zlib.decompressobj(zlib.MAX_WBITS | 16), pos
            try:
                # only where each member ends matters: output is dropped in bounded pieces
                dec.decompress(data, _RESYNC_CHUNK)
                while dec.unconsumed_tail and not dec.eof:
                    dec.decompress(dec.unconsumed_tail, _RESYNC_CHUNK)
            except zlib.error:
                return None
            if dec.eof:
                rest = dec.unused_data
                pos += len(data) - len(rest)
                data, dec = rest, None
            else:
                pos += len(data)
                data = b""
    return None if dec is None else member_at


def _resync(fh: BinaryIO, start: int, needle: bytes) -> int | None:
    """Offset of the next ``needle`` at or after ``start`` (record headers begin a line)."""
    pos = start
    overlap = len(needle)
    while True:
        fh.seek(pos)
        chunk = fh.read(_RESYNC_CHUNK)
        if not chunk:
            return None
        i = 0
        while True:
            i = chunk.find(needle, i)
            if i < 0:
                break
            at = pos + i
            if needle == GZIP_MAGIC or at == 0 or _preceded_by_newline(fh, at):
                return at
            i += 1
        if len(chunk) < _RESYNC_CHUNK:
            return None
        pos += len(chunk) - overlap


def _preceded_by_newline(fh: BinaryIO, at: int) -> bool:
    fh.seek(at - 1)
    return fh.read(1) == b"\n"


def _short(exc: BaseException) -> str:
    return (str(exc) or type(exc).__name__).splitlines()[0][:200]


def _record(
    rec, offset: int, name: str, settings: Settings
) -> Iterator[Document | ReadError | str]:
    """The record's document, or its ReadError, or -- for a record rightly
    passed over -- one string saying why (``"redirect:301"``, ``"not HTML:image/png"``)."""
    limits = settings.limits
    headers = rec.headers
    where = f"WARC record at offset {offset}"
    try:
        declared = int(headers.get("Content-Length") or -1)
    except ValueError:
        declared = -1
    cap = limits.max_page_bytes + HTTP_HEADER_ALLOWANCE
    try:
        block = rec.reader.read(cap + 1)
    except OSError as exc:
        yield ReadError(name, f"{where} unreadable", _short(exc))
        return
    flags: list[Flag] = []
    cut = len(block) > cap
    if cut:
        block = block[:cap]
        flags.append(_limit_flag(declared if declared > 0 else len(block), limits.max_page_bytes))
    elif declared >= 0 and len(block) < declared:
        yield ReadError(
            name, f"WARC record truncated at offset {offset}", f"{len(block)} of {declared} bytes"
        )
        return
    elif declared < 0 and not block:
        # every WARC record states its Content-Length: a header without one
        # and no block is a file cut inside the header (it was reported as
        # failing its block digest, which reads as a corrupted record)
        yield ReadError(
            name,
            f"WARC record truncated at offset {offset}",
            "the file ends inside the record's header (no Content-Length)",
        )
        return
    if not cut:
        bad = _digest_mismatch(headers.get("WARC-Block-Digest"), block)
        if bad:
            yield ReadError(name, f"WARC record at offset {offset} fails its block digest", bad)
            return

    url = (headers.get("WARC-Target-URI") or "").strip() or None
    record_type = (headers.get("WARC-Type") or "").strip().lower()
    parsed = _split_http(block) if record_type == "response" else None
    if record_type == "response" and parsed is None and not _other_protocol(headers):
        yield ReadError(name, f"{where} has no readable HTTP response", url or "")
        return
    if parsed is not None:
        status, http_headers, body = parsed
        if (passed := http_status_passed_over(status)) is not None:
            yield passed
            return
        content_type = http_headers.get("content-type", "")
        body, problem = _decode_transfer(http_headers, body, cap)
        if problem:
            flags.append(Flag(kind="encoding", reason=f"HTTP body: {problem}"))
    else:
        # a resource or conversion record, or a response of another protocol
        # than HTTP (a crawler's dns: lookup, text/dns): the block is the
        # payload, under the record's own Content-Type
        status, content_type, body = None, headers.get("Content-Type") or "", block
    mime = content_type.split(";", 1)[0].strip().lower()
    is_html = mime in HTML_TYPES or (not mime and body.lstrip()[:1] == b"<")
    if not is_html and mime not in TEXT_TYPES:
        yield f"not HTML:{mime or 'no type'}"
        return
    if not body or body.isspace():
        # a page answered with nothing (a soft error, a tracking URL): not
        # damage to report, but not silently a page either
        yield f"empty body:{mime or 'no type'}"
        return
    if len(body) > limits.max_page_bytes:
        body = body[: limits.max_page_bytes]
        if not cut:
            flags.append(_limit_flag(len(body), limits.max_page_bytes))
        cut = True

    declared_cs = [("HTTP header", charset_from_content_type(content_type))]
    if is_html:
        declared_cs.append(("meta charset", charset_from_markup(body)))
    try:
        decoded = decode_bytes(
            body,
            declared_cs,
            cut=cut,
            sample_bytes=settings.read.detect_sample_bytes,
            control_share=settings.read.binary_control_share,
        )
    except BinaryContent as exc:
        yield ReadError(name, f"{where}: {exc}", url or "")
        return
    flags.extend(decoded.flags)
    meta = {"warc_file": name, "content_type": content_type}
    if status is not None:
        meta["http_status"] = status
    title = sitename = author = published = None
    html = None
    if is_html:
        html = decoded.text
        page = parse_html(html)
        text = page.text
        title, sitename, author, published = page.title, page.sitename, page.author, page.published
        meta.update(page.meta)
    else:
        text = decoded.text
    if not text.strip():
        yield ReadError(name, f"{where} has no visible text", url or "")
        return
    point_flags_at(flags, text)
    key = url or f"{os.path.abspath(name)}#{offset}"
    yield Document(
        id=make_doc_id(key, text),
        source=url or f"{name}#{offset}",
        text=text,
        encoding=decoded.encoding,
        html=html,
        record_id=(headers.get("WARC-Record-ID") or "").strip() or None,
        offset=offset,
        url=url,
        fetched=to_iso(headers.get("WARC-Date")),
        published=published,
        title=title,
        author=author,
        sitename=sitename,
        flags=flags,
        meta=meta,
    )


def _other_protocol(headers) -> bool:
    """Does a response record answer another protocol than HTTP? Its
    Content-Type is not application/http (Heritrix writes every DNS lookup
    as a response of type text/dns, for a ``dns:`` target): no HTTP
    header to read, no damage to report."""
    mime = (headers.get("Content-Type") or "").split(";", 1)[0].strip().lower()
    return bool(mime) and mime != "application/http"


def _limit_flag(size: int, limit: int) -> Flag:
    return Flag(
        kind="limit_exceeded",
        reason=f"page of {size} bytes is over limits.max_page_bytes ({limit}); the rest was cut",
        data={"limit": "max_page_bytes", "value": limit, "size": size},
    )


def _digest_mismatch(spec: str | None, block: bytes) -> str | None:
    """A description of the mismatch, or None when it matches or cannot be checked."""
    if not spec or ":" not in spec:
        return None
    algo, _, want = spec.strip().partition(":")
    algo = algo.strip().lower().replace("-", "")
    if algo not in ("sha1", "sha256", "sha512", "md5"):
        return None
    digest = hashlib.new(algo, block).digest()
    want = want.strip()
    if want.lower() == digest.hex() or want.upper().rstrip("=") == base64.b32encode(
        digest
    ).decode().rstrip("="):
        return None
    return f"declared {algo}:{want[:40]}"


def _split_http(block: bytes) -> tuple[int, dict[str, str], bytes] | None:
    for sep in (b"\r\n\r\n", b"\n\n"):
        i = block.find(sep)
        if i >= 0:
            head, body = block[:i], block[i + len(sep) :]
            break
    else:
        return None
    lines = head.decode("latin-1").splitlines()
    if not lines or not lines[0].startswith("HTTP/"):
        return None
    parts = lines[0].split()
    try:
        status = int(parts[1])
    except (IndexError, ValueError):
        return None
    headers: dict[str, str] = {}
    for line in lines[1:]:
        k, sep_, v = line.partition(":")
        if sep_:
            headers[k.strip().lower()] = v.strip()
    return status, headers, body


def _decode_transfer(headers: dict[str, str], body: bytes, cap: int) -> tuple[bytes, str | None]:
    """Undo chunked transfer and gzip/deflate/br/zstd content encodings when they are really there.

    Many crawlers store the decoded body but keep the original headers, so
    a body that does not decode as announced is kept as it is.
    """
    problem = None
    if "chunked" in headers.get("transfer-encoding", "").lower():
        dechunked = _dechunk(body)
        if dechunked is not None:
            body = dechunked
    enc = headers.get("content-encoding", "").lower().strip()
    if enc in ("", "identity") and body[:3] == GZIP_MAGIC + b"\x08":
        # a gzip body with no Content-Encoding: a server that compressed a
        # .html.gz file itself, or a crawler that dropped the header; a page
        # cannot start with these bytes, so the magic is proof enough
        try:
            d = zlib.decompressobj(zlib.MAX_WBITS | 16)
            out = d.decompress(body, cap + 1)
            if out:
                body = out
                problem = "gzip-compressed without a Content-Encoding header; decompressed"
                if not d.eof:
                    problem += " (truncated)"
        except zlib.error:
            pass  # not gzip after all: the body is read, or refused, as it is
    elif enc in ("gzip", "x-gzip", "deflate") and body[:2] in (
        GZIP_MAGIC,
        b"\x78\x01",
        b"\x78\x5e",
        b"\x78\x9c",
        b"\x78\xda",
    ):
        try:
            d = zlib.decompressobj(zlib.MAX_WBITS | 32)
            out = d.decompress(body, cap + 1)
            if not d.eof:
                problem = "truncated compressed body"
            body = out
        except zlib.error as exc:
            problem = f"corrupt {enc} body ({exc})"
    elif enc == "deflate" and body:
        # "deflate" sent as a raw stream, without the zlib header (older IIS,
        # some CDNs): taken only when it inflates whole, else the body was stored decoded
        try:
            d = zlib.decompressobj(-zlib.MAX_WBITS)
            out = d.decompress(body, cap + 1)
            if d.eof and not d.unused_data.strip():
                body = out
        except zlib.error:
            pass
    elif enc in ("br", "zstd") and body:
        out, problem = _decompress_optional(enc, body, cap)
        if out is not None:
            body = out
    return body, problem


def _decompress_optional(enc: str, body: bytes, cap: int) -> tuple[bytes | None, str | None]:
    """A br or zstd body decoded with the brotli / zstandard package when it is
    installed (None: not that encoding after all, or no package to read it)."""
    try:
        if enc == "br":
            import brotli

            d = brotli.Decompressor()
            out = d.process(body, output_buffer_limit=cap + 1)
            if len(out) <= cap and not d.is_finished():
                return None, None  # not a whole brotli stream: the body was stored decoded
            return out[: cap + 1], None
        import zstandard

        with zstandard.ZstdDecompressor().stream_reader(body) as reader:
            return reader.read(cap + 1), None
    except ImportError:
        package = "brotli" if enc == "br" else "zstandard"
        return None, f"{enc} content encoding is not decoded (the {package} package is missing)"
    except Exception:  # noqa: BLE001 - each decoder raises its own types: the body was stored decoded
        return None, None


def _dechunk(body: bytes) -> bytes | None:
    out = bytearray()
    pos = 0
    while True:
        nl = body.find(b"\r\n", pos)
        if nl < 0:
            return None
        try:
            size = int(body[pos:nl].split(b";", 1)[0].strip(), 16)
        except ValueError:
            return None
        if size == 0:
            return bytes(out)
        start = nl + 2
        out += body[start : start + size]
        pos = start + size + 2
        if pos > len(body):
            return bytes(out)
