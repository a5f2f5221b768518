"""Each input format, directory/glob/stdin expansion, ids and the real seeds."""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from read_samples import SAMPLES, html_page, warc_request, warc_response

from newsline.model import Document, ReadError, make_doc_id
from newsline.readers import iter_documents, iter_input_files, read_path
from newsline.readers.html import html_to_text
from newsline.settings import Settings

S = Settings()


def docs_and_errors(items):
    items = list(items)
    return [d for d in items if isinstance(d, Document)], [
        e for e in items if isinstance(e, ReadError)
    ]


# -- plain text ---------------------------------------------------------------


def test_txt_text_is_the_file_exactly(tmp_path):
    raw = "Tiêu đề\r\n\r\n  Đoạn một.\tTab\n\nĐoạn hai.  \n"
    path = tmp_path / "a.txt"
    path.write_bytes(raw.encode())
    (doc,) = read_path(str(path), S)
    assert doc.text == raw
    assert doc.source == str(path) and doc.encoding == "utf-8" and doc.html is None
    assert doc.id == make_doc_id(os.path.abspath(path), raw)


def test_ids_are_stable_and_depend_on_place_and_text(tmp_path):
    (tmp_path / "d1").mkdir()
    (tmp_path / "d2").mkdir()
    for d in ("d1", "d2"):
        (tmp_path / d / "x.txt").write_text(SAMPLES["vi"], encoding="utf-8")
    a1 = next(read_path(str(tmp_path / "d1" / "x.txt"), S))
    a2 = next(read_path(str(tmp_path / "d1" / "x.txt"), S))
    b = next(read_path(str(tmp_path / "d2" / "x.txt"), S))
    assert a1.id == a2.id
    assert a1.id != b.id


def test_unknown_extension_is_sniffed(tmp_path):
    (tmp_path / "page").write_bytes(html_page("Hello from a page without extension").encode())
    (tmp_path / "notes.md").write_text("# Plain notes\nline two\n")
    docs, errors = docs_and_errors(iter_documents([str(tmp_path)], S))
    assert not errors
    by_name = {Path(d.source).name: d for d in docs}
    assert by_name["page"].html is not None and "Hello from a page" in by_name["page"].text
    assert by_name["notes.md"].text == "# Plain notes\nline two\n"


# -- HTML -----------------------------------------------------------------------


def test_html_visible_text_one_block_per_line():
    html = (
        "<html><head><title>Site | Headline</title><script>var x = '<p>no</p>';</script>"
        "<style>.a{}</style></head><body><nav><ul><li>Home</li><li>World</li></ul></nav>"
        "<h1>Headline  here</h1><p>First <b>para</b>graph.</p><p>Second<br>line</p>"
        "<noscript>enable js</noscript><template><p>hidden template</p></template>"
        "<div><div><p>Nested</p></div></div><footer>© 2024 Example</footer></body></html>"
    )
    text = html_to_text(html)
    assert text.split("\n") == [
        "Home",
        "World",
        "Headline here",
        "First paragraph.",
        "Second",
        "line",
        "Nested",
        "© 2024 Example",
    ]
    assert "var x" not in text and "enable js" not in text and "template" not in text


def test_photo_captions_are_kept_and_alt_texts_are_not_lines():
    """A <figure>'s caption is page text the cleaning stage labels (caption),
    never dropped; image alt attributes are descriptions, not visible text."""
    html = (
        "<html><body><img src='logo.png' alt='Site logo'><p>Paragraph one.</p>"
        "<figure><img src='p.jpg' alt='A bridge at dusk'>"
        "<figcaption>The new bridge on opening day. (Photo: Agency)</figcaption></figure>"
        "<p>Paragraph <img src='i.png' alt='icon'> two.</p>"
        "<figure class='video'><figcaption>Video: the ceremony</figcaption></figure></body></html>"
    )
    assert html_to_text(html).split("\n") == [
        "Paragraph one.",
        "The new bridge on opening day. (Photo: Agency)",
        "Paragraph two.",
        "Video: the ceremony",
    ]


def test_html_document_fields(tmp_path):
    html = (
        '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tiêu đề | Báo</title>'
        '<meta property="og:title" content="Tiêu đề">'
        '<meta property="og:site_name" content="Báo Ví Dụ">'
        '<meta property="article:published_time" content="2024-01-31T08:00:00+07:00">'
        '<link rel="canonical" href="https://bao.example/tin/1"></head>'
        "<body><p>Nội dung bài viết.</p></body></html>"
    )
    path = tmp_path / "a.htm"
    path.write_text(html, encoding="utf-8")
    (doc,) = read_path(str(path), S)
    assert doc.text == "Nội dung bài viết."
    assert doc.html == html
    assert doc.title == "Tiêu đề"
    assert doc.meta["html_title"] == "Tiêu đề | Báo"
    assert doc.sitename == "Báo Ví Dụ"
    assert doc.published == "2024-01-31T08:00:00+07:00"
    assert doc.url == "https://bao.example/tin/1"
    assert doc.meta["html_lang"] == "vi"


def test_gzipped_html(tmp_path):
    path = tmp_path / "p.html.gz"
    path.write_bytes(gzip.compress(html_page(SAMPLES["th"]).encode()))
    (doc,) = read_path(str(path), S)
    assert SAMPLES["th"].split("\n")[1] in doc.text


# -- WARC -----------------------------------------------------------------------


def _warc_bytes():
    return b"".join(
        [
            warc_request("http://a.example/1", "r1"),
            warc_response(
                "http://a.example/1",
                html_page(SAMPLES["vi"]).encode(),
                record_id="a1",
                date="2024-02-01T10:00:00Z",
            ),
            warc_response(
                "http://a.example/img",
                b"\x89PNG\r\n\x1a\n....",
                record_id="img",
                content_type="image/png",
            ),
            warc_response(
                "http://a.example/moved", b"", record_id="m", status="301 Moved Permanently"
            ),
            warc_response(
                "http://b.example/2",
                html_page(SAMPLES["zh-hans"]).encode("gb18030"),
                record_id="b2",
                content_type="text/html; charset=gb2312",
            ),
        ]
    )


@pytest.mark.parametrize("compressed", [False, True])
def test_warc_round_trip(tmp_path, compressed):
    raw = _warc_bytes()
    if compressed:
        # One gzip member per record, as crawlers write them.
        parts = raw.split(b"WARC/1.0\r\n")[1:]
        data = b"".join(gzip.compress(b"WARC/1.0\r\n" + p) for p in parts)
        path = tmp_path / "crawl.warc.gz"
    else:
        data = raw
        path = tmp_path / "crawl.warc"
    path.write_bytes(data)
    docs, errors = docs_and_errors(read_path(str(path), S))
    assert not errors
    assert [d.url for d in docs] == ["http://a.example/1", "http://b.example/2"]
    a, b = docs
    assert a.source == "http://a.example/1" and a.record_id == "<urn:uuid:a1>"
    assert a.fetched == "2024-02-01T10:00:00+00:00"
    assert a.id == make_doc_id("http://a.example/1", a.text)
    assert SAMPLES["vi"].split("\n")[0] in a.text and a.html.startswith("<!DOCTYPE html>")
    assert SAMPLES["zh-hans"].split("\n")[2] in b.text and b.encoding == "gb18030"
    if not compressed:
        assert raw[a.offset : a.offset + 8] == b"WARC/1.0"
        assert raw[b.offset :].startswith(
            b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:b2>"
        )


def test_warc_bad_records_are_reported_and_the_rest_read(tmp_path):
    good1 = warc_response("http://g.example/1", b"<p>good one</p>", record_id="g1")
    bad_digest = warc_response(
        "http://x.example/d", b"<p>digest</p>", record_id="d", bad_digest=True
    )
    wrong_len = warc_response("http://x.example/l", b"<p>length</p>", record_id="l", length_delta=9)
    good2 = warc_response("http://g.example/2", b"<p>good two</p>", record_id="g2")
    trunc = warc_response("http://x.example/t", b"<p>truncated</p>", record_id="t")[:-30]
    data = good1 + bad_digest + wrong_len + good2 + trunc
    path = tmp_path / "bad.warc"
    path.write_bytes(data)
    docs, errors = docs_and_errors(read_path(str(path), S))
    assert [d.text for d in docs] == ["good one", "good two"]
    reasons = [e.reason for e in errors]
    off_d = len(good1)
    off_l = off_d + len(bad_digest)
    off_t = off_l + len(wrong_len) + len(good2)
    assert reasons == [
        f"WARC record at offset {off_d} fails its block digest",
        f"WARC record at offset {off_l} fails its block digest",
        f"WARC record truncated at offset {off_t}",
    ]
    assert all(e.source == str(path) for e in errors)
    assert docs[1].offset == off_l + len(wrong_len)


# -- JSONL ----------------------------------------------------------------------


def test_jsonl_fields_and_broken_lines(tmp_path):
    lines = [
        json.dumps(
            {
                "text": SAMPLES["vi"],
                "url": "https://a.example/1",
                "id": 7,
                "published": "2024-01-31",
                "title": "T1",
            },
            ensure_ascii=False,
        ),
        "{not json",
        "",
        json.dumps({"html": html_page(SAMPLES["th"]), "text": "given text"}),
        json.dumps([1, 2]),
        json.dumps({"text": "  "}),
        json.dumps({"text": "lone \ud800 surrogate", "published": 1706688000}),
    ]
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, errors = docs_and_errors(read_path(str(path), S))
    assert [(e.source, e.reason.split(":")[0]) for e in errors] == [
        (f"{path}:2", "invalid JSON on line 2"),
        (f"{path}:5", "line 5 is not a JSON object"),
        (f"{path}:6", "line 6 has no text or html"),
    ]
    a, b, c = docs
    assert a.text == SAMPLES["vi"] and a.url == a.source == "https://a.example/1"
    assert a.meta["input_id"] == "7" and a.published == "2024-01-31" and a.title == "T1"
    assert a.offset == 1 and a.id == make_doc_id("https://a.example/1", a.text)
    assert (
        b.html and SAMPLES["th"].split("\n")[0] in b.text and b.meta["input_text"] == "given text"
    )
    assert b.source == f"{path}:4" and b.id == make_doc_id(f"{os.path.abspath(path)}:4", b.text)
    assert c.text == "lone \ufffd surrogate" and any(f.kind == "encoding" for f in c.flags)
    assert c.published.startswith("2024-01-31T08:00:00")


def test_jsonl_line_over_the_page_size_is_kept_cut_and_flagged(tmp_path):
    # A line over the page size was rejected whole: a record whose text or
    # html is a little over 8 MiB was lost where the same page as an HTML file
    # is kept, cut and flagged. It is now read whole up to its own bound and
    # cut like a page; only a line over that bound is rejected, by FILE:LINE,
    # and the lines after it are still read and run.
    from newsline.runner import run_corpus
    from newsline.settings import LimitSettings

    page, line_max = 64 << 10, 256 << 10
    settings = Settings(
        workers=1, limits=LimitSettings(max_page_bytes=page, max_jsonl_line_bytes=line_max)
    )
    big_text = "Mưa lớn kéo dài ở Huế. " * (2 * page // 20)
    big_html = (
        "<html><body>" + "<p>Thai rain: ฝนตกหนักในเชียงใหม่</p>" * (page // 30) + "</body></html>"
    )
    path = tmp_path / "big.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps(
                    {"text": "A short first record about the port.", "url": "https://a.example/1"}
                ),
                json.dumps({"text": big_text, "url": "https://a.example/2"}, ensure_ascii=False),
                json.dumps({"text": "x" * (line_max + 10), "url": "https://a.example/3"}),
                json.dumps({"html": big_html, "url": "https://a.example/4"}, ensure_ascii=False),
                json.dumps({"text": "The last record is read too.", "url": "https://a.example/5"}),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    docs, errors = docs_and_errors(read_path(str(path), settings))
    assert [(e.source, e.reason) for e in errors] == [
        (f"{path}:3", f"line 3 is longer than limits.max_jsonl_line_bytes ({line_max})")
    ]
    assert [d.url for d in docs] == [f"https://a.example/{i}" for i in (1, 2, 4, 5)]
    cut_text, cut_html = docs[1], docs[2]
    assert big_text.startswith(cut_text.text) and len(cut_text.text.encode()) <= page
    assert len(cut_text.text.encode()) > page - 4
    assert len(cut_html.html.encode()) <= page and "ฝนตกหนัก" in cut_html.text
    for d in (cut_text, cut_html):
        (flag,) = [f for f in d.flags if f.kind == "limit_exceeded"]
        assert flag.data["limit"] == "max_page_bytes" and "max_page_bytes" in flag.reason
    assert not any(f.kind == "limit_exceeded" for f in docs[0].flags + docs[3].flags)
    result = run_corpus([str(path)], str(tmp_path / "a.db"), settings=settings)
    assert (result.report.processed, result.report.rejected) == (4, 1)


def test_jsonl_gz(tmp_path):
    path = tmp_path / "docs.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"text": "one"}\n{"text": "two"}\n'))
    assert [d.text for d in read_path(str(path), S)] == ["one", "two"]


# -- inputs -----------------------------------------------------------------------


def test_directories_recurse_sorted_and_globs(tmp_path):
    for rel in ("b/2.txt", "b/1.txt", "a/z/9.txt", "c.txt"):
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(rel)
    got = [os.path.relpath(p, tmp_path) for p in iter_input_files([str(tmp_path)], S)]
    assert got == ["a/z/9.txt", "b/1.txt", "b/2.txt", "c.txt"]
    globbed = list(
        iter_input_files([str(tmp_path / "b" / "*.txt"), str(tmp_path / "**" / "9.txt")], S)
    )
    assert [os.path.relpath(p, tmp_path) for p in globbed] == ["b/1.txt", "b/2.txt", "a/z/9.txt"]
    (err,) = iter_input_files([str(tmp_path / "*.nothing")], S)
    assert isinstance(err, ReadError) and err.reason == "no files match pattern"
    (err,) = iter_input_files([str(tmp_path / "missing.txt")], S)
    assert err.reason == "no such file or directory"


def test_a_folder_holding_no_file_is_named_not_passed_over(tmp_path):
    # `newsline run EMPTY/` said "done: read 0 documents, 0 rejected" and
    # "nothing could be read", naming no input and counting nothing
    (tmp_path / "empty").mkdir()
    (tmp_path / "nested" / "deeper").mkdir(parents=True)
    (tmp_path / "good.txt").write_text("A page about the port.")
    items = list(
        iter_input_files(
            [str(tmp_path / "empty"), str(tmp_path / "nested"), str(tmp_path / "good.txt")], S
        )
    )
    assert [(e.source, e.reason) for e in items if isinstance(e, ReadError)] == [
        (str(tmp_path / "empty"), "directory holds no files"),
        (str(tmp_path / "nested"), "directory holds no files"),
    ]
    assert [p for p in items if isinstance(p, str)] == [str(tmp_path / "good.txt")]
    # a folder whose only content is an empty sub-folder is not empty for the walk
    # below the top: only the folders named on the command line are reported
    assert list(iter_input_files([str(tmp_path)], S)) == [str(tmp_path / "good.txt")]


def test_symlink_loop_and_fifo_are_errors(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "ok.txt").write_text("fine")
    os.symlink(tmp_path / "d", tmp_path / "d" / "loop")
    os.symlink(tmp_path / "self", tmp_path / "self")
    os.symlink(tmp_path / "nowhere", tmp_path / "dangling")
    os.mkfifo(tmp_path / "pipe")
    items = list(iter_input_files([str(tmp_path)], S))
    errors = {os.path.basename(e.source): e.reason for e in items if isinstance(e, ReadError)}
    assert errors == {
        "loop": "symlink loop",
        "self": "symlink loop",
        "dangling": "broken symbolic link",
        "pipe": "not a regular file (FIFO)",
    }
    assert [p for p in items if isinstance(p, str)] == [str(tmp_path / "d" / "ok.txt")]


def test_stdin(tmp_path):
    code = (
        "import sys; from newsline.readers import iter_documents; from newsline.settings import Settings\n"
        "for d in iter_documents(['-'], Settings()): print(type(d).__name__, d.source, repr(d.text))"
    )
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2] / "src"))
    out = subprocess.run(
        [sys.executable, "-c", code],
        input="Xin chào\n".encode(),
        capture_output=True,
        env=env,
        check=True,
    ).stdout.decode()
    assert out.strip() == "Document <stdin> 'Xin chào\\n'"
    out = subprocess.run(
        [sys.executable, "-c", code], input=_warc_bytes(), capture_output=True, env=env, check=True
    ).stdout.decode()
    assert out.count("Document http://") == 2


def test_stdin_in_process(monkeypatch):
    fake = io.TextIOWrapper(io.BytesIO(b'{"text": "a"}\n{"text": "b"}\n'))
    monkeypatch.setattr(sys, "stdin", fake)
    docs = list(read_path("-", S))
    assert [d.text for d in docs] == ["a", "b"] and docs[0].source == "<stdin>:1"


# -- the real seeds -------------------------------------------------------------


def test_seeds_read_exactly(seeds_dir):
    docs, errors = docs_and_errors(iter_documents([str(seeds_dir)], S))
    assert not errors and len(docs) == 5
    for doc in docs:
        assert doc.text == Path(doc.source).read_bytes().decode("utf-8")
    assert len({d.id for d in docs}) == 5


def test_warc_chunked_and_gzip_bodies(tmp_path):
    import base64
    import hashlib

    page = html_page(SAMPLES["vi"]).encode()
    gz = gzip.compress(page)
    chunked = b"".join(
        b"%x\r\n%s\r\n" % (len(gz[i : i + 100]), gz[i : i + 100]) for i in range(0, len(gz), 100)
    )
    chunked += b"0\r\n\r\n"
    http = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        b"Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n" + chunked
    )
    digest = base64.b32encode(hashlib.sha1(http).digest()).decode()
    rec = (
        (
            f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:c>\r\n"
            f"WARC-Target-URI: http://c.example/\r\nWARC-Block-Digest: sha1:{digest}\r\n"
            f"Content-Length: {len(http)}\r\n\r\n"
        ).encode()
        + http
        + b"\r\n\r\n"
    )
    path = tmp_path / "c.warc"
    path.write_bytes(rec)
    (doc,) = read_path(str(path), S)
    assert SAMPLES["vi"].split("\n")[1] in doc.text and not doc.flags


def test_jsonl_non_string_text_says_why(tmp_path):
    # an exporter that wrote a number or an object where the text goes: the
    # error names the field and its JSON type instead of "no text"
    path = tmp_path / "typed.jsonl"
    path.write_text(
        '{"id": 1, "text": 12345}\n{"html": {"body": "x"}, "text": "  "}\n{"text": "ok line"}\n',
        encoding="utf-8",
    )
    docs, errors = docs_and_errors(read_path(str(path), S))
    assert [d.text for d in docs] == ["ok line"]
    assert [e.reason for e in errors] == [
        "line 1 has no text or html: text is a number, not a string",
        "line 2 has no text or html: html is an object, not a string",
    ]


def _wet_record(url: str, text: str, record_id: str) -> bytes:
    body = text.encode("utf-8")
    head = (
        f"WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: {url}\r\n"
        f"WARC-Date: 2024-08-04T01:02:03Z\r\nWARC-Record-ID: <urn:uuid:{record_id}>\r\n"
        f"WARC-Refers-To: <urn:uuid:0>\r\nContent-Type: text/plain\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode()
    return head + body + b"\r\n\r\n"


@pytest.mark.parametrize("name", ["crawl.warc.wet", "crawl.warc.wet.gz", "crawl.wet"])
def test_common_crawl_wet_conversion_records_are_documents(tmp_path, name):
    # WET files hold each page's extracted text as a text/plain conversion record
    import gzip as gz

    texts = [
        "Hà Nội, ngày 3/8/2024 - Bộ Ngoại giao cho biết Thủ tướng sẽ thăm Nhật Bản vào tuần tới.",
        "The port authority said on Monday that night shifts would stop until further notice.",
    ]
    info = (
        b"WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:9>\r\n"
        b"Content-Type: application/warc-fields\r\nContent-Length: 20\r\n\r\n"
        b"Software-Info: test\n\r\n\r\n"
    )
    data = info + b"".join(
        _wet_record(f"https://example.org/{i}", t, str(i + 1)) for i, t in enumerate(texts)
    )
    path = tmp_path / name
    path.write_bytes(gz.compress(data) if name.endswith(".gz") else data)
    items = list(read_path(str(path), Settings()))
    assert [type(x).__name__ for x in items] == ["Document", "Document"], items
    assert [d.text for d in items] == texts
    assert [d.url for d in items] == ["https://example.org/0", "https://example.org/1"]
    assert items[0].fetched.startswith("2024-08-04")


def test_jsonl_fields_other_tools_write(tmp_path):
    # news-please writes maintext / date_publish, RedPajama raw_content,
    # many scrapers content / headline / link
    lines = [
        {
            "maintext": "Bộ Ngoại giao cho biết Thủ tướng sẽ thăm Nhật Bản.",
            "title": "A",
            "date_publish": "2024-08-03 10:00:00",
            "url": "https://a.example/1",
        },
        {
            "raw_content": "The port closed on Monday.",
            "headline": "B",
            "link": "https://b.example/2",
        },
        {"content": "Le port a fermé lundi.", "published_at": "2024-08-05T08:00:00Z"},
        {"text": "own field wins", "content": "not this one"},
    ]
    path = tmp_path / "other.jsonl"
    path.write_text(
        "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8"
    )
    docs, errors = docs_and_errors(read_path(str(path), S))
    assert not errors
    a, b, c, d = docs
    assert a.text.startswith("Bộ Ngoại giao") and a.published.startswith("2024-08-03")
    assert a.meta["fields"] == {"text": "maintext", "published": "date_publish"}
    assert (b.text, b.title, b.url) == ("The port closed on Monday.", "B", "https://b.example/2")
    assert c.text == "Le port a fermé lundi." and c.published.startswith("2024-08-05")
    assert d.text == "own field wins" and "fields" not in d.meta


def test_jsonl_line_without_any_text_field_names_the_fields_read(tmp_path):
    path = tmp_path / "none.jsonl"
    path.write_text(json.dumps({"summary": "no body here"}) + "\n", encoding="utf-8")
    (err,) = list(read_path(str(path), S))
    assert err.reason == "line 1 has no text or html"
    assert "maintext" in err.detail and "content" in err.detail


@pytest.mark.parametrize(
    "rel,day",
    [
        ("libya/2011-02-16/ext_59.txt", "2011-02-16"),
        ("archive/2024/05/16/page.html", "2024-05-16"),
        ("news_20240516_1.txt", "2024-05-16"),
        ("a/2024-13-01/x.txt", None),  # no such month
        ("id-12345678.txt", None),
        ("2024/05/x.txt", None),  # no day
    ],
)
def test_the_day_a_path_names_is_noted_for_the_dates_stage(tmp_path, rel, day):
    path = tmp_path / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    body = (
        "<html><body><p>The port reopened on Monday.</p></body></html>"
        if rel.endswith(".html")
        else "The port reopened on Monday."
    )
    path.write_text(body, encoding="utf-8")
    (doc,) = list(read_path(str(path), S))
    assert doc.meta.get("date_from_path") == day
    assert doc.published is None  # a guess, not the page's statement: the dates stage decides


def test_a_date_shaped_run_inside_a_hash_is_no_day():
    from newsline.readers.dates import date_from_path

    assert date_from_path("pages/042bb7e20190315fab9c.html.gz") is None
    assert date_from_path("pages/20190315.html") == "2019-03-15"


@pytest.mark.parametrize("gz", [False, True])
def test_a_warc_record_whose_header_names_no_type_is_reported(tmp_path, gz):
    # a garbled record header (no WARC-Type) was passed over like a request
    # record: a WARC holding only such a record read as nothing, with no message
    garbled = b"WARC/1.0\r\nthis header is garbage\r\n\r\n"
    good = warc_response(
        "http://news.example/a", html_page(SAMPLES["vi"], "utf-8").encode(), record_id="r1"
    )
    raw = garbled + b"\r\n\r\n" + good
    path = tmp_path / ("x.warc.gz" if gz else "x.warc")
    path.write_bytes(gzip.compress(garbled) + gzip.compress(good) if gz else raw)
    got = list(read_path(str(path), Settings()))
    errors = [x for x in got if isinstance(x, ReadError)]
    assert [x.reason for x in errors] == [
        "WARC record at offset 0 has no WARC-Type header (damaged record header)"
    ]
    assert errors[0].source == str(path)
    assert len([x for x in got if isinstance(x, Document)]) == 1

    alone = tmp_path / "alone.warc"
    alone.write_bytes(b"WARC/1.0\r\nthis is not a header at all")
    assert [x.reason for x in read_path(str(alone), Settings())] == [
        "WARC record at offset 0 has no WARC-Type header (damaged record header)"
    ]


def test_stdin_named_twice_is_one_input(tmp_path):
    # a second "-" read an exhausted stream and came back as an "empty file"
    page = tmp_path / "a.txt"
    page.write_text("x")
    got = list(iter_input_files(["-", str(page), "-"], Settings()))
    assert got == ["-", str(page)]
