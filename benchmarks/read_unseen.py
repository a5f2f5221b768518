"""What does a user get from inputs no test had seen? One held-out set of
encodings, WARC variants, JSON shapes and odd plain text, built here (never
stored in the repository) and read with ``newsline.readers``.

    PYTHONPATH=src python benchmarks/read_unseen.py [--keep DIR]

Each case is written into a temporary folder (WARC records and HTTP bodies
by hand, since several must be broken on purpose; gzip/zlib/brotli from
their libraries), then read with ``iter_documents``. Per case it prints:

* docs     -- documents read / documents expected;
* text     -- every expected sentence (and URL/date where the case states
              one) came out right;
* named    -- for an input that is broken, a ReadError names it (``-`` when
              none is wanted; ``!`` when one came for a good input);
* verdict  -- ``ok`` when all three are right.

A ReadError is what the run's report counts (``rejected``), so "named" is
also "counted". The 50 MB one-line file is read in a child process and its
peak memory and time are printed too. The sentences were written for this
benchmark, in the styles of no particular site.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
import unicodedata
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from newsline.model import Document, ReadError
from newsline.readers import iter_documents
from newsline.settings import Settings

# -- sentences (written for this benchmark) ----------------------------------

JA = (
    "横浜市の港湾局は今週、新しい旅客ターミナルの建設計画を発表した。"
    "工事は来年の春に始まり、三年後の完成を目指している。"
    "地元の商店街は観光客の増加に期待を寄せている。"
)
KO = (
    "부산시는 이번 주 새로운 해양 박물관 건립 계획을 발표했다. "
    "공사는 내년 봄에 시작되며 삼 년 뒤 완공을 목표로 한다. "
    "지역 상인들은 관광객 증가를 기대하고 있다."
)
ZH_HANT = "台中市政府本週宣布興建新的公共圖書館，工程將於明年春天動工，預計三年後完工。當地居民對此表示歡迎，並希望館內設立兒童閱覽區。"
ZH_HANS = "成都市政府本周宣布修建一座新的科技馆，工程将于明年春季开工，预计三年后建成。当地居民对此表示欢迎，并希望馆内设立儿童阅览区。"
TH = (
    "เทศบาลนครเชียงใหม่ประกาศแผนสร้างสวนสาธารณะแห่งใหม่ในสัปดาห์นี้ "
    "โดยจะเริ่มก่อสร้างในฤดูฝนปีหน้า และคาดว่าจะแล้วเสร็จภายในสามปี "
    "ชาวบ้านในพื้นที่ต่างแสดงความยินดีกับโครงการนี้"
)
VI = (
    "Ủy ban nhân dân thành phố Huế vừa công bố kế hoạch xây dựng một cây cầu mới "
    "bắc qua sông Hương. Công trình dự kiến khởi công vào mùa xuân năm sau và "
    "hoàn thành trong ba năm."
)
RU = (
    "Городская дума Новосибирска на этой неделе утвердила план строительства "
    "нового моста через Обь. Работы начнутся весной следующего года, а завершить "
    "их планируют через три года."
)
EL = "Το δημοτικό συμβούλιο της Πάτρας ενέκρινε χθες το σχέδιο για νέα πεζογέφυρα στο λιμάνι."
AR = "أعلن مجلس مدينة الإسكندرية أمس خطة لبناء جسر جديد للمشاة قرب الميناء."
ES = "El ayuntamiento de Zaragoza aprobó el martes la reforma del mercado central."
PT = "A prefeitura de Curitiba anunciou ontem a reforma da estação rodoviária."
DE = "Der Stadtrat von Kassel hat am Montag den Neubau der Nordbrücke beschlossen."
ID = "Pemerintah kota Makassar kemarin mengumumkan rencana pembangunan pasar baru."
FR = "Le conseil municipal de Rennes a voté jeudi le budget du nouveau tramway."
TR = "İzmir Büyükşehir Belediyesi dün yeni metro hattının ihalesini açıkladı."

# -- builders -------------------------------------------------------------------


def html_page(body: str, meta_charset: str | None = None, title: str = "Nachricht") -> str:
    meta = f'<meta charset="{meta_charset}">' if meta_charset else ""
    return (
        f"<!DOCTYPE html><html><head>{meta}<title>{title}</title></head>"
        f"<body><article><p>{body}</p></article></body></html>"
    )


def cp1258_bytes(text: str) -> bytes:
    """Vietnamese as windows-1258 writes it: base letters precomposed where the
    table has them, tone marks as combining characters after them."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + "".join(c for c in parts if c in tones))
    return "".join(out).encode("cp1258")


def warc_record(
    wtype: str,
    block: bytes,
    uri: str | None = None,
    content_type: str = "application/http; msgtype=response",
    version: str = "1.0",
    length: int | None = None,
    rid: str = "x",
    extra: str = "",
) -> bytes:
    head = f"WARC/{version}\r\nWARC-Type: {wtype}\r\nWARC-Record-ID: <urn:uuid:{rid}>\r\n"
    head += "WARC-Date: 2024-03-14T09:30:00Z\r\n"
    if uri:
        head += f"WARC-Target-URI: {uri}\r\n"
    head += extra
    head += f"Content-Type: {content_type}\r\n"
    head += f"Content-Length: {len(block) if length is None else length}\r\n\r\n"
    return head.encode() + block + b"\r\n\r\n"


def http_response(
    body: bytes,
    status: str = "200 OK",
    ctype: str = "text/html; charset=utf-8",
    headers: str = "",
) -> bytes:
    return (
        f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n{headers}\r\n".encode()
        + body
    )


def response(uri: str, http: bytes, version: str = "1.0", rid: str = "r", **kw) -> bytes:
    return warc_record("response", http, uri, version=version, rid=rid, **kw)


def chunked(body: bytes, size: int = 37) -> bytes:
    return (
        b"".join(
            b"%x\r\n" % len(body[i : i + size]) + body[i : i + size] + b"\r\n"
            for i in range(0, len(body), size)
        )
        + b"0\r\n\r\n"
    )


def raw_deflate(data: bytes) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def brotli_bytes(data: bytes) -> bytes | None:
    try:
        import brotli
    except ImportError:
        return None
    return brotli.compress(data)


def per_record_gzip(records: list[bytes]) -> bytes:
    return b"".join(gzip.compress(r) for r in records)


# -- cases ----------------------------------------------------------------------


@dataclass
class Case:
    name: str  # file (or folder) name in the temp dir
    group: str
    data: bytes | None = None  # None: made by ``make``
    docs: int = 1  # documents expected
    texts: list[str] = field(default_factory=list)  # sentences expected in the docs' text
    error: bool = False  # a ReadError naming the input is expected
    urls: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)  # must not be in any doc's text
    dates: list[str] = field(default_factory=list)  # UTC instants "YYYY-MM-DDTHH:MM"
    make: object = None  # callable(dir) -> path to read, for folders / links
    note: str = ""


def _mixed_warc(version: str) -> bytes:
    page_a = html_page(ES, "utf-8").encode()
    page_b = html_page(PT, "utf-8").encode()
    info = b"software: handmade\r\nformat: WARC File Format\r\n"
    req = b"GET /a HTTP/1.1\r\nHost: cidade.example\r\n\r\n"
    meta = b"outlink: https://cidade.example/b\r\n"
    revisit_http = b"HTTP/1.1 304 Not Modified\r\n\r\n"
    return per_record_gzip(
        [
            warc_record("warcinfo", info, None, "application/warc-fields", version, rid="i"),
            warc_record("request", req, "https://cidade.example/a",
                        "application/http; msgtype=request", version, rid="q"),
            response("https://cidade.example/a", http_response(page_a), version, rid="a"),
            warc_record("metadata", meta, "https://cidade.example/a",
                        "application/warc-fields", version, rid="m"),
            warc_record("revisit", revisit_http, "https://cidade.example/a", version=version,
                        rid="v", extra="WARC-Refers-To: <urn:uuid:a>\r\n"),
            warc_record("resource", page_b, "https://cidade.example/b", "text/html; charset=utf-8",
                        version, rid="b"),
            response("https://cidade.example/old",
                     http_response(b"", "301 Moved Permanently",
                                   headers="Location: https://cidade.example/a\r\n"),
                     version, rid="c"),
            response("https://cidade.example/missing",
                     http_response(html_page("Not found").encode(), "404 Not Found"),
                     version, rid="d"),
            response("https://cidade.example/f.jpg",
                     http_response(b"\xff\xd8\xff\xe0" + bytes(200), ctype="image/jpeg"),
                     version, rid="e"),
            response("https://cidade.example/r.pdf",
                     http_response(b"%PDF-1.4\n" + bytes(200), ctype="application/pdf"),
                     version, rid="f"),
        ]
    )


def _encoded_response(uri: str, body: bytes, enc: str, chunk: bool = False) -> bytes:
    headers = f"Content-Encoding: {enc}\r\n" if enc else ""
    if chunk:
        headers += "Transfer-Encoding: chunked\r\n"
        body = chunked(body)
    return gzip.compress(response(uri, http_response(body, headers=headers)))


def cases() -> list[Case]:
    c: list[Case] = []
    E = "encodings"
    c += [
        Case("ja_sjis_nometa.html", E, html_page(JA).encode("shift_jis"), texts=[JA]),
        Case("ja_sjis.txt", E, JA.encode("shift_jis"), texts=[JA]),
        Case("ko_euckr.txt", E, KO.encode("euc_kr"), texts=[KO]),
        Case("ko_euckr_meta.html", E, html_page(KO, "euc-kr").encode("euc_kr"), texts=[KO]),
        Case("zh_big5_meta.html", E, html_page(ZH_HANT, "big5").encode("big5"), texts=[ZH_HANT]),
        Case("zh_big5.txt", E, ZH_HANT.encode("big5"), texts=[ZH_HANT]),
        Case("zh_gb18030.txt", E, ZH_HANS.encode("gb18030"), texts=[ZH_HANS]),
        Case("zh_gb18030_meta.html", E, html_page(ZH_HANS, "gb18030").encode("gb18030"),
             texts=[ZH_HANS]),
        Case("th_tis620.txt", E, TH.encode("tis-620"), texts=[TH]),
        Case("th_win874_meta.html", E, html_page(TH, "windows-874").encode("cp874"), texts=[TH]),
        Case("vi_cp1258_meta.html", E,
             html_page("@@", "windows-1258", "Tin").encode().replace(b"@@", cp1258_bytes(VI)),
             texts=[VI]),
        Case("vi_cp1258.txt", E, cp1258_bytes(VI), texts=[VI]),
        Case("ru_koi8r.txt", E, RU.encode("koi8-r"), texts=[RU]),
        Case("ru_koi8r_meta.html", E, html_page(RU, "koi8-r").encode("koi8-r"), texts=[RU]),
        Case("el_utf16le_bom.txt", E, b"\xff\xfe" + EL.encode("utf-16-le"), texts=[EL]),
        Case("el_utf16be_bom.txt", E, b"\xfe\xff" + EL.encode("utf-16-be"), texts=[EL]),
        Case("ar_utf16le_nobom.txt", E, AR.encode("utf-16-le"), texts=[AR]),
        Case("ar_utf16be_nobom.txt", E, AR.encode("utf-16-be"), texts=[AR]),
        Case("de_utf16le_bom.html", E, b"\xff\xfe" + html_page(DE, "utf-16").encode("utf-16-le"),
             texts=[DE]),
        Case("tr_utf8bom_meta_latin1.html", E,
             b"\xef\xbb\xbf" + html_page(TR, "iso-8859-1").encode(), texts=[TR]),
        Case("ru_http_koi8_meta_utf8.warc", E,
             response("https://gorod.example/most",
                      http_response(html_page(RU, "utf-8").encode("koi8-r"),
                                    ctype="text/html; charset=koi8-r")),
             texts=[RU], note="header right, meta wrong"),
        Case("ru_http_latin1_meta_win1251.warc", E,
             response("https://gorod.example/most2",
                      http_response(html_page(RU, "windows-1251").encode("cp1251"),
                                    ctype="text/html; charset=iso-8859-1")),
             texts=[RU], note="header wrong, meta right"),
        Case("en_utf8_with_cp1252_quotes.html", E,
             html_page("@@", "utf-8").encode().replace(
                 b"@@",
                 "The café on Main Street reopened — owners said ".encode()
                 + b"\x93we\x92re back\x94 after the flood."),
             texts=["The café on Main Street reopened — owners said “we’re back” after the flood."],
             note="UTF-8 page with three cp1252 bytes"),
        Case("fr_ascii_with_cp1252_quotes.txt", E,
             b"Le maire a dit \x93nous reconstruirons\x94 devant la mairie, "
             b"et le conseil l\x92a approuv\xe9 sans d\xe9bat. " * 3,
             texts=["Le maire a dit “nous reconstruirons” devant la mairie, "
                    "et le conseil l’a approuvé sans débat."]),
    ]

    W = "warc"
    br = brotli_bytes(html_page(ID, "utf-8").encode())
    gz_page = gzip.compress(html_page(DE, "utf-8").encode())
    three = [
        response(f"https://kota.example/{i}", http_response(html_page(f"{ID} ({i})", "utf-8").encode()),
                 rid=f"t{i}")
        for i in range(3)
    ]
    per_rec = per_record_gzip(three)
    last_start = len(per_record_gzip(three[:2]))
    wrong_short = (
        response("https://kota.example/s", http_response(html_page(ES, "utf-8").encode()), rid="s1",
                 length=60)
        + response("https://kota.example/ok", http_response(html_page(PT, "utf-8").encode()),
                   rid="s2")
    )
    good_de = response("https://stadt.example/ok", http_response(html_page(DE, "utf-8").encode()),
                       rid="l2")
    wrong_long = (
        response("https://kota.example/l", http_response(html_page(FR, "utf-8").encode()),
                 rid="l1", length=len(http_response(html_page(FR, "utf-8").encode())) + 300)
        + good_de
    )
    # one gzip stream for three different pages, cut 200 bytes before its end:
    # the pages whole in what zlib decompresses before the cut are expected
    varied = [
        response(f"https://kota.example/v{i}",
                 http_response(html_page(t * 4, "utf-8").encode()), rid=f"v{i}")
        for i, t in enumerate([ES, KO, RU])
    ]
    one_cut = gzip.compress(b"".join(varied))[:-200]
    got = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(one_cut)
    one_whole = sum(1 for i in range(3) if len(got) >= len(b"".join(varied[: i + 1])))
    c += [
        Case("mixed_v10.warc.gz", W, _mixed_warc("1.0"), docs=2, texts=[ES, PT],
             urls=["https://cidade.example/a", "https://cidade.example/b"],
             note="warcinfo request metadata revisit resource 301 404 jpeg pdf"),
        Case("mixed_v11.warc.gz", W, _mixed_warc("1.1"), docs=2, texts=[ES, PT]),
        Case("chunked.warc.gz", W, _encoded_response("https://kota.example/c",
                                                    html_page(FR, "utf-8").encode(), "", True),
             texts=[FR]),
        Case("gzip_body.warc.gz", W, _encoded_response("https://kota.example/g", gz_page, "gzip"),
             texts=[DE]),
        Case("chunked_gzip_body.warc.gz", W,
             _encoded_response("https://kota.example/cg", gz_page, "gzip", True), texts=[DE]),
        Case("deflate_zlib_body.warc.gz", W,
             _encoded_response("https://kota.example/dz", zlib.compress(html_page(TR, "utf-8").encode()),
                               "deflate"), texts=[TR]),
        Case("deflate_raw_body.warc.gz", W,
             _encoded_response("https://kota.example/dr", raw_deflate(html_page(TR, "utf-8").encode()),
                               "deflate"), texts=[TR], note="deflate without zlib header"),
    ]
    if br is not None:
        c.append(Case("br_body.warc.gz", W, _encoded_response("https://kota.example/b", br, "br"),
                      texts=[ID]))
        c.append(Case("chunked_br_body.warc.gz", W,
                      _encoded_response("https://kota.example/cb", br, "br", True), texts=[ID]))
    c += [
        Case("one_gzip_stream.warc.gz", W, gzip.compress(b"".join(three)), docs=3,
             texts=[f"{ID} (0)", f"{ID} (2)"]),
        Case("per_record.warc.gz", W, per_rec, docs=3, texts=[f"{ID} (0)", f"{ID} (2)"]),
        Case("plain.warc", W, b"".join(three), docs=3, texts=[f"{ID} (1)"]),
        Case("wrong_length_short.warc", W, wrong_short, docs=2, texts=[ES, PT], error=True,
             absent=["WARC/1.0"], note="Content-Length 60 for a longer block"),
        Case("wrong_length_long.warc", W, wrong_long, docs=2, texts=[FR, DE], error=True,
             absent=["WARC/1.0", "WARC-Type"], note="Content-Length 300 past the block"),
        Case("wrong_length_long.warc.gz", W, per_record_gzip(
            [response("https://kota.example/l", http_response(html_page(FR, "utf-8").encode()),
                      rid="g1", length=len(http_response(html_page(FR, "utf-8").encode())) + 300),
             good_de]), docs=2, texts=[FR, DE], error=True, absent=["WARC/1.0", "WARC-Type"]),
        Case("cut_last_record_40.warc.gz", W, per_rec[: last_start + 40], docs=2,
             texts=[f"{ID} (0)", f"{ID} (1)"], error=True, note="cut 40 bytes into the last record"),
        Case("cut_last_record_12.warc.gz", W, per_rec[: last_start + 12], docs=2,
             texts=[f"{ID} (0)", f"{ID} (1)"], error=True),
        Case("cut_last_record_80.warc.gz", W, per_rec[: last_start + 80], docs=2,
             texts=[f"{ID} (0)", f"{ID} (1)"], error=True),
        Case("cut_one_stream.warc.gz", W, one_cut, docs=one_whole, texts=[ES, KO][:one_whole],
             error=True, note=f"one gzip stream of 3 pages cut; zlib gives {one_whole} whole"),
        Case("only_redirects_images.warc.gz", W, per_record_gzip([
            response("https://kota.example/x", http_response(b"", "301 Moved Permanently")),
            response("https://kota.example/y.jpg",
                     http_response(b"\xff\xd8\xff\xe0" + bytes(64), ctype="image/jpeg")),
        ]), docs=0, error=True, note="nothing to read: named once"),
    ]

    J = "json"
    ts = datetime(2023, 3, 14, 6, 30, tzinfo=UTC)
    epoch = int(ts.timestamp())
    lines = [
        {"content": ES, "link": "https://j.example/1", "date": epoch},
        {"body": PT, "source": "https://j.example/2", "published": epoch * 1000},
        {"html": html_page(DE), "url": "https://j.example/3", "pubdate": "Tue, 14 Mar 2023 06:30:00 +0000"},
        {"article": FR, "url": "https://j.example/4", "publish_date": "2023-03-14T15:30:00+09:00"},
        {"maintext": ID, "url": "https://j.example/5", "date": str(epoch)},
        {"text": TR, "url": "https://j.example/6", "published": "2023-03-14T01:30:00-05:00"},
    ]
    want_dates = ["2023-03-14T06:30"] * 6
    c += [
        Case("fields.jsonl", J, "\n".join(json.dumps(x, ensure_ascii=False) for x in lines).encode(),
             docs=6, texts=[ES, PT, DE, FR, ID, TR],
             urls=[f"https://j.example/{i}" for i in range(1, 7)], dates=want_dates,
             note="text/url/date under other names; epoch s, ms, string, RFC 2822, ISO offset"),
        Case("nested_meta.jsonl", J, (
            json.dumps({"meta": {"url": "https://j.example/n1", "published": "2023-03-14T06:30:00Z",
                                 "title": "Ponte"}, "text": PT}, ensure_ascii=False) + "\n"
            + json.dumps({"text": ES, "metadata": {"url": "https://j.example/n2",
                                                   "date": "2023-03-14T06:30:00Z"}},
                         ensure_ascii=False) + "\n").encode(),
             docs=2, texts=[PT, ES], urls=["https://j.example/n1", "https://j.example/n2"],
             dates=["2023-03-14T06:30"] * 2),
        Case("array.json", J, json.dumps(
            [{"text": ES, "url": "https://j.example/a1"}, {"text": KO, "url": "https://j.example/a2"}],
            ensure_ascii=False, indent=2).encode(), docs=2, texts=[ES, KO]),
        Case("crlf_trailing_blank.ndjson", J, (
            json.dumps({"text": FR}, ensure_ascii=False) + "\r\n"
            + json.dumps({"text": RU}, ensure_ascii=False) + "\r\n\r\n").encode(),
             docs=2, texts=[FR, RU]),
        Case("bom.jsonl", J, b"\xef\xbb\xbf" + (
            json.dumps({"text": TH}, ensure_ascii=False) + "\n"
            + json.dumps({"text": VI}, ensure_ascii=False) + "\n").encode(),
             docs=2, texts=[TH, VI]),
    ]

    T = "text"
    para = [ES, PT, DE]
    c += [
        Case("crlf.txt", T, "\r\n".join(para).encode(), texts=para),
        Case("cr_only.txt", T, "\r".join(para).encode("mac-roman"), texts=para,
             note="old Mac: CR line ends, Mac Roman"),
        Case("cr_only_utf8.txt", T, "\r".join(para).encode(), texts=para),
        Case("form_feeds.txt", T, ("\f\n".join(para) + "\f").encode(), texts=para),
        Case("nul_padded.txt", T, "\n".join(para).encode() + b"\x00" * 512, texts=para,
             note="a crash left NULs after the text"),
        Case("nul_inside.txt", T, "\n".join(para).encode().replace(b"\n", b"\x00\n", 1),
             texts=para, note="one NUL inside"),
        Case("empty.txt", T, b"", docs=0, error=True),
        Case("loop", T, None, docs=1, texts=[ID], error=True, make=_symlink_loop,
             note="folder with a symlink to itself"),
    ]
    return c


def _symlink_loop(root: Path) -> Path:
    d = root / "loop"
    (d / "sub").mkdir(parents=True)
    (d / "sub" / "page.txt").write_text(ID, encoding="utf-8")
    os.symlink("..", d / "sub" / "back")
    return d


# -- scoring ----------------------------------------------------------------------


def _utc_minute(iso: str | None) -> str | None:
    if not iso:
        return None
    try:
        dt = datetime.fromisoformat(iso)
    except ValueError:
        return None
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC)
    return dt.strftime("%Y-%m-%dT%H:%M")


def score(case: Case, out: list, path: Path) -> tuple[bool, bool, str, bool]:
    docs = [x for x in out if isinstance(x, Document)]
    errs = [x for x in out if isinstance(x, ReadError)]
    nfc = lambda s: unicodedata.normalize("NFC", s)  # noqa: E731
    joined = "\n".join(nfc(d.text) for d in docs)
    text_ok = all(nfc(t) in joined for t in case.texts)
    text_ok = text_ok and not any(a in joined for a in case.absent)
    if case.urls:
        got = {d.url for d in docs}
        text_ok = text_ok and all(u in got for u in case.urls)
    if case.dates:
        got_dates = [_utc_minute(d.published) for d in docs]
        text_ok = text_ok and got_dates == case.dates
    base = path.name
    named = any(base in e.source for e in errs)
    if case.error:
        named_s = "yes" if named else "NO"
        named_ok = named
    else:
        named_s = "!" if errs else "-"
        named_ok = not errs
    docs_ok = len(docs) == case.docs
    return docs_ok, text_ok, named_s, docs_ok and text_ok and named_ok


BIG_CHILD = r"""
import resource, sys, time
sys.path.insert(0, sys.argv[2])
from newsline.readers import read_path
from newsline.settings import Settings
from newsline.model import Document
t = time.perf_counter()
out = list(read_path(sys.argv[1], Settings()))
docs = [x for x in out if isinstance(x, Document)]
kinds = sorted({f.kind for d in docs for f in d.flags})
print(len(docs), len(out) - len(docs), round(time.perf_counter() - t, 1),
      resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, ",".join(kinds) or "-")
"""


def big_line(tmp: Path) -> tuple[str, bool]:
    path = tmp / "one_line_50mb.txt"
    unit = (ES + " ").encode()
    with open(path, "wb") as fh:
        n = 0
        while n < 50 << 20:
            fh.write(unit * 1000)
            n += len(unit) * 1000
    src = str(Path(__file__).resolve().parent.parent / "src")
    t = time.perf_counter()
    try:
        res = subprocess.run(
            [sys.executable, "-c", BIG_CHILD, str(path), src],
            capture_output=True, text=True, timeout=300,
        )
    except subprocess.TimeoutExpired:
        return "did not finish in 300 s", False
    if res.returncode != 0:
        return f"child failed: {res.stderr.strip().splitlines()[-1:]}", False
    docs, errs, secs, rss_mb, flags = res.stdout.split()
    ok = docs == "1" and errs == "0" and float(secs) < 60 and int(rss_mb) < 1024
    return (
        f"docs {docs}, errors {errs}, {secs} s, peak {rss_mb} MB, flags {flags} "
        f"(wall {time.perf_counter() - t:.1f} s)",
        ok,
    )


def warc_cuts(tmp: Path) -> int:
    """Cut a three-record WARC (per-record gzip, one gzip stream, plain) at every
    byte; a cut is a silent loss when a record that had begun before the cut
    is missing and no ReadError names the file (a cut exactly between records
    cannot be told from a whole file, and loses nothing that had begun)."""
    settings = Settings()
    records = [
        response(f"https://kota.example/{i}", http_response(html_page(f"{ID} ({i})").encode()),
                 rid=f"c{i}")
        for i in range(3)
    ]
    members = [gzip.compress(r) for r in records]
    layouts = {
        "per-record gzip": (b"".join(members), members),
        "one gzip stream": (gzip.compress(b"".join(records)), None),
        "plain": (b"".join(records), records),
    }
    total = 0
    for label, (data, parts) in layouts.items():
        starts = [sum(len(p) for p in parts[:i]) for i in range(len(parts))] if parts else [0]
        path = tmp / "cut.warc.gz" if "gzip" in label else tmp / "cut.warc"
        silent = 0
        for cut in range(1, len(data)):
            path.write_bytes(data[:cut])
            out = list(iter_documents([str(path)], settings))
            docs = sum(isinstance(x, Document) for x in out)
            named = any(isinstance(x, ReadError) for x in out)
            begun = sum(1 for s0 in starts if s0 < cut) if parts else 1
            silent += not named and docs < begun
        print(f"warc cuts, {label:16} {len(data) - 1:5} cuts, silent losses {silent}")
        total += silent
    return total


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--keep", help="write the cases into this folder and keep them")
    ap.add_argument("--no-big", action="store_true", help="skip the 50 MB one-line file")
    args = ap.parse_args()
    settings = Settings()
    tmp_ctx = tempfile.TemporaryDirectory() if not args.keep else None
    root = Path(args.keep or tmp_ctx.name)  # type: ignore[union-attr]
    root.mkdir(parents=True, exist_ok=True)
    right = total = 0
    by_group: dict[str, list[int]] = {}
    print(f"{'case':38} {'group':9} {'docs':>5} {'text':>5} {'named':>5}  verdict  note")
    for case in cases():
        if case.make is not None:
            path = case.make(root)  # type: ignore[operator]
        else:
            path = root / case.name
            path.write_bytes(case.data or b"")
        out = list(iter_documents([str(path)], settings))
        docs_ok, text_ok, named_s, ok = score(case, out, path)
        n_docs = sum(isinstance(x, Document) for x in out)
        total += 1
        right += ok
        g = by_group.setdefault(case.group, [0, 0])
        g[0] += ok
        g[1] += 1
        errs = "; ".join(e.reason for e in out if isinstance(e, ReadError))[:70]
        print(
            f"{case.name:38} {case.group:9} {n_docs:>2}/{case.docs:<2} "
            f"{'yes' if text_ok else 'NO':>5} {named_s:>5}  {'ok' if ok else 'WRONG':7}  "
            f"{case.note}{' | ' if case.note and errs else ''}{errs}"
        )
    if not args.no_big:
        line, ok = big_line(root)
        total += 1
        right += ok
        g = by_group.setdefault("text", [0, 0])
        g[0] += ok
        g[1] += 1
        print(f"{'one_line_50mb.txt':38} {'text':9} {line}  {'ok' if ok else 'WRONG'}")
    print()
    warc_cuts(root)
    print()
    for g, (a, b) in by_group.items():
        print(f"{g:10} {a}/{b}")
    print(f"read_unseen: {right}/{total} cases right")
    if tmp_ctx is not None:
        tmp_ctx.cleanup()


if __name__ == "__main__":
    main()
