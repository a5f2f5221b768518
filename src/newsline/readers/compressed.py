"""Bounded gzip decompression for single-document inputs (``.html.gz``, ``.txt.gz``).

Reads a gzip stream (all members) from a binary file object and stops at a
byte budget, so a zip bomb costs at most that budget. A truncated or corrupt
stream gives back what was decompressed before the damage, with the problem.

This module must never read an unbounded amount into memory.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from typing import BinaryIO

GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 20


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
