"""Tar and ZIP archives of pages: each member is read as a file of its own.

A corpus often arrives as one archive (``pages.tar.gz``, ``crawl.zip``); it
was refused as "binary content". Members are read in archive order, each
named ``ARCHIVE/MEMBER`` and dispatched by its own name and bytes (HTML,
text, JSONL, WARC, … each may be gzipped). Directories are passed over; a
member that is a link or a device, an encrypted member, a damaged archive or
an archive inside an archive is a ReadError naming it (a ZIP that is a
packaged document -- .docx, .odt, .epub -- is one "binary content" error), and the other members
are still read. Nothing is written to disk; member names are only names.
This module must never raise.
"""

from __future__ import annotations

import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from typing import BinaryIO

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # a member, or an empty archive's directory
# Members that make a ZIP a packaged document (OOXML, Java) rather than an
# archive of pages; OpenDocument and EPUB put a "mimetype" member first.
PACKAGE_MARKERS = {"[Content_Types].xml", "META-INF/MANIFEST.MF"}
# What a damaged or cut archive raises, opening it or reading a member.
ARCHIVE_ERRORS = (tarfile.TarError, zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error)


def archive_kind(head: bytes) -> str | None:
    """ "zip" or "tar" when ``head`` (decompressed) starts such an archive."""
    if head.startswith(ZIP_MAGIC):
        return "zip"
    if head[257:262] == b"ustar":
        return "tar"
    return None


Member = tuple[str, "BinaryIO | None", str, str]  # name, open file, problem, detail


def iter_members(fh: BinaryIO, kind: str) -> Iterator[Member]:
    """(member name, open file or None, problem, detail) for each member that is not
    a folder; a problem is one line, the detail says more."""
    try:
        if kind == "zip":
            yield from _zip_members(fh)
        else:
            yield from _tar_members(fh)
    except ARCHIVE_ERRORS as exc:
        yield "", None, f"damaged {kind} archive", _one_line(exc)


def _one_line(exc: BaseException) -> str:
    return " ".join(f"{type(exc).__name__}: {exc}".split())[:500]


def _tar_members(fh: BinaryIO) -> Iterator[Member]:
    fh.seek(0)
    with tarfile.open(fileobj=fh, mode="r:*") as tar:
        for member in tar:
            if member.isdir():
                continue
            if not member.isfile():
                yield member.name, None, "not a regular file in the archive (link or device)", ""
                continue
            yield member.name, tar.extractfile(member), "", ""


def _zip_members(fh: BinaryIO) -> Iterator[Member]:
    fh.seek(0)
    with zipfile.ZipFile(fh) as zf:
        infos = zf.infolist()
        names = {i.filename for i in infos}
        if names & PACKAGE_MARKERS or (infos and infos[0].filename == "mimetype"):
            # a .docx, .xlsx, .odt, .epub or .jar is a ZIP of its own parts
            yield (
                "",
                None,
                "binary content (a packaged document: Office, OpenDocument, EPUB or Java), not an archive of pages",
                "",
            )
            return
        for info in infos:
            if info.is_dir():
                continue
            if info.flag_bits & 0x1:
                yield info.filename, None, "encrypted member: not read", ""
                continue
            try:
                member = zf.open(info)
            except (NotImplementedError, RuntimeError, zipfile.BadZipFile) as exc:
                yield info.filename, None, "cannot open member", _one_line(exc)
                continue
            yield info.filename, member, "", ""  # type: ignore[misc]
