"""Coverage-guided fuzzing of the readers with atheris (libFuzzer).

    python fuzz/fuzz_readers.py -max_total_time=60 [CORPUS_DIR ...]
    fuzz/run.sh 300            # same, with a seed corpus and crash folder set up

Each input picks a file extension from its first byte and the rest is the
file's content; the file is read with ``newsline.readers.read_path``. A crash
is any exception escaping the reader, a ReadError saying "unexpected reader
error" (the catch-all that hides reader bugs), a non-Document/ReadError item,
or a flag whose offsets do not index the document's text. libFuzzer writes
crashing inputs to ``fuzz/crashes/``; tests/readers/test_read_fuzz_regressions.py
replays every file there, so a crash found once stays fixed.

``check_one`` is importable without atheris (the regression test uses it).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

EXTENSIONS = (".txt", ".html", ".htm", ".warc", ".warc.gz", ".jsonl", ".jsonl.gz",
              ".html.gz", ".txt.gz", "", ".xml", ".gz")

_TMP = tempfile.mkdtemp(prefix="newsline-fuzz-")
_SETTINGS = None


class ReaderBug(Exception):
    pass


def split_input(data: bytes) -> tuple[str, bytes]:
    """First byte picks the extension, the rest is the file content."""
    if not data:
        return ".txt", b""
    return EXTENSIONS[data[0] % len(EXTENSIONS)], data[1:]


def check_one(data: bytes) -> None:
    global _SETTINGS
    from newsline.model import Document, ReadError
    from newsline.readers import read_path
    from newsline.settings import LimitSettings, Settings

    if _SETTINGS is None:
        # Small limits so that the limit paths are reachable with small inputs.
        _SETTINGS = Settings(limits=LimitSettings(max_page_bytes=4096, max_decompressed_bytes=8192))
    ext, content = split_input(data)
    path = os.path.join(_TMP, "input" + ext)
    with open(path, "wb") as fh:
        fh.write(content)
    for item in read_path(path, _SETTINGS):
        if isinstance(item, ReadError):
            if item.reason == "unexpected reader error":
                raise ReaderBug(f"{ext}: {item.detail}")
            if not item.reason or "\n" in item.reason:
                raise ReaderBug(f"{ext}: unclear reason {item.reason!r}")
        elif isinstance(item, Document):
            if not isinstance(item.text, str) or not item.text.strip():
                raise ReaderBug(f"{ext}: empty document text")
            for flag in item.flags:
                if flag.start is not None and not (0 <= flag.start <= (flag.end or 0) <= len(item.text)):
                    raise ReaderBug(f"{ext}: flag {flag.kind} offsets outside the text")
        else:
            raise ReaderBug(f"{ext}: reader yielded {type(item).__name__}")


def write_seeds(folder: Path) -> None:
    """A few small valid inputs of each format to start the fuzzer from."""
    import gzip
    import json

    folder.mkdir(parents=True, exist_ok=True)
    html = ('<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tin</title>'
            '<meta property="article:published_time" content="2024-01-31"></head>'
            '<body><nav>Trang chủ</nav><p>Hà Nội hôm nay mưa.</p><p>กรุงเทพ 北京</p></body></html>')
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html.encode()
    warc = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
            b"WARC-Date: 2024-01-31T00:00:00Z\r\nWARC-Target-URI: http://x.example/\r\n"
            b"Content-Type: application/http; msgtype=response\r\n"
            b"Content-Length: %d\r\n\r\n" % len(http) + http + b"\r\n\r\n")
    jsonl = (json.dumps({"text": "Xin chào", "url": "http://x.example/1", "published": "2024-01-31"})
             + "\n" + json.dumps({"html": html, "id": 3}) + "\n").encode()
    seeds = {
        ".txt": "Hà Nội hôm nay mưa.\nกรุงเทพ\n".encode(),
        ".html": html.encode(),
        ".warc": warc,
        ".warc.gz": gzip.compress(warc),
        ".jsonl": jsonl,
        ".html.gz": gzip.compress(html.encode("cp1258", "replace")),
        "": html.encode("utf-16"),
        ".xml": ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
                 "<item><title>A</title><link>http://x.example/a</link>"
                 "<pubDate>Mon, 05 Feb 2024 08:00:00 +0700</pubDate>"
                 "<description>&lt;p&gt;Hà Nội hôm nay mưa.&lt;/p&gt;</description></item>"
                 '</channel></rss>').encode(),
    }
    for ext, content in seeds.items():
        (folder / f"seed{ext or '.none'}").write_bytes(bytes([EXTENSIONS.index(ext)]) + content)


def main() -> None:
    import atheris

    with atheris.instrument_imports(include=["newsline"]):
        import newsline.readers  # noqa: F401

    def one_input(data: bytes) -> None:
        check_one(data)

    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    main()
