"""A JSON Lines record longer than ``limits.max_jsonl_line_bytes`` is one
error naming the file, the line and the line's size; the lines after it are
read. The bound is lowered here, so the test holds a few MB, not 64 MiB.
Records written for this test."""

from __future__ import annotations

import gzip
import json

import pytest

from newsline.model import Document, ReadError
from newsline.readers import read_path
from newsline.settings import LimitSettings, Settings

LINE_MAX = 1 << 20
S = Settings(limits=LimitSettings(max_page_bytes=64 << 10, max_jsonl_line_bytes=LINE_MAX))
FIRST = {"text": "Hội đồng thành phố Đà Nẵng họp phiên bất thường.", "url": "https://a.example/1"}
LAST = {"text": "Le conseil a voté le budget du port de Brest.", "url": "https://a.example/3"}


@pytest.mark.parametrize("gz", [False, True], ids=["plain", "gzip"])
@pytest.mark.parametrize("size", [LINE_MAX + 1, 3 * LINE_MAX + 12345])
def test_an_overlong_line_names_file_line_and_size_and_the_rest_is_read(tmp_path, gz, size):
    body = json.dumps({"text": "", "url": "https://a.example/2"}).encode()
    huge = body[: -len(b'", "url": "https://a.example/2"}')]  # b'{"text": "'
    tail = body[len(huge) :]
    huge += b"a" * (size - len(huge) - len(tail)) + tail
    assert len(huge) == size and json.loads(huge)["url"] == "https://a.example/2"
    raw = (
        b"\n".join(
            [json.dumps(FIRST, ensure_ascii=False).encode(), huge, json.dumps(LAST).encode()]
        )
        + b"\n"
    )
    path = tmp_path / ("rows.jsonl.gz" if gz else "rows.jsonl")
    path.write_bytes(gzip.compress(raw) if gz else raw)
    out = list(read_path(str(path), S))
    assert [d.url for d in out if isinstance(d, Document)] == [FIRST["url"], LAST["url"]]
    (err,) = [e for e in out if isinstance(e, ReadError)]
    assert err.source == f"{path}:2"
    assert f"max_jsonl_line_bytes ({LINE_MAX})" in err.reason
    assert f"line 2 of {path} is {size} bytes" in err.detail
