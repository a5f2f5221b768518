"""Write the hostile-input corpus into a directory (nothing big is committed).

    python tests/hostile/make_corpus.py OUTDIR

Each case is a file (or link) plus what reading it must give: ReadErrors
with a reason, documents, and flags on those documents. ``CASES`` is filled
by :func:`make_corpus` and read by tests/hostile/test_hostile_inputs.py.

Every page here is written for this corpus; no real site's text is used.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "readers"))
from read_samples import SAMPLES, encode_as, html_page, warc_response

MB = 1024 * 1024


@dataclass
class Expect:
    """What reading one input must give."""

    errors: list[str] = field(
        default_factory=list
    )  # a substring of each ReadError reason, in order
    docs: int = 0
    flags: set[str] = field(default_factory=set)  # flag kinds that must appear on its documents


def _page(lang: str, title: str | None = None) -> str:
    return html_page(SAMPLES[lang], "utf-8", title)


def make_corpus(root: Path, big: bool = True) -> dict[str, Expect]:
    """Write every case under ``root``; returns {relative path: Expect}.

    ``big=False`` leaves out the 51 MB page, the 5 MB one-line page and the
    gzip bomb (for tests that run every later stage too)."""
    rng = random.Random(20240131)
    cases: dict[str, Expect] = {}

    def put(rel: str, data: bytes, expect: Expect) -> Path:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        cases[rel] = expect
        return path

    # Good documents next to the bad ones: all must still be read.
    put("good/vi.txt", SAMPLES["vi"].encode(), Expect(docs=1))
    put("good/th.html", _page("th").encode(), Expect(docs=1))
    put("good/zh.html.gz", gzip.compress(_page("zh-hans").encode()), Expect(docs=1))
    put(
        "good/en.txt",
        b"Markets rose on Tuesday after the central bank held rates.\n",
        Expect(docs=1),
    )
    put(
        "good/docs.jsonl",
        "".join(
            json.dumps({"text": SAMPLES[k], "url": f"https://good.example/{k}"}, ensure_ascii=False)
            + "\n"
            for k in ("vi", "th")
        ).encode(),
        Expect(docs=2),
    )

    # Binary content under text extensions.
    put(
        "binary/image.txt",
        b"\x89PNG\r\n\x1a\n" + rng.randbytes(2048),
        Expect(errors=["binary content (PNG image)"]),
    )
    put("binary/random.html", rng.randbytes(8192), Expect(errors=["binary content"]))
    put(
        "binary/nul-bytes.txt",
        b"plain start\x00\x00\x00\x01\x02 then more" * 50,
        Expect(errors=["binary content"]),
    )
    put(
        "binary/document.jsonl",
        b"%PDF-1.7\n" + rng.randbytes(1024),
        Expect(errors=["binary content"]),
    )

    # Gzip damage.
    page_gz = gzip.compress(_page("vi").encode() * 40)
    put(
        "gzip/truncated.html.gz",
        page_gz[: len(page_gz) // 2],
        Expect(docs=1, flags={"truncated_input"}),
    )
    put("gzip/header-only.txt.gz", page_gz[:12], Expect(errors=["gzip"]))
    put(
        "gzip/corrupt.txt.gz",
        page_gz[:20] + bytes(b ^ 0x5A for b in page_gz[20:200]) + page_gz[200:],
        Expect(errors=["gzip"]),
    )
    # A small bomb: a few hundred KB that expands past the page limit.
    if big:
        bomb = gzip.compress(b"lorem ipsum dolor\n" * (3 * MB))  # ~54 MB of text
        put("gzip/bomb.txt.gz", bomb, Expect(docs=1, flags={"limit_exceeded"}))

    # WARC damage; each file also holds good records.
    def good_rec(i: int) -> bytes:
        return warc_response(
            f"https://good.example/w{i}",
            _page("th").replace("<p>", f"<p>{i} ", 1).encode(),
            record_id=f"good-{i}",
        )

    put(
        "warc/bad-digest.warc",
        good_rec(1)
        + warc_response("https://bad.example/d", b"<p>changed</p>", record_id="d", bad_digest=True)
        + good_rec(2),
        Expect(errors=["fails its block digest"], docs=2),
    )
    put(
        "warc/wrong-length-long.warc",
        good_rec(3)
        + warc_response("https://bad.example/l", b"<p>long</p>", record_id="l", length_delta=25)
        + good_rec(4),
        Expect(errors=["fails its block digest"], docs=2),
    )
    no_digest = warc_response(
        "https://bad.example/s", b"<p>short</p>", record_id="s", length_delta=-6
    )
    no_digest = b"".join(
        line
        for line in no_digest.splitlines(keepends=True)
        if not line.startswith(b"WARC-Block-Digest")
    )
    put(
        "warc/wrong-length-short-nodigest.warc",
        good_rec(5) + no_digest + good_rec(6),
        Expect(errors=["malformed WARC record"], docs=3),
    )  # the cut record itself still reads
    put(
        "warc/truncated.warc",
        good_rec(7) + good_rec(8)[:-120],
        Expect(errors=["WARC record truncated"], docs=1),
    )
    members = [gzip.compress(good_rec(i)) for i in (9, 10, 11)]
    put(
        "warc/truncated.warc.gz",
        members[0] + members[1] + members[2][: len(members[2]) // 2],
        Expect(errors=["WARC record truncated"], docs=2),
    )
    broken = bytearray(members[1])
    for i in range(30, min(90, len(broken) - 8)):
        broken[i] ^= 0xA5
    put(
        "warc/corrupt-member.warc.gz",
        members[0] + bytes(broken) + members[2],
        Expect(errors=["WARC"], docs=2),
    )
    put(
        "warc/not-a-warc.warc",
        b"this is not a WARC file at all\n" * 10,
        Expect(errors=["not a WARC file"]),
    )

    # Encodings: invalid UTF-8, mislabelled charsets, controls, surrogates.
    text = SAMPLES["vi"].encode()
    put(
        "encoding/invalid-utf8.txt",
        text[:40] + b"\xff\xfe\xc0\xaf" + text[40:] + b"\xe2\x82",
        Expect(docs=1, flags={"encoding"}),
    )
    for lang, codec in (
        ("vi", "cp1258"),
        ("th", "tis-620"),
        ("zh-hans", "gb18030"),
        ("zh-hant", "big5"),
    ):
        put(
            f"encoding/mislabelled-{codec}.html",
            encode_as(html_page(SAMPLES[lang], "utf-8"), codec),
            Expect(docs=1, flags={"encoding"}),
        )
    put(
        "encoding/control-chars.txt",
        (
            "Tin\x01 tức hôm nay: giá vàng\x1b[31m tăng mạnh\x7f trên thị trường và\x0c trang\n"
            * 30
        ).encode(),
        Expect(docs=1, flags={"encoding"}),
    )
    put(
        "encoding/utf8-encoded-surrogates.txt",
        text + b" \xed\xa0\x80 " + text,
        Expect(docs=1, flags={"encoding"}),
    )
    put(
        "encoding/lone-surrogates.jsonl",
        b'{"text": "broken \\ud800 pair \\udfff here", "title": "t \\ud83d"}\n',
        Expect(docs=1, flags={"encoding"}),
    )

    # Size and shape.
    if big:
        para = "<p>" + "Đoạn văn dài về kinh tế và xã hội. " * 30 + "</p>\n"
        n = (51 * MB) // len(para.encode()) + 1
        put(
            "big/51mb-page.html",
            ("<html><body>" + para * n + "</body></html>").encode(),
            Expect(docs=1, flags={"limit_exceeded"}),
        )
    if big:
        put(
            "big/one-5mb-line.html",
            (
                "<html><body><p>" + "một dòng rất dài " * (5 * MB // 20) + "</p></body></html>"
            ).encode(),
            Expect(docs=1),
        )
    put(
        "big/nested-10000.html",
        (
            "<html><body>"
            + "<div>" * 10000
            + "sâu bên trong"
            + "</div>" * 10000
            + "<p>sau đó</p></body></html>"
        ).encode(),
        Expect(docs=1),
    )
    put(
        "big/unclosed-10000.html",
        ("<html><body>" + "<span><b>" * 10000 + "never closed").encode(),
        Expect(docs=1),
    )

    # JSONL with broken lines between good ones.
    put(
        "jsonl/broken.jsonl",
        b"\n".join(
            [
                b'{"text": "first good line"}',
                b'{"text": "unterminated',
                b'{"text": "second good line", "published": "not a date"}',
                b"[1, 2, 3]",
                b'{"title": "no text"}',
                b"\xff\xfe garbage \x00\x01",
                b'{"text": "third good line"}',
            ]
        )
        + b"\n",
        Expect(
            errors=[
                "invalid JSON on line 2",
                "line 4 is not a JSON object",
                "line 5 has no text or html",
                "line 6",
            ],
            docs=3,
        ),
    )

    # Empty things.
    put("empty/empty.txt", b"", Expect(errors=["empty file"]))
    put("empty/whitespace.html", b"  \n\t\r\n   ", Expect(errors=["whitespace-only file"]))
    put("empty/empty.warc.gz", b"", Expect(errors=["empty file"]))
    put("empty/empty.jsonl", b"", Expect(errors=["empty file"]))
    put(
        "empty/only-markup.html",
        b"<html><head><script>x()</script></head><body>  </body></html>",
        Expect(errors=["no visible text"]),
    )

    # Symlink loops inside an input directory.
    loops = root / "loops"
    (loops / "inner").mkdir(parents=True, exist_ok=True)
    put("loops/inner/real.txt", b"a real file inside a looping tree\n", Expect(docs=1))
    _symlink(loops, loops / "inner" / "back-to-top")
    cases["loops/inner/back-to-top"] = Expect(errors=["symlink loop"])
    _symlink(loops / "self-link", loops / "self-link")
    cases["loops/self-link"] = Expect(errors=["symlink loop"])
    return cases


def _symlink(target: Path, link: Path) -> None:
    if link.is_symlink():
        link.unlink()
    os.symlink(target, link)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    root = Path(argv[1])
    cases = make_corpus(root)
    print(f"wrote {len(cases)} cases under {root}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
