"""Tar and ZIP archives of pages: each member is read as a file of its own.

A corpus often arrives as one archive (``pages.tar.gz``, ``crawl.zip``); it
was refused as "binary content". Members are read in archive order, each
named ``ARCHIVE/MEMBER`` and dispatched by its own name and bytes (HTML,
text, JSONL, WARC, … each may be gzipped). Directories are passed over, and
so are links (a tar's symbolic or hard link names a member read in its own
place: read again it would be a duplicate), counted by kind for the run's
report; a member that is a device, an encrypted member, a damaged archive or
an archive inside an archive is a ReadError naming it (a ZIP that is a
packaged document -- .docx, .odt, .epub -- is one "binary content" error), and the other members
are still read. A tar that ends without its end-of-archive block (cut), at a
header that cannot be read, or whose gzip stream is cut or fails its check
sum after that block is a ReadError naming the archive, after every whole
member; a file named as an archive is read as one even when its first bytes
do not say so (a few bytes of a cut download are an error, not a text). A
ZIP whose central directory is cut off (it is at the end: a truncated
download loses it first) is read by walking its members' local headers: the
whole members are read, the first one cut short is named, and the archive's
ReadError says from which byte the rest is lost. Nothing is written to
disk; member names are only names.
This module must never raise.
"""

from __future__ import annotations

import gzip
import struct
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from typing import BinaryIO

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # a member, or an empty archive's directory
# Members that make a ZIP a packaged document (OOXML, Java) rather than an
# archive of pages; OpenDocument and EPUB put a "mimetype" member first.
PACKAGE_MARKERS = {"[Content_Types].xml", "META-INF/MANIFEST.MF"}
_PACKAGE_PROBLEM = (
    "binary content (a packaged document: Office, OpenDocument, EPUB or Java), "
    "not an archive of pages"
)
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
# A member rightly not read: its "problem" starts with this, the rest is the
# reason the run's report counts (PassedOver), not an error.
PASSED_OVER = "passed over:"


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
            if member.issym() or member.islnk():
                kind = "symbolic link" if member.issym() else "hard link"
                yield member.name, None, f"{PASSED_OVER}link:{kind}", ""
                continue
            if not member.isfile():
                yield member.name, None, "not a regular file in the archive (device or fifo)", ""
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
    try:
        zf = zipfile.ZipFile(fh)
    except ARCHIVE_ERRORS as exc:
        # no readable central directory (a cut download loses it first: it
        # is at the end): the members are still there, each after its local
        # header
        yield from _zip_members_from_local_headers(fh, exc)
        return
    with zf:
        infos = zf.infolist()
        names = {i.filename for i in infos}
        if names & PACKAGE_MARKERS or (infos and infos[0].filename == "mimetype"):
            # a .docx, .xlsx, .odt, .epub or .jar is a ZIP of its own parts
            yield "", None, _PACKAGE_PROBLEM, ""
            return
        for info in infos:
            if info.is_dir():
                continue
            if info.flag_bits & 0x1:
                yield _decoded_name(info), None, "encrypted member: not read", ""
                continue
            try:
                member = zf.open(info)
            except (NotImplementedError, RuntimeError, zipfile.BadZipFile) as exc:
                yield _decoded_name(info), None, "cannot open member", _one_line(exc)
                continue
            yield _decoded_name(info), member, "", ""  # type: ignore[misc]


# DOS code pages a ZIP tool writes names in when it does not set the UTF-8
# flag (the writer's OEM page: cp866 on Russian Windows, cp852 in central
# Europe); a detector's guess outside these is no better than cp437.
_OEM_PAGES = ("cp437", "cp850", "cp852", "cp855", "cp857", "cp862", "cp866", "cp869", "cp737", "cp775")


def zip_member_name(raw: bytes, utf8_flag: bool) -> str:
    """A ZIP member's name from its bytes: UTF-8 when flagged, or when the
    bytes are valid UTF-8 (many tools write UTF-8 without the flag; cp437
    text is hardly ever valid UTF-8), else the OEM page the detector names,
    else cp437 as the format says. Never raises."""
    if utf8_flag:
        return raw.decode("utf-8", "replace")
    if raw.isascii():
        return raw.decode("ascii")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        from .decode import decode_bytes

        got = decode_bytes(raw)
        if got.encoding in _OEM_PAGES and not got.flags:
            return got.text
    except Exception:  # noqa: BLE001, S110 - a name is only a name: cp437 below
        pass
    return raw.decode("cp437", "replace")


def _decoded_name(info: zipfile.ZipInfo) -> str:
    if info.flag_bits & 0x800 or info.filename.isascii():
        return info.filename
    # zipfile read the bytes as cp437: they come back unchanged
    return zip_member_name(info.filename.encode("cp437", "replace"), False)


# A ZIP member's local header (APPNOTE 4.3.7): signature, then version,
# flags, method, time, date, CRC-32, compressed and uncompressed size, name
# and extra field lengths.
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")
_LOCAL_MAGIC = b"PK\x03\x04"
_DIRECTORY_MAGIC = b"PK\x01\x02"
_DESCRIPTOR_MAGIC = b"PK\x07\x08"
_ZIP64_EXTRA = 0x0001
# A member whose sizes follow its data (flag bit 3) is measured by inflating
# it; at most this many bytes of it are inflated.
_MEASURE_LIMIT = 256 << 20


def _zip_members_from_local_headers(fh: BinaryIO, exc: BaseException) -> Iterator[Member]:
    """The members of a ZIP whose central directory cannot be read, found by
    walking their local headers from the start: each header gives the next
    one's place, so the walk is one step per member and never searches. A
    member whose header and data are whole is read (and its CRC-32 checked
    as it is read); the first member cut short is named; the members after
    it, whose names only the lost directory held, are reported together."""
    size = _size_of(fh)
    pos = recovered = 0
    lost_at: int | None = None
    named_cut = False  # a member named as cut short
    while True:
        fh.seek(pos)
        head = fh.read(_LOCAL_HEADER.size)
        if len(head) < _LOCAL_HEADER.size or not head.startswith(_LOCAL_MAGIC):
            # the central directory reached (every member read), or the cut,
            # or bytes that are no header (what followed is lost)
            directory = head[:4] in (_DIRECTORY_MAGIC, b"PK\x05\x06") or (
                # "PK\x01" at the cut: the directory's first bytes ("PK" alone
                # may as well start another member)
                len(head) == 3 and _DIRECTORY_MAGIC.startswith(head)
            )
            if not directory:
                lost_at = pos
            break
        fields = _LOCAL_HEADER.unpack(head)
        (_, _, flags, method, mtime, mdate, crc, csize, usize, nlen, elen) = fields
        name_raw = fh.read(nlen)
        extra = fh.read(elen)
        if len(name_raw) < nlen or len(extra) < elen:
            lost_at = pos
            break
        name = zip_member_name(name_raw, bool(flags & 0x800))
        data_at = pos + _LOCAL_HEADER.size + nlen + elen
        if pos == 0 and (name in PACKAGE_MARKERS or name == "mimetype"):
            yield "", None, _PACKAGE_PROBLEM, ""
            return
        if 0xFFFFFFFF in (csize, usize):
            csize, usize = _zip64_sizes(extra, csize, usize)
        descriptor = 0
        if flags & 0x8:
            # sizes and CRC-32 follow the data: only a deflated member can be
            # measured without them
            measured = _measure_deflated(fh, data_at) if method == zipfile.ZIP_DEFLATED else None
            if measured is None:
                why = "member cut short in the archive, or its size unknown: not read"
                yield name, None, why, ""
                lost_at, named_cut = pos, True
                break
            csize, usize, crc, descriptor = measured
        end = data_at + csize
        if end + descriptor > size or csize == 0xFFFFFFFF:
            why = "member cut short in the archive: not read"
            yield name, None, why, f"its data ends past byte {size}"
            lost_at, named_cut = pos, True
            break
        pos = end + descriptor
        if name.endswith("/"):
            continue
        if flags & 0x1:
            yield name, None, "encrypted member: not read", ""
            continue
        info = zipfile.ZipInfo(name, date_time=_dos_time(mdate, mtime))
        info.flag_bits, info.compress_type = flags, method
        info.compress_size, info.file_size, info.CRC = csize, usize, crc
        fh.seek(data_at)
        try:
            member = zipfile.ZipExtFile(fh, "r", info, None, False)
        except (NotImplementedError, RuntimeError, zipfile.BadZipFile) as err:
            yield name, None, "cannot open member", _one_line(err)
            continue
        recovered += 1
        yield name, member, "", ""  # type: ignore[misc]
    if not recovered and not named_cut:
        yield "", None, _archive_problem("zip", exc), _one_line(exc)
        return
    problem = "zip archive cut short: its central directory is missing"
    if lost_at is not None:
        problem += (
            f"; {recovered} member(s) read from their local headers, "
            f"any members from byte {lost_at} on are lost"
        )
    elif recovered:
        problem += f"; {recovered} member(s) read from their local headers"
    yield "", None, problem, _one_line(exc)


def _size_of(fh: BinaryIO) -> int:
    fh.seek(0, 2)
    return fh.tell()


def _dos_time(mdate: int, mtime: int) -> tuple[int, int, int, int, int, int]:
    """A DOS date and time as ZipInfo takes it, clamped to what it accepts."""
    return (
        max(1980, (mdate >> 9) + 1980),
        min(12, max(1, (mdate >> 5) & 0xF)),
        min(31, max(1, mdate & 0x1F)),
        min(23, mtime >> 11),
        min(59, (mtime >> 5) & 0x3F),
        min(59, (mtime & 0x1F) * 2),
    )


def _zip64_sizes(extra: bytes, csize: int, usize: int) -> tuple[int, int]:
    """The sizes a ZIP64 extra field gives for those the header marks 0xFFFFFFFF
    (uncompressed first, then compressed, each only when marked)."""
    i = 0
    while i + 4 <= len(extra):
        tag, n = struct.unpack_from("<HH", extra, i)
        body = extra[i + 4 : i + 4 + n]
        if tag == _ZIP64_EXTRA:
            k = 0
            if usize == 0xFFFFFFFF and len(body) >= k + 8:
                (usize,) = struct.unpack_from("<Q", body, k)
                k += 8
            if csize == 0xFFFFFFFF and len(body) >= k + 8:
                (csize,) = struct.unpack_from("<Q", body, k)
            break
        i += 4 + n
    return csize, usize


def _measure_deflated(fh: BinaryIO, data_at: int) -> tuple[int, int, int, int] | None:
    """(compressed size, size, CRC-32, descriptor length) of a deflated member
    whose sizes follow its data, by inflating it to the end of its stream;
    None when the stream is cut, damaged or too large to measure."""
    fh.seek(data_at)
    z = zlib.decompressobj(-15)
    crc = used = out = 0
    try:
        while not z.eof:
            chunk = fh.read(1 << 16)
            if not chunk:
                return None
            piece = z.decompress(chunk)
            crc, out = zlib.crc32(piece, crc), out + len(piece)
            used += len(chunk) - len(z.unused_data)
            if out > _MEASURE_LIMIT:
                return None
        piece = z.flush()
        crc, out = zlib.crc32(piece, crc), out + len(piece)
    except zlib.error:
        return None
    fh.seek(data_at + used)
    tail = fh.read(24)
    k = 4 if tail.startswith(_DESCRIPTOR_MAGIC) else 0
    if len(tail) < k + 12:
        return None
    d_crc, d_csize, d_usize = struct.unpack_from("<3L", tail, k)
    if (d_crc, d_csize, d_usize) == (crc, used & 0xFFFFFFFF, out & 0xFFFFFFFF):
        return used, out, crc, k + 12
    if len(tail) >= k + 20:  # ZIP64 descriptor: 8-byte sizes
        d_crc, d_csize, d_usize = struct.unpack_from("<LQQ", tail, k)
        if (d_crc, d_csize, d_usize) == (crc, used, out):
            return used, out, crc, k + 20
    return None
