"""A WARC record whose Content-Length is wrong (a tool that counted
characters, not bytes; a block edited after writing) is read again to where
its block really ends, and the file is reported. It gave a page cut at the
stated length ("<") or one running into the next record's header, and only
the break after it was reported. Records written for these tests.
"""

from __future__ import annotations

import gzip

import pytest
from read_samples import warc_response

from newsline.model import Document, ReadError
from newsline.readers import read_path
from newsline.settings import Settings

S = Settings()
VI = "Thành phố Đà Nẵng khánh thành cây cầu đi bộ mới bắc qua sông Hàn vào sáng thứ Bảy."
SW = "Halmashauri ya jiji la Mwanza imeidhinisha ujenzi wa soko jipya la samaki."


def _records(delta: int) -> list[bytes]:
    first = warc_response(
        "https://tin.example/cau", f"<p>{VI}</p>".encode(), record_id="w1", length_delta=delta
    )
    # no block digest: a record that fails its digest is dropped as damaged
    # (tests/hostile), not read again
    lines = first.splitlines(keepends=True)
    first = b"".join(line for line in lines if not line.startswith(b"WARC-Block-Digest"))
    second = warc_response("https://habari.example/soko", f"<p>{SW}</p>".encode(), record_id="w2")
    return [first, second]


def _read(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    out = list(read_path(str(path), S))
    return [x for x in out if isinstance(x, Document)], [x for x in out if isinstance(x, ReadError)]


@pytest.mark.parametrize("delta", [-40, -3, 7, 200])
@pytest.mark.parametrize("packing", ["plain", "per-record gzip"])
def test_record_with_a_wrong_content_length_is_read_whole_and_reported(tmp_path, delta, packing):
    recs = _records(delta)
    data = b"".join(recs) if packing == "plain" else b"".join(gzip.compress(r) for r in recs)
    docs, errors = _read(tmp_path, "pages.warc" + (".gz" if packing != "plain" else ""), data)
    assert [d.text for d in docs] == [VI, SW]
    assert len(errors) == 1 and "Content-Length" in errors[0].reason
    assert "offset 0" in errors[0].reason


# near misses


def test_whole_records_say_nothing(tmp_path):
    docs, errors = _read(tmp_path, "pages.warc", b"".join(_records(0)))
    assert [d.text for d in docs] == [VI, SW] and not errors


def test_damage_after_a_whole_record_leaves_that_record_as_read(tmp_path):
    first, second = _records(0)
    garbled = second.replace(b"WARC/1.0\r\n", b"WARX/1.0\r\n", 1)
    third = warc_response("https://habari.example/3", f"<p>{SW} (3)</p>".encode(), record_id="w3")
    docs, errors = _read(tmp_path, "pages.warc", first + garbled + third)
    assert docs[0].text == VI and docs[-1].text == f"{SW} (3)"
    assert errors and not any("Content-Length" in e.reason for e in errors)
