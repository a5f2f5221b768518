"""Whole JSON files: arrays of articles, news-API wrappers, one pretty-printed object.

A ``.json`` file was read as plain text (the JSON source stored as one
"article"), and a pretty-printed object without an extension was taken for
JSON Lines and rejected line by line ("invalid JSON on line 1", "line 2", …).
Records invented for these tests.
"""

from __future__ import annotations

import codecs
import gzip
import json

from newsline.model import Document, ReadError
from newsline.readers import read_path
from newsline.settings import Settings

S = Settings()
FR = "La mairie de Nantes a présenté mardi un plan pour rénover trois ponts sur la Loire."
ES = "El ayuntamiento de Bilbao aprobó el lunes una nueva línea de tranvía hacia el puerto."
TH = "กรุงเทพมหานครเปิดเส้นทางจักรยานใหม่ริมแม่น้ำเจ้าพระยาเมื่อวันอังคาร"


def _read(path):
    out = list(read_path(str(path), S))
    return [d for d in out if isinstance(d, Document)], [e for e in out if isinstance(e, ReadError)]


def test_an_array_of_articles_gives_one_document_each(tmp_path):
    path = tmp_path / "dump.json"
    records = [
        {"title": "Ponts", "text": FR, "published": "2024-05-14"},
        {"headline": "Tranvía", "body": ES, "url": "https://noticias.example/tranvia"},
        {"content": "<p>x</p>", "html": f"<html><body><p>{TH}</p></body></html>"},
        "not an object",
    ]
    path.write_text(json.dumps(records, ensure_ascii=False, indent=2), encoding="utf-8")
    docs, errors = _read(path)
    assert [d.text for d in docs] == [FR, ES, TH]
    assert docs[0].title == "Ponts" and docs[0].published.startswith("2024-05-14")
    assert docs[1].source == "https://noticias.example/tranvia"
    assert docs[0].source == f"{path}#1"
    assert [(e.source, e.reason) for e in errors] == [(f"{path}#4", "item 4 is not a JSON object")]


def test_a_news_api_wrapper_and_a_single_object_without_extension(tmp_path):
    wrapper = tmp_path / "api.json"
    wrapper.write_text(
        json.dumps({"status": "ok", "total": 2, "articles": [{"text": FR}, {"text": ES}]}),
        encoding="utf-8",
    )
    one = tmp_path / "article"  # no extension, an object over several lines
    one.write_text(json.dumps({"title": "T", "text": TH}, ensure_ascii=False, indent=4))
    assert [d.text for d in _read(wrapper)[0]] == [FR, ES]
    docs, errors = _read(one)
    assert [d.text for d in docs] == [TH] and not errors


def test_json_lines_named_json_utf16_and_gzip(tmp_path):
    lines = tmp_path / "export.json"  # many tools write JSON Lines as .json
    lines.write_text(json.dumps({"text": FR}) + "\n" + json.dumps({"text": ES}) + "\n")
    assert [d.text for d in _read(lines)[0]] == [FR, ES]
    utf16 = tmp_path / "win.json"
    utf16.write_bytes(codecs.BOM_UTF16_LE + json.dumps([{"text": TH}]).encode("utf-16-le"))
    assert [d.text for d in _read(utf16)[0]] == [TH]
    gz = tmp_path / "dump.json.gz"
    gz.write_bytes(gzip.compress(json.dumps([{"text": FR}]).encode()))
    assert [d.text for d in _read(gz)[0]] == [FR]


def test_broken_or_empty_json_is_one_clear_error(tmp_path):
    broken = tmp_path / "cut.json"
    broken.write_text('[{"text": "' + FR + '"}, {"text": "cut her')
    docs, errors = _read(broken)
    assert not docs and len(errors) == 1
    assert errors[0].source == str(broken) and errors[0].reason.startswith("invalid JSON")
    config = tmp_path / "settings.json"
    config.write_text(json.dumps({"theme": "dark", "size": 3}))
    docs, errors = _read(config)
    assert not docs and "no document" in errors[0].reason


def test_utf16_json_lines_with_a_byte_order_mark(tmp_path):
    # PowerShell's Out-File writes UTF-16: its NUL bytes made the file "binary content"
    body = "\r\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in (FR, TH)) + "\r\n"
    for codec, bom in (("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)):
        path = tmp_path / f"{codec}.jsonl"
        path.write_bytes(bom + body.encode(codec))
        docs, errors = _read(path)
        assert [d.text for d in docs] == [FR, TH] and not errors, errors
        assert docs[0].encoding == "utf-16"


def test_a_body_kept_as_a_list_of_paragraphs(tmp_path):
    # scrapers that store the article as its paragraphs: "text is an array, not a string"
    path = tmp_path / "paras.jsonl"
    records = [
        {"title": "Ponts", "paragraphs": None, "text": [FR, "", "Les travaux dureront deux ans."]},
        {"content": [TH, "ผู้ว่าฯ กล่าวว่าจะเปิดให้ใช้ในเดือนหน้า"]},
        {"text": [1, 2]},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n")
    docs, errors = _read(path)
    assert [d.text for d in docs] == [
        FR + "\nLes travaux dureront deux ans.",
        TH + "\nผู้ว่าฯ กล่าวว่าจะเปิดให้ใช้ในเดือนหน้า",
    ]
    assert docs[0].meta["fields"] == {"text": "text[]"}
    assert [e.reason for e in errors] == [
        "line 3 has no text or html: text is an array, not a string"
    ]


def test_more_field_names_scrapers_and_news_apis_use(tmp_path):
    # each record was "no text or html" under these names
    path = tmp_path / "api.jsonl"
    records = [
        {"full_text": FR, "canonical_url": "https://actu.example/ponts", "pubDate": "2024-05-14"},
        {"articleBody": ES, "permalink": "https://noticias.example/tranvia"},
        {"body_html": f"<div><p>{TH}</p></div>", "date_published": "2024-05-15T08:00:00+07:00"},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n")
    docs, errors = _read(path)
    assert not errors, errors
    assert [d.text for d in docs] == [FR, ES, TH]
    assert docs[0].url == "https://actu.example/ponts" and docs[0].published.startswith(
        "2024-05-14"
    )
    assert docs[1].url == "https://noticias.example/tranvia"
    assert docs[2].published.startswith("2024-05-15T08:00:00")


def test_a_json_feed_gives_one_document_per_item(tmp_path):
    # JSON Feed (jsonfeed.org): a wrapper whose "items" hold content_html or content_text
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Actualités de Nantes",
        "items": [
            {
                "id": "1",
                "url": "https://actu.example/ponts",
                "title": "Ponts",
                "content_html": f"<p>{FR}</p>",
                "date_published": "2024-05-14T09:00:00+02:00",
            },
            {"id": "2", "url": "https://actu.example/tram", "content_text": ES},
        ],
    }
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(feed, ensure_ascii=False), encoding="utf-8")
    docs, errors = _read(path)
    assert not errors, errors
    assert [(d.url, d.text) for d in docs] == [
        ("https://actu.example/ponts", FR),
        ("https://actu.example/tram", ES),
    ]
    assert docs[0].published.startswith("2024-05-14T09:00:00") and docs[0].title == "Ponts"
