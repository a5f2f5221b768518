"""Bytes after a gzip stream's last member (an error page a download
appended, a copy that went on too long) cost no record: a .json.gz, .csv.gz
or .jsonl.gz gives every record before them, and one error names the
garbage. gzip.GzipFile raised at the garbage, which lost a whole .json.gz and
every row of a small .csv.gz. Cut and damaged streams are reported as before."""

import gzip
import json

import pytest

from newsline.model import Document, ReadError
from newsline.readers import read_path
from newsline.settings import Settings

S = Settings()
BODY = "The harbour crane lifted its first container on Monday, the port authority said."
GARBAGE = b"<html><body>502 Bad Gateway</body></html>\n"


def _split(path):
    out = list(read_path(str(path), S))
    return [x for x in out if isinstance(x, Document)], [x for x in out if isinstance(x, ReadError)]


def _payloads():
    rows = [{"title": f"T{i}", "text": f"{BODY} ({i})"} for i in range(3)]
    return {
        "rows.jsonl.gz": "".join(json.dumps(r) + "\n" for r in rows).encode(),
        "rows.json.gz": json.dumps(rows, indent=1).encode(),
        "rows.csv.gz": (
            "title,text\n" + "".join(f'{r["title"]},"{r["text"]}"\n' for r in rows)
        ).encode(),
    }


@pytest.mark.parametrize("name", sorted(_payloads()))
def test_records_before_trailing_garbage_are_all_read(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(gzip.compress(_payloads()[name]) + GARBAGE)
    docs, errs = _split(path)
    assert sorted(d.title for d in docs) == ["T0", "T1", "T2"]
    (err,) = errs
    assert err.source == str(path) and err.reason.startswith("trailing garbage after gzip stream")


@pytest.mark.parametrize("name", sorted(_payloads()))
def test_several_members_and_nul_padding_are_no_garbage(tmp_path, name):
    raw = _payloads()[name]
    cut = raw.index(b"\n", len(raw) // 2) + 1
    path = tmp_path / name
    path.write_bytes(gzip.compress(raw[:cut]) + gzip.compress(raw[cut:]) + b"\x00" * 16)
    docs, errs = _split(path)
    assert len(docs) == 3 and not errs


@pytest.mark.parametrize("name", sorted(_payloads()))
def test_a_cut_stream_is_still_reported(tmp_path, name):
    data = gzip.compress(_payloads()[name])
    path = tmp_path / name
    path.write_bytes(data[:-12])  # the end of the deflate data and the trailer lost
    _, errs = _split(path)
    assert errs and any("gzip stream" in e.reason for e in errs)
