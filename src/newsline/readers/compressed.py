"""Bounded gzip decompression for single-document inputs (``.html.gz``, ``.txt.gz``),
and bzip2, xz and zstd streams unpacked to a spool file (zstd through the
optional ``zstandard`` package).

Reads a gzip stream (all members) from a binary file object and stops at a
byte budget, so a zip bomb costs at most that budget. A truncated or corrupt
stream gives back what was decompressed before the damage, with the problem.

This module must never read an unbounded amount into memory.
"""

from __future__ import annotations

import gzip
import io
import zlib
from dataclasses import dataclass
from typing import BinaryIO

GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 20
# What reading through gzip.GzipFile raises on a cut or damaged stream (and
# OSError from the file beneath): the record readers' guard around their loop.
GZIP_STREAM_ERRORS = (EOFError, gzip.BadGzipFile, zlib.error, OSError)


def gzip_or_plain(fh: BinaryIO, gz: bool) -> BinaryIO:
    """``fh`` itself, or a gzip reader of it when ``gz`` (from where it stands).

    The gzip reader ends at bytes after the last member that start no other
    (trailing garbage: a download's error page appended, a copy that went on
    too long) instead of raising, as gzip.GzipFile did, which lost every
    record of a .json.gz or a small .csv.gz whose records were all there;
    ``gzip_trailing_garbage(reader)`` says whether it met such bytes. A cut
    or damaged member raises as GzipFile does (GZIP_STREAM_ERRORS)."""
    if not gz:
        return fh
    return io.BufferedReader(_GzipMembers(fh), buffer_size=_MEMBER_READ)


def gzip_trailing_garbage(stream: object) -> bool:
    """Did the gzip reader ``gzip_or_plain`` gave end at trailing garbage?"""
    raw = getattr(stream, "raw", None)
    return isinstance(raw, _GzipMembers) and raw.trailing_garbage


_MEMBER_READ = 64 * 1024


class _GzipMembers(io.RawIOBase):
    """The decompressed bytes of the gzip members in ``fh``, one after another
    (NUL padding between them passed over), never more than asked for at once."""

    def __init__(self, fh: BinaryIO):
        self._fh = fh
        self._dec = zlib.decompressobj(zlib.MAX_WBITS | 16)
        self._pending = b""
        self._done = False
        self.trailing_garbage = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        want = len(buffer)
        while not self._done and want:
            data = self._pending or self._fh.read(_MEMBER_READ)
            self._pending = b""
            if not data:
                raise EOFError("Compressed file ended before the end-of-stream marker was reached")
            out = self._dec.decompress(data, want)  # zlib.error on damage
            self._pending = self._dec.unconsumed_tail
            if self._dec.eof:
                self._next_member(self._dec.unused_data)
            if out:
                buffer[: len(out)] = out
                return len(out)
        return 0

    def _next_member(self, rest: bytes) -> None:
        rest = rest.lstrip(b"\x00")
        while len(rest) < 2 and (more := self._fh.read(_MEMBER_READ)):
            rest = (rest + more).lstrip(b"\x00")
        if not rest:
            self._done = True
        elif rest.startswith(GZIP_MAGIC):
            self._dec = zlib.decompressobj(zlib.MAX_WBITS | 16)
            self._pending = rest
        else:
            self._done = True
            self.trailing_garbage = True


@dataclass
class Gunzipped:
    data: bytes
    problem: str | None = None  # "truncated gzip stream", "corrupt gzip stream: ..."
    over_limit: bool = False


def gunzip_stream(fh: BinaryIO, limit: int) -> Gunzipped:
    """Decompress up to ``limit`` bytes (+1 to notice an overrun) from ``fh``."""
    out = bytearray()
    dec = zlib.decompressobj(zlib.MAX_WBITS | 16)
    pending = b""
    while True:
        chunk = pending or fh.read(_CHUNK)
        pending = b""
        if not chunk:
            break
        try:
            piece = dec.decompress(chunk, limit + 1 - len(out))
        except zlib.error as exc:
            return Gunzipped(bytes(out), f"corrupt gzip stream ({_zlib_reason(exc)})")
        out += piece
        if len(out) > limit:
            return Gunzipped(bytes(out[:limit]), None, over_limit=True)
        if dec.unconsumed_tail:
            pending = dec.unconsumed_tail
            continue
        if dec.eof:
            rest = dec.unused_data.lstrip(b"\x00")
            while len(rest) < 2:
                more = fh.read(_CHUNK)
                if not more:
                    break
                rest = (rest + more).lstrip(b"\x00")  # NUL padding after a member is harmless
            if not rest:
                return Gunzipped(bytes(out))
            if not rest.startswith(GZIP_MAGIC):
                return Gunzipped(bytes(out), "trailing garbage after gzip stream")
            dec = zlib.decompressobj(zlib.MAX_WBITS | 16)
            pending = rest
    if not dec.eof:
        return Gunzipped(bytes(out), "truncated gzip stream")
    return Gunzipped(bytes(out))


def _zlib_reason(exc: zlib.error) -> str:
    msg = str(exc)
    return msg.split(":", 1)[-1].strip() if ":" in msg else msg


# bzip2 ("BZh", a block size digit, then a block's or the end's magic) and xz
# streams: a page or a tar archive compressed by `bzip2` / `xz` rather than gzip.
_BZIP2_BLOCKS = (b"\x31\x41\x59\x26\x53\x59", b"\x17\x72\x45\x38\x50\x90")
XZ_MAGIC = b"\xfd7zXZ\x00"


# Zstandard (RFC 8878): a frame's magic, then its header descriptor, whose
# bit 3 is reserved (0). A skippable frame (magic 0x184D2A50-5F, then its
# size) carries no data; WARC-zstd files start with one, 0x184D2A5D, holding
# the dictionary their record frames are compressed with (iipc
# warc-specifications, "WARC-zstd": the dictionary itself may be
# zstd-compressed).
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
ZSTD_DICT_FRAME = b"\x5d\x2a\x4d\x18"
ZSTD_EXTRA = "zstd"  # pyproject's optional extra that installs zstandard
ZSTD_MISSING = (
    "zstd stream: not read, the optional zstandard package is not installed "
    f"(pip install 'newsline[{ZSTD_EXTRA}]', or pip install zstandard)"
)
_ZSTD_BLOCK_MAX = 128 * 1024  # no block decodes to more (RFC 8878, Block_Maximum_Size)
_ZSTD_DICT_LIMIT = 16 << 20


def _zstd_skippable(head: bytes) -> bool:
    return len(head) >= 8 and 0x50 <= head[0] <= 0x5F and head[1:4] == b"\x2a\x4d\x18"


def stream_kind(head: bytes) -> str | None:
    """ "bzip2", "xz" or "zstd" when ``head`` starts such a compressed stream."""
    if head[:3] == b"BZh" and head[3:4] in b"123456789" and head[4:10] in _BZIP2_BLOCKS:
        return "bzip2"
    if head.startswith(XZ_MAGIC):
        return "xz"
    if (head.startswith(ZSTD_MAGIC) and len(head) > 4 and not head[4] & 0x08) or (
        _zstd_skippable(head)
    ):
        return "zstd"
    return None


def _decompressor(kind: str):
    import bz2
    import lzma

    return bz2.BZ2Decompressor() if kind == "bzip2" else lzma.LZMADecompressor(lzma.FORMAT_XZ)


def unpack_stream(fh: BinaryIO, out: BinaryIO, kind: str, limit: int) -> Gunzipped:
    """Decompress the bzip2 or xz stream in ``fh`` (concatenated streams too, as
    ``pbzip2`` and ``xz -T`` write them) into ``out``, at most ``limit`` bytes.
    ``data`` stays empty: the bytes are in ``out``; ``problem`` says why the
    stream ended early (cut, damaged, garbage after it)."""
    import lzma

    if kind == "zstd":
        return _unpack_zstd(fh, out, limit)
    errors = (OSError, EOFError, ValueError, lzma.LZMAError)
    written = 0
    dec = _decompressor(kind)
    data = fh.read(_CHUNK)
    while data or not (dec.eof or dec.needs_input):
        try:
            piece = dec.decompress(data, limit + 1 - written)
        except errors as exc:
            return Gunzipped(b"", f"corrupt {kind} stream ({exc})")
        data = b""
        out.write(piece[: max(0, limit - written)])
        written += len(piece)
        if written > limit:
            return Gunzipped(b"", None, over_limit=True)
        if dec.eof:
            rest = dec.unused_data
            while len(rest) < 16 and (more := fh.read(_CHUNK)):
                rest += more
            if kind == "xz":
                rest = rest.lstrip(b"\x00")  # xz allows stream padding
            if not rest:
                return Gunzipped(b"")
            if stream_kind(rest[:16]) != kind:
                return Gunzipped(b"", f"trailing garbage after {kind} stream")
            dec = _decompressor(kind)
            data = rest
        elif dec.needs_input:
            data = fh.read(_CHUNK)
    if not dec.eof:
        return Gunzipped(b"", f"truncated {kind} stream")
    return Gunzipped(b"")


class _ZstdStop(Exception):
    """Why a zstd stream ended early (its message is the problem)."""


def _read_exactly(fh: BinaryIO, n: int) -> bytes:
    """``n`` bytes of ``fh``; a stream that ends first is a truncated one."""
    data = fh.read(n)
    while len(data) < n and (more := fh.read(n - len(data))):
        data += more
    if len(data) < n:
        raise _ZstdStop("truncated zstd stream")
    return data


def _zstd_dictionary(payload: bytes, zstandard):
    """The dictionary a WARC-zstd file's first skippable frame holds (itself
    zstd-compressed, or not)."""
    if payload.startswith(ZSTD_MAGIC):
        reader = zstandard.ZstdDecompressor().stream_reader(payload)
        payload = reader.read(_ZSTD_DICT_LIMIT + 1)
        if len(payload) > _ZSTD_DICT_LIMIT:
            raise _ZstdStop(f"zstd dictionary over {_ZSTD_DICT_LIMIT} bytes: not read")
    return zstandard.ZstdCompressionDict(payload)


def _zstd_frame_header(fh: BinaryIO) -> tuple[bytes, int, bool]:
    """The rest of a frame header after its magic: (its bytes, the dictionary
    id it names (0: none), whether a checksum ends the frame)."""
    fhd = _read_exactly(fh, 1)
    d = fhd[0]
    if d & 0x08:
        raise _ZstdStop("corrupt zstd stream (reserved bit set in a frame header)")
    single = bool(d & 0x20)
    dict_size = (0, 1, 2, 4)[d & 0x03]
    fcs_size = (1 if single else 0, 2, 4, 8)[d >> 6]
    rest = _read_exactly(fh, (0 if single else 1) + dict_size + fcs_size)
    at = 0 if single else 1
    dict_id = int.from_bytes(rest[at : at + dict_size], "little") if dict_size else 0
    return fhd + rest, dict_id, bool(d & 0x04)


def _unpack_zstd(fh: BinaryIO, out: BinaryIO, limit: int) -> Gunzipped:
    """A zstd stream (frames one after another, skippable frames passed over,
    a WARC-zstd dictionary frame at the start used) decompressed into ``out``,
    at most ``limit`` bytes. The decoder is fed one block at a time, and no
    block decodes to more than 128 KiB, so a bomb costs at most the limit; a
    stream cut or damaged inside a frame keeps the blocks before the damage."""
    try:
        import zstandard
    except ImportError:
        return Gunzipped(b"", ZSTD_MISSING)
    written = 0
    frames = 0
    dictionary = None
    try:
        while magic := fh.read(4):
            if len(magic) < 4:
                raise _ZstdStop("truncated zstd stream")
            if _zstd_skippable(magic + b"\0\0\0\0"):
                size = int.from_bytes(_read_exactly(fh, 4), "little")
                if magic == ZSTD_DICT_FRAME and frames == 0 and dictionary is None:
                    if size > _ZSTD_DICT_LIMIT:
                        raise _ZstdStop(f"zstd dictionary of {size} bytes: not read")
                    dictionary = _zstd_dictionary(_read_exactly(fh, size), zstandard)
                else:
                    while size:  # passed over, in bounded reads
                        size -= len(_read_exactly(fh, min(size, _CHUNK)))
                continue
            if magic != ZSTD_MAGIC:
                raise _ZstdStop("trailing garbage after zstd stream")
            header, dict_id, checksum = _zstd_frame_header(fh)
            if dict_id and dictionary is None:
                raise _ZstdStop(
                    f"zstd frame compressed with dictionary {dict_id}, which the file does not "
                    "hold (a WARC-zstd file starts with it): not read"
                )
            decoder = zstandard.ZstdDecompressor(dict_data=dictionary).decompressobj()
            decoder.decompress(magic + header)
            last = False
            while not last:
                block = _read_exactly(fh, 3)
                h = int.from_bytes(block, "little")
                last, kind, size = bool(h & 1), (h >> 1) & 3, h >> 3
                if kind == 3 or size > _ZSTD_BLOCK_MAX:
                    raise _ZstdStop("corrupt zstd stream (bad block header)")
                piece = decoder.decompress(block + _read_exactly(fh, 1 if kind == 1 else size))
                out.write(piece[: max(0, limit - written)])
                written += len(piece)
                if written > limit:
                    return Gunzipped(b"", None, over_limit=True)
            if checksum:
                decoder.decompress(_read_exactly(fh, 4))
            frames += 1
    except _ZstdStop as stop:
        return Gunzipped(b"", str(stop))
    except zstandard.ZstdError as exc:
        return Gunzipped(b"", f"corrupt zstd stream ({exc})")
    except (OSError, ValueError, MemoryError) as exc:
        return Gunzipped(b"", f"corrupt zstd stream ({type(exc).__name__}: {exc})")
    return Gunzipped(b"")
