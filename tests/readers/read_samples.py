"""Sample news text in four scripts and byte encoders for the reader tests.

Written for these tests (not taken from any site). ``encode_as`` handles
cp1258, which stores Vietnamese tone marks as combining characters.
"""

from __future__ import annotations

import base64
import hashlib
import unicodedata

SAMPLES: dict[str, str] = {
    "vi": (
        "Hà Nội hôm nay công bố kế hoạch phát triển kinh tế mới cho giai đoạn tới.\n"
        "Thủ tướng cho biết chính phủ sẽ đầu tư mạnh vào hạ tầng giao thông và giáo dục.\n"
        "Người dân ở nhiều tỉnh được kỳ vọng hưởng lợi từ những dự án này."
    ),
    "th": (
        "กรุงเทพมหานคร วันนี้รัฐบาลประกาศแผนพัฒนาเศรษฐกิจฉบับใหม่\n"
        "นายกรัฐมนตรีกล่าวว่าจะลงทุนด้านโครงสร้างพื้นฐานและการศึกษาอย่างต่อเนื่อง\n"
        "ประชาชนในหลายจังหวัดจะได้รับประโยชน์จากโครงการเหล่านี้"
    ),
    "zh-hans": (
        "北京今天宣布了新的经济发展计划。\n"
        "总理表示，政府将在明年大力投资交通基础设施和教育。\n"
        "预计许多省份的民众将从这些项目中受益。"
    ),
    "zh-hant": (
        "台北今天宣布了新的經濟發展計畫。\n"
        "行政院長表示，政府將在明年大力投資交通基礎建設與教育。\n"
        "預計許多縣市的民眾將從這些計畫中受益。"
    ),
}

# (sample, codec) pairs the issue asks for.
ENCODED_CASES = [
    ("vi", "cp1258"),
    ("th", "tis-620"),
    ("zh-hans", "gb18030"),
    ("zh-hant", "big5"),
]


def encode_as(text: str, codec: str) -> bytes:
    """Encode ``text``; for cp1258 compose base letters and keep tones as combining marks."""
    if codec.lower().replace("-", "") != "cp1258":
        return text.encode(codec)
    out = []
    for ch in text:
        try:
            ch.encode("cp1258")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", ch)
        base, marks = decomposed[0], decomposed[1:]
        for i, mark in enumerate(marks):
            composed = unicodedata.normalize("NFC", base + mark)
            if len(composed) == 1:
                try:
                    composed.encode("cp1258")
                except UnicodeEncodeError:
                    continue
                base, marks = composed, marks[:i] + marks[i + 1 :]
                break
        out.append(base + marks)
    return "".join(out).encode("cp1258")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def html_page(body_text: str, charset: str | None = "utf-8", title: str | None = None) -> str:
    title = title if title is not None else body_text.split("\n")[0][:24]
    meta = f'<meta charset="{charset}">' if charset else ""
    paras = "".join(f"<p>{line}</p>" for line in body_text.split("\n"))
    return (
        f'<!DOCTYPE html><html lang="xx"><head>{meta}<title>{title}</title>'
        "<style>p{margin:0}</style><script>var tracker = 1;</script></head><body>"
        '<nav><a href="/">Home</a> <a href="/world">World</a></nav>'
        f"<article>{paras}</article><footer>Example Media 2024</footer></body></html>"
    )


def warc_response(
    url: str,
    body: bytes,
    *,
    record_id: str,
    date: str = "2024-02-01T10:00:00Z",
    content_type: str = "text/html; charset=utf-8",
    bad_digest: bool = False,
    length_delta: int = 0,
    status: str = "200 OK",
    warc_type: str = "response",
) -> bytes:
    """One hand-written WARC/1.0 response record with a sha1 block digest."""
    http = (
        f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    digest = base64.b32encode(hashlib.sha1(http).digest()).decode()
    if bad_digest:
        digest = "A" * 32
    head = (
        f"WARC/1.0\r\nWARC-Type: {warc_type}\r\nWARC-Record-ID: <urn:uuid:{record_id}>\r\n"
        f"WARC-Date: {date}\r\nWARC-Target-URI: {url}\r\nWARC-Block-Digest: sha1:{digest}\r\n"
        f"Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http) + length_delta}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def warc_request(url: str, record_id: str) -> bytes:
    http = f"GET / HTTP/1.1\r\nHost: {url}\r\n\r\n".encode()
    head = (
        f"WARC/1.0\r\nWARC-Type: request\r\nWARC-Record-ID: <urn:uuid:{record_id}>\r\n"
        f"WARC-Date: 2024-02-01T10:00:00Z\r\nWARC-Target-URI: {url}\r\n"
        f"Content-Type: application/http; msgtype=request\r\nContent-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


# -- a crawl's usual make-up: pages among redirects, errors, images, requests --

PAGE_PT = (
    "<html><head><meta charset='utf-8'><title>Porto</title></head><body><article>"
    "<p>A câmara municipal do Porto aprovou ontem o novo plano de mobilidade urbana.</p>"
    "</article></body></html>"
).encode()
TEXT_PL = "Rada miasta Gdańska przyjęła w czwartek nowy budżet na rok 2025.\n".encode()


def warc_record(warc_type: str, url: str, content_type: str, block: bytes, rid: str) -> bytes:
    """A WARC record other than a response: warcinfo, metadata, resource, revisit."""
    head = (
        f"WARC/1.0\r\nWARC-Type: {warc_type}\r\nWARC-Record-ID: <urn:uuid:{rid}>\r\n"
        f"WARC-Date: 2024-03-05T08:00:00Z\r\nWARC-Target-URI: {url}\r\n"
        f"Content-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n"
    ).encode()
    return head + block + b"\r\n\r\n"


def mixed_crawl() -> list[bytes]:
    base = "https://gazeta.example.pl"
    return [
        warc_record("warcinfo", "", "application/warc-fields", b"software: crawler/2.1\r\n", "wi"),
        warc_request(base + "/porto", "rq-1"),
        warc_response(base + "/porto", PAGE_PT, record_id="ok-1"),
        warc_record(
            "metadata", base + "/porto", "application/warc-fields", b"fetchTimeMs: 120\r\n", "md-1"
        ),
        warc_request(base + "/stare", "rq-2"),
        warc_response(base + "/stare", b"", record_id="mv-1", status="301 Moved Permanently"),
        warc_response(base + "/tmp", b"", record_id="mv-2", status="302 Found"),
        warc_response(
            base + "/brak", b"<h1>Nie znaleziono</h1>", record_id="nf-1", status="404 Not Found"
        ),
        warc_response(
            base + "/blad", b"oops", record_id="se-1", status="500 Internal Server Error"
        ),
        warc_response(
            base + "/foto.jpg", b"\xff\xd8\xff\xe0JFIF", record_id="im-1", content_type="image/jpeg"
        ),
        warc_response(
            base + "/raport.pdf", b"%PDF-1.7\n", record_id="pd-1", content_type="application/pdf"
        ),
        warc_record(
            "revisit",
            base + "/porto",
            "application/http; msgtype=response",
            b"HTTP/1.1 304 Not Modified\r\n\r\n",
            "rv-1",
        ),
        # a 200 page that came with nothing in it
        warc_response(base + "/pusta", b"", record_id="em-1"),
        warc_response(
            base + "/budzet.txt",
            TEXT_PL,
            record_id="tx-1",
            content_type="text/plain; charset=utf-8",
        ),
    ]


# what mixed_crawl() passes over, by reason
EXPECTED_PASSED_OVER = {
    "record:warcinfo": 1,
    "record:request": 2,
    "record:metadata": 1,
    "record:revisit": 1,
    "redirect:301": 1,
    "redirect:302": 1,
    "error:404": 1,
    "error:500": 1,
    "not HTML:image/jpeg": 1,
    "not HTML:application/pdf": 1,
    "empty body:text/html": 1,
}
