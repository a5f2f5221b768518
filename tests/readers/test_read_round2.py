"""Inputs a second reading round found misread: UTF-16 text on standard input,
bzip2/xz streams, sitemaps, CSV exports, XML news formats, EUC-JP one-liners."""

import codecs
import io
import sys

import pytest

from newsline.model import Document, ReadError
from newsline.readers import read_path
from newsline.settings import Settings

S = Settings()


def _stdin(monkeypatch, data: bytes):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


@pytest.mark.parametrize(
    ("codec", "bom"),
    [
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-32-le", codecs.BOM_UTF32_LE),
    ],
)
def test_utf16_json_lines_on_stdin_are_records_not_text(monkeypatch, codec, bom):
    # PowerShell's `Get-Content x.jsonl | newsline run -` style: no name, a BOM
    lines = (
        '{"url": "https://tin.example/a", "text": "Hội đồng thông qua dự toán."}\n'
        '{"url": "https://tin.example/b", "text": "Trời mưa lớn ở Huế."}\n'
    )
    _stdin(monkeypatch, bom + lines.encode(codec))
    docs = list(read_path("-", S))
    assert [d.url for d in docs] == ["https://tin.example/a", "https://tin.example/b"]
    assert docs[1].text == "Trời mưa lớn ở Huế."


def test_utf16_json_array_on_stdin_is_one_document_per_object(monkeypatch):
    body = '[\n  {"title": "Un", "text": "Le conseil a voté.", "link": "https://j.example/1"}\n]\n'
    _stdin(monkeypatch, codecs.BOM_UTF16_LE + body.encode("utf-16-le"))
    docs = list(read_path("-", S))
    assert len(docs) == 1 and isinstance(docs[0], Document)
    assert docs[0].title == "Un" and docs[0].url == "https://j.example/1"
