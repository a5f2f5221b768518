"""Input shapes from the second held-out set (benchmarks/read_unseen2.py): a
WARC response whose HTML body is gzip without a Content-Encoding header, a
JSON API answer that nests its list of articles two levels down, a
pretty-printed JSON array saved as ``.jsonl``. Sentences written for these
tests; each positive has a near miss."""

from __future__ import annotations

import gzip
import json

from newsline.model import Document, ReadError
from newsline.readers import read_path
from newsline.settings import Settings

S = Settings()

NL = "De gemeente Zwolle start volgende week met de herinrichting van het stationsplein."
PL = "Rada miasta Łodzi przyjęła w środę plan budowy nowej pętli tramwajowej."
ES = "La diputación de Huesca licitó ayer la mejora de la carretera de Jaca."


def _read(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    out = list(read_path(str(path), S))
    return [d for d in out if isinstance(d, Document)], [e for e in out if isinstance(e, ReadError)]


def _warc(body: bytes, headers: str = "") -> bytes:
    http = (
        f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n{headers}\r\n".encode() + body
    )
    head = (
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
        "WARC-Date: 2024-05-02T10:00:00Z\r\nWARC-Target-URI: https://stad.example/plein\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    )
    return head.encode() + http + b"\r\n\r\n"


PAGE = f"<html><head><title>Plein</title></head><body><p>{NL}</p></body></html>".encode()


def test_gzip_body_without_content_encoding_is_decompressed(tmp_path):
    docs, errors = _read(tmp_path, "crawl.warc", _warc(gzip.compress(PAGE)))
    assert not errors
    assert NL in docs[0].text
    assert any("without a Content-Encoding" in f.reason for f in docs[0].flags)


def test_plain_body_and_declared_gzip_body_are_read_as_before(tmp_path):
    docs, errors = _read(tmp_path, "plain.warc", _warc(PAGE))
    assert not errors and NL in docs[0].text
    assert not any("Content-Encoding" in f.reason for f in docs[0].flags)
    docs, errors = _read(
        tmp_path, "declared.warc", _warc(gzip.compress(PAGE), "Content-Encoding: gzip\r\n")
    )
    assert not errors and NL in docs[0].text


def test_a_body_that_only_starts_like_gzip_is_kept_as_it_is(tmp_path):
    # the magic bytes and then nothing gzip can read: no crash, not called gzip
    out = list(read_path(str(tmp_path / "x"), S))  # (a missing file: named, not raised)
    assert isinstance(out[0], ReadError)
    docs, errors = _read(tmp_path, "fake.warc", _warc(b"\x1f\x8b\x08" + b"\xff" * 64))
    assert not any("Content-Encoding" in f.reason for d in docs for f in d.flags)
    assert docs or errors


def test_a_list_of_articles_two_wrappers_down(tmp_path):
    data = json.dumps(
        {
            "meta": {"page": 1, "tags": [{"name": "tram"}]},
            "data": {"items": [{"body": NL, "link": "https://d.example/1"},
                               {"body": PL, "link": "https://d.example/2"}]},
        },
        ensure_ascii=False,
    ).encode()
    docs, errors = _read(tmp_path, "api.json", data)
    assert not errors
    assert [d.text for d in docs] == [NL, PL]
    assert docs[1].url == "https://d.example/2"


def test_a_nested_list_without_records_is_still_no_document(tmp_path):
    data = json.dumps({"data": {"tags": [{"name": "tram"}, {"name": "bus"}]}}).encode()
    docs, errors = _read(tmp_path, "tags.json", data)
    assert not docs and "holds no document" in errors[0].reason


def test_pretty_json_array_saved_as_jsonl(tmp_path):
    data = json.dumps([{"text": ES}, {"text": NL}], ensure_ascii=False, indent=2).encode()
    docs, errors = _read(tmp_path, "export.jsonl", data)
    assert not errors and [d.text for d in docs] == [ES, NL]


def test_jsonl_with_a_broken_first_line_still_reads_the_others(tmp_path):
    data = ('{"text": "' + ES + '\n' + json.dumps({"text": NL}) + "\n"
            + json.dumps({"text": PL}, ensure_ascii=False) + "\n").encode()
    docs, errors = _read(tmp_path, "rows.jsonl", data)
    assert [d.text for d in docs] == [NL, PL]
    assert errors and "line 1" in errors[0].reason


def _lf_only(record: bytes) -> bytes:
    """The WARC header of ``record`` with LF line ends (the HTTP block keeps its own)."""
    head, _, rest = record.partition(b"\r\n\r\n")
    return head.replace(b"\r\n", b"\n") + b"\n\n" + rest.removesuffix(b"\r\n\r\n") + b"\n\n"


def test_warc_with_lf_only_header_lines_is_read_and_flagged(tmp_path):
    two = _lf_only(_warc(PAGE)) + _lf_only(_warc(PAGE.replace(NL.encode(), ES.encode())))
    for name, data in (("lf.warc", two), ("lf.warc.gz", gzip.compress(two))):
        docs, errors = _read(tmp_path, name, data)
        assert not errors, name
        assert [NL in docs[0].text, ES in docs[1].text] == [True, True]
        assert all(d.flags and any("LF alone" in f.reason for f in d.flags) for d in docs)


def test_crlf_warc_is_not_flagged_for_line_ends(tmp_path):
    docs, errors = _read(tmp_path, "crlf.warc", _warc(PAGE))
    assert not errors and not any("LF alone" in f.reason for f in docs[0].flags)
