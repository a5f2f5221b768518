"""Tar and ZIP archives of pages: each member is read as a file of its own.

A corpus often arrives as one archive (``pages.tar.gz``, ``crawl.zip``); it
was refused as "binary content". Members are read in archive order, each
named ``ARCHIVE/MEMBER`` and dispatched by its own name and bytes (HTML,
text, JSONL, WARC, … each may be gzipped). Directories are passed over; a
member that is a link or a device, an encrypted member, a damaged archive or
an archive inside an archive is a ReadError naming it (a ZIP that is a
packaged document -- .docx, .odt, .epub -- is one "binary content" error), and the other members
are still read. A tar that ends without its end-of-archive block (cut), at a
header that cannot be read, or whose gzip stream is cut or fails its check
sum after that block is a ReadError naming the archive, after every whole
member; a file named as an archive is read as one even when its first bytes
do not say so (a few bytes of a cut download are an error, not a text). Nothing is written to disk; member names are only names.
This module must never raise.
"""

from __future__ import annotations

import gzip
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


# Names that say "archive": a file so named whose bytes do not start one is
# read as that archive anyway, so a cut or damaged one (a few bytes of it, a
# pre-POSIX tar without the "ustar" magic) is named as such, not read as text.
TAR_NAMES = (".tar", ".tgz", ".tbz", ".tbz2", ".txz")
ZIP_NAMES = (".zip",)
# After a tar archive's end, a compressed stream is read on to its end (its
# check sums, a cut) up to this many bytes: record padding is 10 KiB.
_END_CHECK_BYTES = 64 << 20


def archive_kind(head: bytes) -> str | None:
    """ "zip" or "tar" when ``head`` (decompressed) starts such an archive."""
    if head.startswith(ZIP_MAGIC):
        return "zip"
    if head[257:262] == b"ustar":
        return "tar"
    return None


def archive_kind_by_name(uncompressed_name: str) -> str | None:
    """ "zip" or "tar" when the (lower-case, compression-less) name says so."""
    if uncompressed_name.endswith(TAR_NAMES):
        return "tar"
    if uncompressed_name.endswith(ZIP_NAMES):
        return "zip"
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
        yield "", None, _archive_problem(kind, exc), _one_line(exc)


def _archive_problem(kind: str, exc: BaseException) -> str:
    """One line for what stopped reading an archive: a cut says so."""
    if isinstance(exc, EOFError) or str(exc) == "unexpected end of data":
        return f"{kind} archive cut short: members after the cut are lost"
    return f"damaged {kind} archive"


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
        problem, detail = _tar_end(tar)
        if problem:
            yield "", None, problem, detail


def _tar_end(tar: tarfile.TarFile) -> tuple[str, str]:
    """(problem, detail) when the archive does not end as a whole one does.

    tarfile stops at a cut, missing or unreadable header as it stops at the
    end-of-archive block, silently: every member after it was lost unseen.
    And it never reads a gzip stream past that block, so a .tar.gz cut in its
    end padding, or with a bad check sum, looked whole."""
    fobj = tar.fileobj
    fobj.seek(tar.offset)
    block = fobj.read(tarfile.BLOCKSIZE)
    if len(block) < tarfile.BLOCKSIZE:
        return (
            "tar archive cut short: no end-of-archive block, members after the cut are lost",
            f"ends at byte {tar.offset + len(block)} of the tar data",
        )
    if block.count(0) != tarfile.BLOCKSIZE:
        return (
            "damaged tar archive: a header that cannot be read, the members after it are not read",
            f"at byte {tar.offset} of the tar data",
        )
    if not isinstance(fobj, gzip.GzipFile):
        return "", ""
    try:
        left = _END_CHECK_BYTES
        while left > 0 and (piece := fobj.read(min(left, 1 << 20))):
            left -= len(piece)
    except EOFError:
        return "truncated gzip stream after the end of the tar archive (every member was read)", ""
    except gzip.BadGzipFile as exc:
        if str(exc).startswith("Not a gzipped file"):
            return "trailing garbage after gzip stream (every member was read)", ""
        return f"corrupt gzip stream after the tar archive ({exc}; every member was read)", ""
    except (OSError, zlib.error) as exc:
        return f"corrupt gzip stream after the tar archive ({_one_line(exc)})", ""
    return "", ""


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
