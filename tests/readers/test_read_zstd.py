"""zstd-compressed inputs (.zst, .jsonl.zst, .warc.zst with WARC-zstd's
dictionary frame) are read when the optional zstandard package is there, and
refused with a message naming the extra to install when it is not."""

import json
import sys

import pytest
from read_samples import html_page, warc_response

from newsline.model import Document, ReadError
from newsline.readers import read_path
from newsline.settings import Settings

S = Settings()
BODY = "The harbour crane lifted its first container on Monday, the port authority said."


def _read(path):
    out = list(read_path(str(path), S))
    return [x for x in out if isinstance(x, Document)], [x for x in out if isinstance(x, ReadError)]


def _jsonl(n: int) -> bytes:
    return "".join(
        json.dumps({"id": f"r{i}", "text": f"{BODY} Item {i}: " + "cargo " * (i % 50)}) + "\n"
        for i in range(n)
    ).encode()


def test_without_zstandard_a_zstd_file_names_the_extra(tmp_path, monkeypatch):
    # the frame is written by hand: the test runs where zstandard is absent too
    path = tmp_path / "rows.jsonl.zst"
    raw = b'{"text": "x"}\n'
    header = bytes([0x20, len(raw)])  # single segment, 1-byte content size
    block = ((len(raw) << 3) | 1).to_bytes(3, "little")  # last block, raw
    path.write_bytes(b"\x28\xb5\x2f\xfd" + header + block + raw)
    monkeypatch.setitem(sys.modules, "zstandard", None)  # import fails
    docs, (err,) = _read(path)
    assert not docs
    assert "zstandard" in err.reason and "newsline[zstd]" in err.reason
    assert "binary content" not in err.reason


def test_text_that_starts_like_a_skippable_frame_is_no_zstd(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("P*M is the abbreviation the report uses. " + BODY, "utf-8")
    (doc,), errs = _read(path)
    assert not errs and doc.text.startswith("P*M")


try:
    import zstandard
except ImportError:  # the optional extra is not installed: the tests above still run
    zstandard = None
needs_zstd = pytest.mark.skipif(zstandard is None, reason="zstandard not installed")


@needs_zstd
def test_zstd_jsonl_html_and_text_are_read(tmp_path):
    (tmp_path / "rows.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(_jsonl(30)))
    page = html_page(BODY).encode()
    (tmp_path / "page.html.zst").write_bytes(zstandard.ZstdCompressor().compress(page))
    (tmp_path / "note.zst").write_bytes(zstandard.ZstdCompressor().compress(BODY.encode()))
    docs, errs = _read(tmp_path / "rows.jsonl.zst")
    assert len(docs) == 30 and not errs
    (doc,), errs = _read(tmp_path / "page.html.zst")
    assert BODY in doc.text and doc.html and not errs
    (doc,), errs = _read(tmp_path / "note.zst")
    assert doc.text == BODY


@needs_zstd
def test_frames_one_after_another_and_skippable_frames_are_read(tmp_path):
    c = zstandard.ZstdCompressor(write_checksum=True)
    lines = _jsonl(4).splitlines(keepends=True)
    skip = b"\x50\x2a\x4d\x18" + (3).to_bytes(4, "little") + b"abc"
    path = tmp_path / "rows.jsonl.zst"
    path.write_bytes(c.compress(b"".join(lines[:2])) + skip + c.compress(b"".join(lines[2:])))
    docs, errs = _read(path)
    assert len(docs) == 4 and not errs


@needs_zstd
def test_a_cut_zstd_stream_keeps_the_blocks_before_the_cut(tmp_path):
    raw = _jsonl(3000)
    data = zstandard.ZstdCompressor(level=1).compress(raw)
    path = tmp_path / "rows.jsonl.zst"
    path.write_bytes(data[: len(data) * 2 // 3])
    docs, errs = _read(path)
    assert 0 < len(docs) < 3000
    assert all(any(f.kind == "truncated_input" for f in d.flags) for d in docs)
    assert len(errs) <= 1  # the line the cut went through


@needs_zstd
def test_garbage_after_a_zstd_stream_is_flagged(tmp_path):
    path = tmp_path / "rows.jsonl.zst"
    path.write_bytes(zstandard.ZstdCompressor().compress(_jsonl(3)) + b"not a frame")
    docs, _ = _read(path)
    assert len(docs) == 3
    assert "trailing garbage after zstd stream" in docs[0].flags[0].reason


@needs_zstd
def test_a_zstd_bomb_stops_at_the_limit(tmp_path):
    from dataclasses import replace

    small = replace(S, limits=replace(S.limits, max_decompressed_bytes=1 << 20))
    path = tmp_path / "bomb.txt.zst"
    path.write_bytes(zstandard.ZstdCompressor(level=19).compress(b"a " * (20 << 20)))
    (doc,) = list(read_path(str(path), small))
    assert any(f.kind == "limit_exceeded" for f in doc.flags)


def _warc_records(n: int) -> list[bytes]:
    return [
        warc_response(
            f"https://news.example/{i}",
            html_page(f"{BODY} Story {i}.").encode(),
            record_id=f"00000000-0000-0000-0000-{i:012d}",
        )
        for i in range(n)
    ]


def _warc_zstd(records: list[bytes], *, compress_dictionary: bool) -> bytes:
    """A WARC-zstd file: a skippable frame 0x184D2A5D holding the dictionary
    (zstd-compressed or not), then one frame per record compressed with it."""
    dictionary = zstandard.train_dictionary(4096, records * 4)
    raw = dictionary.as_bytes()
    held = zstandard.ZstdCompressor().compress(raw) if compress_dictionary else raw
    c = zstandard.ZstdCompressor(dict_data=dictionary, write_dict_id=True)
    frames = b"".join(c.compress(r) for r in records)
    return b"\x5d\x2a\x4d\x18" + len(held).to_bytes(4, "little") + held + frames


@needs_zstd
@pytest.mark.parametrize("compress_dictionary", [True, False])
def test_warc_zstd_with_its_dictionary_is_read(tmp_path, compress_dictionary):
    records = _warc_records(40)
    path = tmp_path / "crawl.warc.zst"
    path.write_bytes(_warc_zstd(records, compress_dictionary=compress_dictionary))
    docs, errs = _read(path)
    assert not errs
    assert sorted(d.url for d in docs) == sorted(f"https://news.example/{i}" for i in range(40))


@needs_zstd
def test_warc_zstd_frames_without_their_dictionary_say_so(tmp_path):
    records = _warc_records(40)
    data = _warc_zstd(records, compress_dictionary=True)
    size = int.from_bytes(data[4:8], "little")
    path = tmp_path / "crawl.warc.zst"
    path.write_bytes(data[8 + size :])  # the dictionary frame lost
    docs, (err,) = _read(path)
    assert not docs and "dictionary" in err.reason and "WARC-zstd" in err.reason
