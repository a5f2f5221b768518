"""Heritrix writes every DNS lookup of a crawl as a WARC ``response`` record
of type ``text/dns`` for a ``dns:`` target (bundle10's WARC holds one): it
was reported as damage, "WARC record at offset N has no readable HTTP
response", in every such crawl. A response of another protocol than HTTP
(its record's Content-Type not ``application/http``) has its payload as its
block, as a resource record has: a DNS answer is passed over as no page,
and a response that is a page without an HTTP header is read. A response
declaring HTTP that holds none is still an error. Records hand-written in
another crawler's shape, as in read_samples.py."""

from __future__ import annotations

from read_samples import PAGE_PT, warc_record, warc_response

from newsline.model import Document, PassedOver, ReadError
from newsline.readers import read_path
from newsline.settings import Settings

DNS = b"20240305080000\ndiario.example.pt.\t300\tIN\tA\t192.0.2.10\n"


def _read(path):
    out = list(read_path(str(path), Settings(), passed_over=True))
    docs = [d for d in out if isinstance(d, Document)]
    errors = [e for e in out if isinstance(e, ReadError)]
    passed = [p for p in out if isinstance(p, PassedOver)]
    return docs, errors, passed


def test_a_dns_response_is_passed_over_not_an_error(tmp_path):
    path = tmp_path / "crawl.warc"
    path.write_bytes(
        warc_record("response", "dns:diario.example.pt", "text/dns", DNS, "dns-1")
        + warc_response("https://diario.example.pt/cidade/obras", PAGE_PT, record_id="ok-1")
    )
    docs, errors, passed = _read(path)
    assert [d.url for d in docs] == ["https://diario.example.pt/cidade/obras"]
    assert not errors
    assert passed and passed[0].counts == {"not HTML:text/dns": 1}


def test_a_page_written_as_a_response_without_its_http_header_is_read(tmp_path):
    path = tmp_path / "raw.warc"
    path.write_bytes(
        warc_record(
            "response",
            "https://diario.example.pt/cidade/ponte",
            "text/html; charset=utf-8",
            PAGE_PT,
            "raw-1",
        )
    )
    docs, errors, _ = _read(path)
    assert not errors and [d.url for d in docs] == ["https://diario.example.pt/cidade/ponte"]
    assert docs[0].text.strip()


def test_a_response_declaring_http_without_one_is_still_an_error(tmp_path):
    path = tmp_path / "broken.warc"
    path.write_bytes(
        warc_record(
            "response",
            "https://diario.example.pt/cidade/x",
            "application/http; msgtype=response",
            b"garbage\n",
            "bad-1",
        )
        + warc_response("https://diario.example.pt/cidade/obras", PAGE_PT, record_id="ok-2")
    )
    docs, errors, _ = _read(path)
    assert len(docs) == 1
    assert [e.reason for e in errors] == ["WARC record at offset 0 has no readable HTTP response"]
