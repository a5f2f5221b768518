"""CSV and TSV exports: one document per row, read as a JSON Lines record is.

A spreadsheet or a scraper's ``pandas.to_csv`` holds articles one per row under
a header row naming the columns. The header's names are matched, whatever
their case or spacing ("Title", " URL ", "Published Date" as published_date),
to the names a JSON Lines record's fields go by (:data:`.jsonl.FIELD_NAMES`,
which holds the project's languages' column names too: "titre;contenu;date",
"标题,内容,日期"), and each row is then read by the same code as a record: text
or html, url, id, published, title, author. A row is named ``path#N``, N its row number with the
header as row 1 (a quoted cell may span lines). A file whose header names no text or html column is
one ReadError listing the columns it has and those read. The encoding is
detected on the file's start (as a page's is), the delimiter sniffed among
``, ; TAB |`` (``.tsv``: a tab). This module must never raise.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterator
from typing import BinaryIO

from ..model import Document, ReadError
from ..settings import Settings
from .compressed import GZIP_STREAM_ERRORS, gzip_or_plain, gzip_trailing_garbage
from .decode import BinaryContent, decode_bytes
from .jsonl import FIELD_NAMES, _record

_DELIMITERS = ",;\t|"
# A header's name reduced for matching: case, spaces, dashes and underscores
# aside, and composed (NFC) as the table is ("tiêu đề" typed with combining marks).
_SQUASH = re.compile(r"[\s_\-]+")


def _squash(name: str) -> str:
    return _SQUASH.sub("", unicodedata.normalize("NFC", name)).casefold()


# Every field name a record may use, by its squashed spelling.
_KNOWN = {_squash(alias): alias for names in FIELD_NAMES.values() for alias in names} | {"id": "id"}


def read_csv(
    fh: BinaryIO, name: str, key_base: str, settings: Settings, gz: bool, tsv: bool
) -> Iterator[Document | ReadError]:
    lineno = 1  # the header is row 1
    try:
        head = _open(fh, gz).read(max(settings.read.detect_sample_bytes, 8192))
        try:
            encoding = decode_bytes(head, cut=True).encoding
        except BinaryContent as exc:
            yield ReadError(name, str(exc))
            return
        dialect = _dialect(head.decode(encoding, errors="ignore"), tsv)
        unpacked = _open(fh, gz)
        text = io.TextIOWrapper(unpacked, encoding=encoding, errors="replace", newline="")
        limit = max(settings.limits.max_jsonl_line_bytes, settings.limits.max_page_bytes)
        csv.field_size_limit(max(csv.field_size_limit(), limit))
        rows = csv.reader(text, dialect)
        header = next(rows, None)
        if header is None:
            yield ReadError(name, "empty file")
            return
        keys = [_KNOWN.get(_squash(h.lstrip("\ufeff"))) for h in header]
        body = set(FIELD_NAMES["text"]) | set(FIELD_NAMES["html"])
        if not any(k in body for k in keys):
            shown = ", ".join(repr(h) for h in header[:8]) + (" …" if len(header) > 8 else "")
            yield ReadError(
                name,
                f"CSV has no text column: its first row names {shown}",
                "a header row naming one of: "
                + ", ".join(FIELD_NAMES["text"] + FIELD_NAMES["html"]),
            )
            return
        for row in rows:
            lineno += 1
            if not any(cell.strip() for cell in row):
                continue
            obj = {k: v for k, v in zip(keys, row, strict=False) if k and v.strip()}
            item = _record(obj, lineno, "row", name, key_base, settings, encoding, [])
            if isinstance(item, str):
                continue  # an HTTP status column is not among the columns read: not reached
            if isinstance(item, Document):
                item.meta.pop("json_file", None)
                item.meta["csv_file"] = name
            yield item
        if gzip_trailing_garbage(unpacked):
            yield ReadError(
                name, f"trailing garbage after gzip stream (after row {lineno}): not read"
            )
    except csv.Error as exc:
        yield ReadError(name, f"CSV cannot be read after row {lineno}: {exc}")
    except GZIP_STREAM_ERRORS as exc:
        yield ReadError(name, f"corrupt gzip stream ({exc})")


def _open(fh: BinaryIO, gz: bool) -> BinaryIO:
    fh.seek(0)
    return gzip_or_plain(fh, gz)


def _dialect(sample: str, tsv: bool) -> type[csv.Dialect] | csv.Dialect:
    if tsv:
        return csv.excel_tab
    try:
        return csv.Sniffer().sniff(sample[:8192], delimiters=_DELIMITERS)
    except csv.Error:
        return csv.excel
