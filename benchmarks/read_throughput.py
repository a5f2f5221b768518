"""Reader throughput: documents/s and MB/s for .txt, .html, .warc and .warc.gz input.

    PYTHONPATH=src python benchmarks/read_throughput.py [--docs 2000]

Writes a generated corpus (news-like pages in vi/th/zh, with site chrome) to
a temporary directory, then times ``newsline.readers.iter_documents`` on it,
single process, and prints one line per format. Uses the real seeds as page
text when ../shared/corpus/seeds exists.
"""

from __future__ import annotations

import argparse
import base64
import gzip
import hashlib
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsline.model import Document
from newsline.readers import iter_documents
from newsline.settings import Settings

FALLBACK = [
    "Hà Nội hôm nay công bố kế hoạch phát triển kinh tế mới cho giai đoạn tới. " * 12,
    "กรุงเทพมหานคร วันนี้รัฐบาลประกาศแผนพัฒนาเศรษฐกิจฉบับใหม่ " * 12,
    "北京今天宣布了新的经济发展计划。总理表示，政府将大力投资交通基础设施和教育。" * 12,
]


def texts() -> list[str]:
    seeds = ROOT.parent / "shared" / "corpus" / "seeds"
    if seeds.is_dir():
        found = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
        if found:
            return found
    return FALLBACK


def page(text: str, i: int) -> str:
    paras = "".join(f"<p>{line}</p>\n" for line in text.split("\n") if line.strip())
    return (
        f'<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tin {i}</title>'
        f'<meta property="og:site_name" content="Example"><script>var a={i};</script></head><body>'
        '<nav><ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li></ul></nav>'
        f"<main><h1>Headline {i}</h1>{paras}</main><footer>Example Media</footer></body></html>"
    )


def warc_record(i: int, body: bytes) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
    digest = base64.b32encode(hashlib.sha1(http).digest()).decode()
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{i}>\r\n"
        f"WARC-Date: 2024-01-31T00:00:00Z\r\nWARC-Target-URI: https://example.org/{i}\r\n"
        f"WARC-Block-Digest: sha1:{digest}\r\nContent-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def build(root: Path, n: int) -> dict[str, tuple[Path, int]]:
    base = texts()
    (root / "txt").mkdir()
    (root / "html").mkdir()
    total = {"txt": 0, "html": 0, "warc": 0, "warc.gz": 0}
    warc, warc_gz = bytearray(), bytearray()
    for i in range(n):
        text = f"{i}\n" + base[i % len(base)]
        data = text.encode()
        (root / "txt" / f"{i:06d}.txt").write_bytes(data)
        html = page(text, i).encode()
        (root / "html" / f"{i:06d}.html").write_bytes(html)
        rec = warc_record(i, html)
        warc += rec
        warc_gz += gzip.compress(rec, compresslevel=6)
        total["txt"] += len(data)
        total["html"] += len(html)
        total["warc"] += len(rec)
        total["warc.gz"] += len(rec)
    (root / "crawl.warc").write_bytes(warc)
    (root / "crawl.warc.gz").write_bytes(warc_gz)
    return {
        "txt": (root / "txt", total["txt"]),
        "html": (root / "html", total["html"]),
        "warc": (root / "crawl.warc", total["warc"]),
        "warc.gz": (root / "crawl.warc.gz", total["warc.gz"]),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=2000)
    args = ap.parse_args()
    settings = Settings()
    with tempfile.TemporaryDirectory() as tmp:
        inputs = build(Path(tmp), args.docs)
        print(f"reader throughput, {args.docs} documents per format, one process")
        for fmt, (path, nbytes) in inputs.items():
            t0 = time.perf_counter()
            docs = errors = 0
            for item in iter_documents([str(path)], settings):
                if isinstance(item, Document):
                    docs += 1
                else:
                    errors += 1
            dt = time.perf_counter() - t0
            print(
                f"{fmt:8s} {docs:6d} docs {errors:3d} errors  {dt:7.2f} s  "
                f"{docs / dt:8.0f} docs/s  {nbytes / dt / 1e6:7.1f} MB/s (uncompressed)"
            )


if __name__ == "__main__":
    main()
