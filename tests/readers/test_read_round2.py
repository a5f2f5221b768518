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


# -- bzip2 and xz ---------------------------------------------------------------

import bz2
import lzma
import tarfile

from newsline.settings import LimitSettings

PAGE = (
    "<html><head><title>Nouveau pont</title></head><body><h1>Nouveau pont à Tours</h1>"
    "<p>La ville a inauguré hier un pont sur la Loire.</p></body></html>"
).encode()
PACK = {"bz2": bz2.compress, "xz": lzma.compress}


def _tar(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


@pytest.mark.parametrize("ext", ["bz2", "xz"])
def test_bzip2_and_xz_pages_are_read_like_gzip(tmp_path, ext):
    path = tmp_path / f"pont.html.{ext}"
    path.write_bytes(PACK[ext](PAGE))
    (doc,) = read_path(str(path), S)
    assert isinstance(doc, Document), doc
    assert doc.title == "Nouveau pont" and "inauguré hier" in doc.text and not doc.flags


@pytest.mark.parametrize("ext", ["bz2", "xz"])
def test_tar_bz2_and_tar_xz_are_read_member_by_member(tmp_path, ext):
    path = tmp_path / f"pages.tar.{ext}"
    path.write_bytes(PACK[ext](_tar({"a/pont.html": PAGE, "b.txt": b"Une note en texte.\n"})))
    docs = list(read_path(str(path), S))
    assert [d.source for d in docs] == [f"{path}/a/pont.html", f"{path}/b.txt"]
    assert all(isinstance(d, Document) for d in docs)


def test_concatenated_bzip2_streams_are_all_read(tmp_path):
    path = tmp_path / "notes.txt.bz2"  # pbzip2 writes one stream per block
    path.write_bytes(bz2.compress(b"first half, ") + bz2.compress(b"second half\n"))
    (doc,) = read_path(str(path), S)
    assert doc.text == "first half, second half\n"


@pytest.mark.parametrize("ext", ["bz2", "xz"])
def test_cut_compressed_stream_is_a_clear_error_or_a_flagged_document(tmp_path, ext):
    whole = PACK[ext](PAGE * 2000)
    tiny = tmp_path / f"tiny.html.{ext}"
    tiny.write_bytes(whole[:20])
    (err,) = read_path(str(tiny), S)
    assert (
        isinstance(err, ReadError)
        and f"truncated {'bzip2' if ext == 'bz2' else 'xz'} stream" in err.reason
    )
    cut = tmp_path / f"cut.txt.{ext}"
    words = ["pont", "ville", "Loire", "hier", "conseil", "travaux", "maire", "rue"]
    lines = (" ".join(words[(i * 7 + j * j) % 8] for j in range(i % 13 + 3)) for i in range(60000))
    cut.write_bytes(PACK[ext]("\n".join(lines).encode())[:-200])
    items = list(read_path(str(cut), S))
    assert len(items) == 1
    doc = items[0]
    if isinstance(doc, Document):  # xz/bzip2 blocks: what came before the cut, flagged
        assert [f.kind for f in doc.flags] == ["truncated_input"]
    else:
        assert "truncated" in doc.reason


def test_decompressed_stream_is_bounded(tmp_path):
    path = tmp_path / "bomb.txt.xz"
    path.write_bytes(lzma.compress(b"a" * 5_000_000))
    small = Settings(limits=LimitSettings(max_decompressed_bytes=100_000))
    (doc,) = read_path(str(path), small)
    assert len(doc.text) <= 100_000 and "limit_exceeded" in [f.kind for f in doc.flags]
