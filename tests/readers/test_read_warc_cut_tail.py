"""A WARC whose file ends inside its last record is reported, not read as if whole.

fastwarc ends quietly when a per-record gzip file stops inside a member's
first bytes or its trailer, or when a plain WARC stops inside a request's
header ("WARC-Type: req"): the records before were read and the cut one
vanished with no message, so a truncated download looked complete.
Records written for these tests.
"""

from __future__ import annotations

import gzip

import pytest
from read_samples import warc_request, warc_response

from newsline.model import Document, ReadError
from newsline.readers import read_path
from newsline.settings import Settings

S = Settings()
PAGES = [
    ("https://gazeta.example/most", "<p>Rada miasta Gdańska zatwierdziła budowę mostu.</p>"),
    ("https://bao.example/cau", "<p>Thành phố Cần Thơ khởi công cầu mới bắc qua sông Hậu.</p>"),
    ("https://jornal.example/ponte", "<p>A câmara de Braga aprovou a nova ponte pedonal.</p>"),
]


def _records() -> list[bytes]:
    return [warc_response(u, b.encode(), record_id=f"p{i}") for i, (u, b) in enumerate(PAGES)]


def _read(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    out = list(read_path(str(path), S))
    return (
        [x for x in out if isinstance(x, Document)],
        [x for x in out if isinstance(x, ReadError) and x.source == str(path)],
    )


@pytest.mark.parametrize("into", [1, 12, 40, 60])
def test_gzip_warc_cut_early_in_its_last_record_is_reported(tmp_path, into):
    members = [gzip.compress(r) for r in _records()]
    start = len(members[0]) + len(members[1])
    docs, errors = _read(tmp_path, "cut.warc.gz", b"".join(members)[: start + into])
    assert len(docs) == 2  # the whole records are still read
    assert len(errors) == 1 and str(start) in errors[0].reason  # one fault, one message


@pytest.mark.parametrize("short", [1, 4, 8])
def test_gzip_warc_cut_in_a_members_trailer_is_reported(tmp_path, short):
    data = b"".join(gzip.compress(r) for r in _records())
    docs, errors = _read(tmp_path, "trailer.warc.gz", data[:-short])
    assert errors, "a file missing its last bytes read as whole"


@pytest.mark.parametrize(
    "keep", ["WARC/1.0\r\nWARC-Type: req", "WARC/1.0\r\nWARC-Type: request\r\n"]
)
def test_plain_warc_cut_inside_a_request_header_is_reported(tmp_path, keep):
    first = _records()[0]
    docs, errors = _read(tmp_path, "cut.warc", first + keep.encode())
    assert len(docs) == 1
    assert errors and "truncated" in errors[0].reason and str(len(first)) in errors[0].reason


# near misses: whole files, however they end, say nothing


def test_whole_gzip_warc_with_a_request_last_is_silent(tmp_path):
    recs = [*_records(), warc_request("https://jornal.example/ponte", "q1")]
    data = b"".join(gzip.compress(r) for r in recs)
    docs, errors = _read(tmp_path, "whole.warc.gz", data)
    assert len(docs) == 3 and not errors


def test_gzip_warc_of_one_stream_is_silent(tmp_path):
    docs, errors = _read(tmp_path, "one.warc.gz", gzip.compress(b"".join(_records())))
    assert len(docs) == 3 and not errors


def test_warc_ending_at_a_record_boundary_is_silent(tmp_path):
    # a file cut exactly between records cannot be told from a whole one
    members = [gzip.compress(r) for r in _records()]
    docs, errors = _read(tmp_path, "two.warc.gz", members[0] + members[1])
    assert len(docs) == 2 and not errors
    docs, errors = _read(tmp_path, "two.warc", b"".join(_records()[:2]))
    assert len(docs) == 2 and not errors
