"""WARC archives whose records are requests, revisits, redirects and images.

Each such record is rightly passed over, but an archive holding nothing
else gave no document and no message: in a batch it went unmentioned.
Records written for these tests.
"""

from __future__ import annotations

import gzip

from read_samples import warc_request, warc_response

from newsline.model import Document, ReadError
from newsline.readers import iter_documents
from newsline.settings import Settings

PAGE = (
    "<html><head><meta charset='utf-8'><title>Tranvía</title></head><body><article>"
    "<p>El ayuntamiento de Bilbao aprobó el lunes una nueva línea de tranvía.</p>"
    "</article></body></html>"
).encode()


def _revisit(url: str, refers_to: str) -> bytes:
    http = b"HTTP/1.1 304 Not Modified\r\n\r\n"
    head = (
        f"WARC/1.0\r\nWARC-Type: revisit\r\nWARC-Record-ID: <urn:uuid:rv-{refers_to}>\r\n"
        f"WARC-Date: 2024-02-02T10:00:00Z\r\nWARC-Target-URI: {url}\r\n"
        "WARC-Profile: http://netpreserve.org/warc/1.0/revisit/identical-payload-digest\r\n"
        f"WARC-Refers-To: <urn:uuid:{refers_to}>\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def _chunked(url: str, body: bytes) -> bytes:
    chunks = b"".join(
        b"%x\r\n" % len(body[i : i + 40]) + body[i : i + 40] + b"\r\n"
        for i in range(0, len(body), 40)
    )
    http = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n" + chunks + b"0\r\n\r\n"
    )
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:ch-1>\r\n"
        f"WARC-Date: 2024-02-01T10:00:00Z\r\nWARC-Target-URI: {url}\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def test_archive_of_records_that_are_not_pages_is_named_and_the_batch_goes_on(tmp_path):
    url = "https://noticias.example/tranvia"
    empty = tmp_path / "a-revisits.warc.gz"
    empty.write_bytes(
        gzip.compress(warc_request(url, "rq-1"))
        + gzip.compress(_revisit(url, "orig-1"))
        + gzip.compress(
            warc_response(url + ".png", b"\x89PNG\r\n", record_id="img-1", content_type="image/png")
        )
        + gzip.compress(warc_response(url + "/old", b"", record_id="mv-1", status="301 Moved"))
    )
    good = tmp_path / "b-crawl.warc.gz"
    good.write_bytes(
        gzip.compress(warc_request(url, "rq-2"))
        + gzip.compress(_chunked(url, PAGE))
        + gzip.compress(_revisit(url, "ch-1"))
    )
    out = list(iter_documents([str(tmp_path)], Settings()))
    errors = [e for e in out if isinstance(e, ReadError)]
    docs = [d for d in out if isinstance(d, Document)]
    assert [e.source for e in errors] == [str(empty)]
    assert "no pages in WARC: 4 records" in errors[0].reason
    assert "request 1" in errors[0].detail and "revisit 1" in errors[0].detail
    # the chunked response is de-chunked; its request and revisit are passed over quietly
    assert len(docs) == 1 and docs[0].url == url and "tranvía" in docs[0].text
    assert "\r\n" not in docs[0].text and "28\r" not in docs[0].text
