"""Property tests: no exception escapes any reader on arbitrary bytes, and
text read from a .txt file is exactly its bytes decoded."""

from __future__ import annotations

import gzip
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from read_samples import SAMPLES, html_page, warc_response

from newsline.model import Document, ReadError
from newsline.readers import read_path
from newsline.settings import Settings

S = Settings()
EXTENSIONS = [
    "",
    ".txt",
    ".html",
    ".htm",
    ".warc",
    ".warc.gz",
    ".jsonl",
    ".jsonl.gz",
    ".json",
    ".json.gz",
    ".html.gz",
    ".gz",
    ".bin",
]
PROPS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


def read_bytes(data: bytes, ext: str) -> list:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{ext}"
        path.write_bytes(data)
        items = list(read_path(str(path), S))
    for item in items:
        assert isinstance(item, (Document, ReadError)), item
        if isinstance(item, ReadError):
            assert item.reason != "unexpected reader error", item  # a reader bug, not bad input
            assert str(path) in item.source or item.source.startswith("http")
        else:
            assert isinstance(item.text, str) and item.text.strip()
            for flag in item.flags:
                if flag.start is not None:
                    assert 0 <= flag.start <= flag.end <= len(item.text)
    return items


# Bytes that look a little like each format, then arbitrary mutations of them.
SEEDS = [
    SAMPLES["vi"].encode(),
    html_page(SAMPLES["th"]).encode(),
    warc_response("http://x.example/", html_page(SAMPLES["zh-hans"]).encode(), record_id="p"),
    (json.dumps({"text": SAMPLES["zh-hant"], "url": "u"}) + "\n").encode(),
]


@st.composite
def mutated(draw):
    data = bytearray(draw(st.sampled_from(SEEDS)))
    if draw(st.booleans()):
        data = bytearray(gzip.compress(bytes(data)))
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["flip", "cut", "insert", "delete"]))
        if not data:
            break
        i = draw(st.integers(0, len(data) - 1))
        if op == "flip":
            data[i] = draw(st.integers(0, 255))
        elif op == "cut":
            del data[i:]
        elif op == "insert":
            data[i:i] = draw(st.binary(max_size=16))
        else:
            del data[i : i + draw(st.integers(1, 64))]
    return bytes(data)


@PROPS
@given(data=st.binary(max_size=4096), ext=st.sampled_from(EXTENSIONS))
def test_arbitrary_bytes_never_raise(data, ext):
    read_bytes(data, ext)


@PROPS
@given(data=mutated(), ext=st.sampled_from(EXTENSIONS))
# Found by the long hypothesis run: an invalid byte in HTML gave a flag offset into the markup.
@example(data=html_page(SAMPLES["th"]).encode().replace(b"<p>\xe0", b"<p>\x01", 1), ext=".html")
def test_mutated_inputs_never_raise(data, ext):
    read_bytes(data, ext)


@PROPS
@given(data=st.binary(max_size=2048))
def test_txt_text_is_the_bytes_decoded(data):
    items = read_bytes(data, ".txt")
    if items and isinstance(items[0], Document):
        (doc,) = items
        replaced = any(f.kind == "encoding" and "replaced" in f.reason for f in doc.flags)
        assert doc.text == data.decode(doc.encoding, "replace" if replaced else "strict")


@PROPS
@given(
    text=st.text(min_size=1, max_size=500), codec=st.sampled_from(["utf-8", "utf-16", "utf-8-sig"])
)
def test_txt_round_trips_any_text(text, codec):
    data = (
        text.encode(codec, "surrogatepass")
        if codec != "utf-16"
        else text.encode("utf-16", "surrogatepass")
    )
    items = read_bytes(data, ".txt")
    if text.strip() and isinstance(items[0], Document):
        (doc,) = items
        if not any(f.kind == "encoding" and "replaced" in f.reason for f in doc.flags):
            assert doc.text == text


@PROPS
@given(
    text=st.text(min_size=1, max_size=300),
    title=st.text(max_size=30),
    published=st.text(max_size=30),
)
def test_jsonl_text_is_kept(text, title, published):
    line = json.dumps({"text": text, "title": title, "published": published})
    items = read_bytes(line.encode() + b"\n", ".jsonl")
    (item,) = items
    if text.strip():
        assert isinstance(item, Document)
        assert len(item.text) == len(text)
        assert item.text == "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)
    else:
        assert isinstance(item, ReadError)


@PROPS
@given(paras=st.lists(st.text(min_size=1, max_size=80), min_size=1, max_size=8))
def test_html_text_lines_come_from_the_page(paras):
    from html import escape

    page = "<html><body>" + "".join(f"<p>{escape(p)}</p>" for p in paras) + "</body></html>"
    items = read_bytes(page.encode("utf-8", "surrogatepass"), ".html")
    for item in items:
        if isinstance(item, Document):
            assert "\n\n" not in item.text
            assert all(line == line.strip() and line for line in item.text.split("\n"))
