"""Bounded gzip decompression for single-document inputs (``.html.gz``, ``.txt.gz``).

Reads a gzip stream (all members) from a binary file object and stops at a
byte budget, so a zip bomb costs at most that budget. A truncated or corrupt
stream gives back what was decompressed before the damage, with the problem.

This module must never read an unbounded amount into memory.
"""

from __future__ import annotations

import gzip
import zlib
from dataclasses import dataclass
from typing import BinaryIO

GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 20
# What reading through gzip.GzipFile raises on a cut or damaged stream (and
# OSError from the file beneath): the record readers' guard around their loop.
GZIP_STREAM_ERRORS = (EOFError, gzip.BadGzipFile, zlib.error, OSError)


def gzip_or_plain(fh: BinaryIO, gz: bool) -> BinaryIO:
    """``fh`` itself, or a gzip reader of it when ``gz`` (from where it stands)."""
    return gzip.GzipFile(fileobj=fh, mode="rb") if gz else fh  # type: ignore[return-value]


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


def stream_kind(head: bytes) -> str | None:
    """ "bzip2" or "xz" when ``head`` starts such a compressed stream."""
    if head[:3] == b"BZh" and head[3:4] in b"123456789" and head[4:10] in _BZIP2_BLOCKS:
        return "bzip2"
    if head.startswith(XZ_MAGIC):
        return "xz"
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
