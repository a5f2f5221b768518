"""A WARC file cut inside a record's header (a download stopped early, a
copy off a full disk) says the record is truncated, as a file cut inside a
record's body does; it read as "fails its block digest", a corrupted record,
and sent the user looking for tampering instead of re-fetching the file."""

from __future__ import annotations

import gzip

import pytest
from read_samples import warc_response

from newsline.model import Document, ReadError
from newsline.readers import read_path
from newsline.settings import Settings

S = Settings()


def _records():
    first = warc_response(
        "https://harbour.example/a", b"<p>Ferry service resumes after storm</p>", record_id="a"
    )
    second = warc_response(
        "https://harbour.example/b", "<p>Phà chạy lại sau bão</p>".encode(), record_id="b"
    )
    return first, second


def _read(path):
    items = list(read_path(str(path), S))
    docs = [d for d in items if isinstance(d, Document)]
    errors = [e for e in items if isinstance(e, ReadError)]
    return docs, errors


@pytest.mark.parametrize("cut_after", [b"WARC-Target-URI:", b"WARC-Type: response\r\n"])
@pytest.mark.parametrize("gzipped", [False, True])
def test_file_cut_inside_a_record_header_is_truncated(tmp_path, cut_after, gzipped):
    first, second = _records()
    cut = second[: second.index(cut_after) + len(cut_after)]
    if gzipped:
        # each record its own gzip member, as crawlers write them; the file
        # ends inside the second member, whose text ends inside the header
        member = gzip.compress(cut)
        data = gzip.compress(first) + member[: len(member) - 8]  # no gzip trailer
        path = tmp_path / "crawl.warc.gz"
    else:
        data = first + cut
        path = tmp_path / "crawl.warc"
    path.write_bytes(data)
    docs, errors = _read(path)
    assert [d.url for d in docs] == ["https://harbour.example/a"]
    assert len(errors) == 1
    assert errors[0].reason.startswith("WARC record truncated at offset"), errors[0].reason
    assert "block digest" not in errors[0].reason


def test_whole_record_with_a_wrong_digest_still_fails_its_digest(tmp_path):
    # near miss: a complete record whose bytes changed is corruption, not a cut
    first, _ = _records()
    bad = warc_response(
        "https://harbour.example/c", b"<p>changed</p>", record_id="c", bad_digest=True
    )
    path = tmp_path / "crawl.warc"
    path.write_bytes(first + bad)
    docs, errors = _read(path)
    assert len(docs) == 1
    assert [e.reason for e in errors] == [
        f"WARC record at offset {len(first)} fails its block digest"
    ]
