"""A crawler's JSON Lines export keeps each response as it came: Scrapy's
``body`` holds the page's whole HTML, and a ``status`` says what the fetch
got. A text field that holds a whole page is read as the page's markup (its
visible text, its metadata), not as text full of tags; a record of a
redirect or an error page is passed over and counted, as a WARC's is, not
stored as a document. Records written for these tests
(benchmarks/bundle_check.py --set bundle8 found a Scrapy export's page stored
as 32 lines of markup, and its 404 record stored as a page)."""

from __future__ import annotations

import json

import pytest

from newsline.model import Document, PassedOver, ReadError
from newsline.readers import read_path
from newsline.settings import Settings

PAGE = (
    "<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'>"
    "<title>Banjir rob genangi pesisir Semarang</title>"
    "<meta property='article:published_time' content='2025-06-03T10:00:00+07:00'></head>"
    "<body><nav><a href='/'>Beranda</a></nav><h1>Banjir rob genangi pesisir Semarang</h1>"
    "<p>Banjir rob setinggi 60 sentimeter menggenangi kawasan Tanjung Emas pada Selasa pagi.</p>"
    "</body></html>"
)


def read_all(tmp_path, records, name="crawl.jsonl"):
    path = tmp_path / name
    if name.endswith(".json"):
        path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    else:
        path.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
        )
    return list(read_path(str(path), Settings(), passed_over=True))


@pytest.mark.parametrize("field", ["body", "content", "text"])
@pytest.mark.parametrize("lead", ["", "\n  ", "<!-- saved by spider -->\n"])
def test_a_whole_page_in_a_text_field_is_read_as_markup(tmp_path, field, lead):
    (doc,) = read_all(tmp_path, [{"url": "https://x.example.id/a", field: lead + PAGE}])
    assert isinstance(doc, Document)
    lines = doc.text.splitlines()
    assert "Banjir rob genangi pesisir Semarang" in lines
    assert not any("<p>" in x or "<meta" in x for x in lines)
    assert doc.html and doc.title == "Banjir rob genangi pesisir Semarang"
    assert doc.published.startswith("2025-06-03")
    assert doc.meta["fields"]["html"] == field


@pytest.mark.parametrize(
    "text",
    [
        "Use <html> and <body> tags to start a page; </p> closes a paragraph.",
        "<b>Breaking</b>: the port is closed.",
        "The tag <p> opens a paragraph.</p> That is all.",
    ],
)
def test_text_that_mentions_tags_stays_text(tmp_path, text):
    (doc,) = read_all(tmp_path, [{"text": text}])
    assert doc.text == text
    assert doc.html is None


@pytest.mark.parametrize(
    "record,reason",
    [
        ({"status": 404, "body": "<html><body><h1>404 Not Found</h1></body></html>"}, "error:404"),
        ({"status_code": "301", "body": "<html><body>Moved</body></html>"}, "redirect:301"),
        ({"crawl": {"httpStatusCode": 500}, "text": "Internal Server Error"}, "error:500"),
        ({"response": {"status": 304}}, "not modified:304"),
    ],
)
@pytest.mark.parametrize("name", ["crawl.jsonl", "crawl.json"])
def test_a_record_of_a_failed_fetch_is_passed_over(tmp_path, record, reason, name):
    good = {"url": "https://x.example.id/a", "status": 200, "body": PAGE}
    items = read_all(tmp_path, [good, {"url": "https://x.example.id/b", **record}], name)
    docs = [i for i in items if isinstance(i, Document)]
    assert [d.url for d in docs] == ["https://x.example.id/a"]
    assert not [i for i in items if isinstance(i, ReadError)]
    (passed,) = [i for i in items if isinstance(i, PassedOver)]
    assert passed.counts == {reason: 1}


@pytest.mark.parametrize("status", ["publish", "draft", True, 7, None, "200"])
def test_a_status_that_is_no_failed_fetch_keeps_the_record(tmp_path, status):
    # a CMS's "status": "publish" (WordPress) is not an HTTP status
    (doc,) = read_all(tmp_path, [{"status": status, "text": "Harga cabai naik di Semarang."}])
    assert isinstance(doc, Document)
