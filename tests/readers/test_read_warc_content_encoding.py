"""HTTP bodies in WARC responses stored with the encoding the server sent:
brotli (``br``), zstd, and ``deflate`` as a raw stream without the zlib
header. Each was kept compressed and rejected as "binary content", so the
page was lost. A body labelled so but stored already decoded (crawlers often
keep the original headers) is still read as it is. Pages written for these tests.
"""

from __future__ import annotations

import gzip
import zlib

import pytest

from newsline.model import Document, ReadError
from newsline.readers import read_path
from newsline.settings import Settings

S = Settings()
PAGE = (
    "<html><head><meta charset='utf-8'><title>Köprü</title></head><body><article>"
    "<p>Trabzon Belediyesi dün sahil yoluna yeni bir yaya köprüsü yapılacağını duyurdu.</p>"
    "</article></body></html>"
).encode()
SENTENCE = "Trabzon Belediyesi dün sahil yoluna yeni bir yaya köprüsü yapılacağını duyurdu."


def _warc(body: bytes, encoding: str, chunked: bool = False) -> bytes:
    extra = f"Content-Encoding: {encoding}\r\n"
    if chunked:
        extra += "Transfer-Encoding: chunked\r\n"
        body = b"".join(
            b"%x\r\n" % len(body[i : i + 50]) + body[i : i + 50] + b"\r\n"
            for i in range(0, len(body), 50)
        ) + b"0\r\n\r\n"
    http = (
        f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n{extra}\r\n"
    ).encode() + body
    head = (
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:ce-1>\r\n"
        "WARC-Date: 2024-05-02T08:00:00Z\r\nWARC-Target-URI: https://haber.example/kopru\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    ).encode()
    return gzip.compress(head + http + b"\r\n\r\n")


def _read(tmp_path, data: bytes):
    path = tmp_path / "page.warc.gz"
    path.write_bytes(data)
    out = list(read_path(str(path), S))
    return [x for x in out if isinstance(x, Document)], [x for x in out if isinstance(x, ReadError)]


def _raw_deflate(data: bytes) -> bytes:
    c = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return c.compress(data) + c.flush()


@pytest.mark.parametrize("chunked", [False, True])
def test_brotli_body_is_read(tmp_path, chunked):
    brotli = pytest.importorskip("brotli")
    docs, errors = _read(tmp_path, _warc(brotli.compress(PAGE), "br", chunked))
    assert not errors and len(docs) == 1 and SENTENCE in docs[0].text


def test_zstd_body_is_read(tmp_path):
    zstandard = pytest.importorskip("zstandard")
    docs, errors = _read(tmp_path, _warc(zstandard.ZstdCompressor().compress(PAGE), "zstd"))
    assert not errors and len(docs) == 1 and SENTENCE in docs[0].text


@pytest.mark.parametrize("chunked", [False, True])
def test_raw_deflate_body_is_read(tmp_path, chunked):
    docs, errors = _read(tmp_path, _warc(_raw_deflate(PAGE), "deflate", chunked))
    assert not errors and len(docs) == 1 and SENTENCE in docs[0].text


def test_zlib_body_at_a_middle_level_is_read(tmp_path):
    # levels 2-5 write the header 78 5e
    body = zlib.compress(PAGE, 3)
    assert body[:2] == b"\x78\x5e"
    docs, errors = _read(tmp_path, _warc(body, "deflate"))
    assert not errors and len(docs) == 1 and SENTENCE in docs[0].text


# near misses: bodies stored decoded under the original header are read as they are


@pytest.mark.parametrize("encoding", ["br", "zstd", "deflate", "gzip"])
def test_body_stored_decoded_under_an_encoding_header_is_read_as_is(tmp_path, encoding):
    docs, errors = _read(tmp_path, _warc(PAGE, encoding))
    assert not errors and len(docs) == 1 and SENTENCE in docs[0].text
    assert not any("not decoded" in f.reason for f in docs[0].flags)


def test_gzip_body_still_read(tmp_path):
    docs, errors = _read(tmp_path, _warc(gzip.compress(PAGE), "gzip", chunked=True))
    assert not errors and len(docs) == 1 and SENTENCE in docs[0].text
