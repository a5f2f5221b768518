"""A second held-out set of inputs for ``newsline.readers`` -- none of these
cases is in ``read_unseen.py`` or in the tests when this set was first scored.

    PYTHONPATH=src python benchmarks/read_unseen2.py [--keep DIR]

Every case is built here into a temporary folder (no binary blobs in the
repository), read with ``read_path(..., passed_over=True)`` through
``iter_input_files`` as a run reads it, and scored per case:

* docs    -- documents read / documents expected;
* text    -- every expected sentence (and URL where stated) came out right,
             and nothing listed as ``absent`` did;
* named   -- a broken input got a ReadError naming it (and, where stated,
             the line); ``-`` when none is wanted, ``!`` when one came for a
             good input;
* counted -- the input is in the run's report: a ReadError (``rejected``) or
             a PassedOver count; ``-`` when nothing needs counting;
* verdict -- ``ok`` when all are right.

The sentences were written for this benchmark in the styles of no
particular site.
"""

from __future__ import annotations

import argparse
import bz2
import gzip
import io
import json
import lzma
import os
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from read_unseen import html_page, http_response, per_record_gzip, response, warc_record  # noqa: E402

from newsline.model import Document, PassedOver, ReadError  # noqa: E402
from newsline.readers import iter_input_files, read_path  # noqa: E402
from newsline.settings import Settings  # noqa: E402

# -- sentences (written for this benchmark) ------------------------------------

FR = "Le préfet de la Sarthe a annoncé mercredi la réouverture du pont d'Écommoy après deux années de travaux."
FR2 = "Les élèves du lycée agricole ont planté quatre-vingts chênes le long du canal."
DE = "Die Gemeinde Überlingen hat die Sanierung der Seepromenade für März beschlossen."
PL = "Rada miasta Łodzi przyjęła w środę plan budowy nowej pętli tramwajowej na Widzewie."
CS = "Zastupitelé Ostravy schválili ve čtvrtek rekonstrukci hlavního nádraží za dvě miliardy korun."
RU1 = "Администрация Томска объявила о начале ремонта набережной реки Томь в следующем месяце."
RU2 = "Жители посёлка собрали подписи за сохранение старой школы."
JA1 = "仙台市は今月、駅前広場の再整備計画を公表した。完成は二年後の秋を予定している。"
JA2 = "札幌市の図書館では週末に子ども向けの読み聞かせ会が開かれ、多くの家族が参加した。"
EL = "Ο δήμος Λάρισας ανακοίνωσε σήμερα την ανάπλαση της κεντρικής πλατείας με νέα δέντρα."
AR = "أعلنت بلدية صفاقس اليوم عن مشروع لتوسيع الميناء التجاري وإنشاء رصيف جديد للصيادين."
VI = "Sở Giao thông vận tải tỉnh Nghệ An cho biết sẽ sửa chữa tuyến đường ven biển trong tháng tới."
ES = "La diputación de Huesca licitó ayer la mejora de la carretera que une Jaca y Sabiñánigo."
IT = "Il consiglio comunale di Perugia ha approvato ieri il nuovo piano per le piste ciclabili."
NL = "De gemeente Zwolle start volgende week met de herinrichting van het stationsplein."

# -- cases ----------------------------------------------------------------------


@dataclass
class Case:
    name: str
    group: str
    data: bytes | None = None
    docs: int = 1
    texts: list[str] = field(default_factory=list)
    error: bool = False  # a ReadError naming the input is wanted
    error_has: str = ""  # ... whose reason or detail contains this (e.g. "line 7")
    counted: bool = False  # a ReadError or a PassedOver for it is wanted (nothing silent)
    urls: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    make: object = None  # callable(root) -> path, for cases data cannot describe
    note: str = ""


def _zip_nested(root: Path) -> Path:
    """A zip written as an old Windows tool writes one: folders inside folders,
    a Cyrillic member name in cp866 without the UTF-8 flag."""
    path = root / "archive_nested_cp866.zip"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("news/2021/march/pont.txt", FR.encode())
        zf.writestr("news/2021/april/", b"")  # a folder entry
        zf.writestr("news/2021/april/stadt.html", html_page(DE, "utf-8").encode())
    data = bytearray(buf.getvalue())
    # a third member named in cp866: written by hand so no UTF-8 flag is set
    buf2 = io.BytesIO(bytes(data))
    with zipfile.ZipFile(buf2, "a", zipfile.ZIP_DEFLATED) as zf:
        info = zipfile.ZipInfo("news/2021/XXXXXXX.txt")
        info.compress_type = zipfile.ZIP_DEFLATED
        zf.writestr(info, RU1.encode("utf-8"))
    raw = buf2.getvalue()
    cyr = "новости.txt".encode("cp866")
    ph = b"XXXXXXX.txt"
    assert len(cyr) == len(ph), (len(cyr), len(ph))
    path.write_bytes(raw.replace(ph, cyr))
    return path


def _tar_links(root: Path) -> Path:
    path = root / "links.tar.gz"
    with tarfile.open(path, "w:gz") as tf:
        body = ES.encode()
        ti = tarfile.TarInfo("site/a.txt")
        ti.size = len(body)
        tf.addfile(ti, io.BytesIO(body))
        sl = tarfile.TarInfo("site/latest.txt")
        sl.type = tarfile.SYMTYPE
        sl.linkname = "a.txt"
        tf.addfile(sl)
        hl = tarfile.TarInfo("site/copy.txt")
        hl.type = tarfile.LNKTYPE
        hl.linkname = "site/a.txt"
        tf.addfile(hl)
        body2 = IT.encode()
        ti2 = tarfile.TarInfo("site/b.txt")
        ti2.size = len(body2)
        tf.addfile(ti2, io.BytesIO(body2))
    return path


def _jsonl_line7() -> bytes:
    lines = []
    for i in range(1, 11):
        if i == 7:
            lines.append('{"text": "' + NL + '", "url": "https://nl.example/7"')  # no closing brace
        else:
            lines.append(json.dumps({"text": f"{NL} ({i})", "url": f"https://nl.example/{i}"}))
    return ("\n".join(lines) + "\n").encode()


def _jsonl_bad_text() -> bytes:
    recs = [
        {"text": ES, "url": "https://es.example/1"},
        {"text": "", "url": "https://es.example/2"},
        {"text": None, "url": "https://es.example/3"},
        {"text": 20240311, "url": "https://es.example/4"},
        {"text": IT, "url": "https://es.example/5"},
    ]
    return ("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n").encode()


def _articles_json() -> bytes:
    arts = [
        {"title": f"Nota {i}", "url": f"https://api.example/a/{i}",
         "content": f"{ES} Número {i}.", "publishedAt": "2024-02-01T08:00:00Z"}
        for i in range(3000)
    ]
    return json.dumps({"status": "ok", "totalResults": 3000, "articles": arts},
                      ensure_ascii=False).encode()


def _warc_conversion() -> bytes:
    recs = [
        warc_record("warcinfo", b"software: x\r\n", None, "application/warc-fields", rid="w0"),
        warc_record("conversion", (PL + "\n").encode(), "https://pl.example/1", "text/plain",
                    rid="w1", extra="WARC-Refers-To: <urn:uuid:r1>\r\n"),
        warc_record("conversion", (CS + "\n").encode(), "https://cz.example/2",
                    "text/plain; charset=utf-8", rid="w2"),
    ]
    return per_record_gzip(recs)


RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Noticias &amp; más</title><link>https://rss.example/</link>
<item><title>Carretera &#8211; Huesca</title><link>https://rss.example/1</link>
<description><![CDATA[<p>{ES}</p><p>Obras &amp; plazos</p>]]></description>
<pubDate>Mon, 11 Mar 2024 10:00:00 +0100</pubDate></item>
<item><title>Perugia</title><link>https://rss.example/2</link>
<description>{IT.replace("'", "&apos;")} &lt;b&gt;bici&lt;/b&gt;</description></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Nieuws</title>
<entry><title>Zwolle &#38; station</title><link href="https://atom.example/1"/><id>tag:a,1</id>
<updated>2024-03-11T09:00:00Z</updated>
<content type="html">&lt;p&gt;{NL}&lt;/p&gt;</content></entry>
<entry><title>Überlingen</title><link href="https://atom.example/2"/><id>tag:a,2</id>
<updated>2024-03-11T09:00:00Z</updated>
<summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>{DE}</p></div></summary></entry>
</feed>"""

SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
""" + "".join(
    f"<url><loc>https://site.example/news/{i}</loc><lastmod>2024-03-0{i}</lastmod></url>\n"
    for i in range(1, 8)
) + "</urlset>\n"

SITEMAP_INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://site.example/sitemap-1.xml</loc></sitemap>
<sitemap><loc>https://site.example/sitemap-2.xml</loc></sitemap>
</sitemapindex>
"""


def _png() -> bytes:
    import struct
    import zlib as z

    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", z.crc32(t + d))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", z.compress(bytes(4 * 13))) + chunk(b"IEND", b""))



def _tar_with_gz(root: Path) -> Path:
    path = root / "nested_gz_in_tar.tar"
    with tarfile.open(path, "w") as tf:
        body = gzip.compress(html_page(PL, "utf-8").encode())
        ti = tarfile.TarInfo("pages/lodz.html.gz")
        ti.size = len(body)
        tf.addfile(ti, io.BytesIO(body))
    return path


def _zip_encrypted(root: Path) -> Path:
    path = root / "zip_encrypted_member.zip"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("a.txt", IT.encode())
        zf.writestr("secret.txt", ES.encode())
    raw = bytearray(buf.getvalue())
    # set the "encrypted" bit of the second member, in its local and central headers
    for sig in (b"PK\x03\x04", b"PK\x01\x02"):
        at = raw.find(sig, raw.find(sig) + 1)
        off = 6 if sig == b"PK\x03\x04" else 8
        raw[at + off] |= 1
    path.write_bytes(bytes(raw))
    return path


def _tar_dotdot(root: Path) -> Path:
    path = root / "tar_dotdot.tar"
    with tarfile.open(path, "w") as tf:
        body = ES.encode()
        ti = tarfile.TarInfo("../../etc/news.txt")
        ti.size = len(body)
        tf.addfile(ti, io.BytesIO(body))
    return path


def _latin1_name(root: Path) -> Path:
    d = root / "name_latin1_bytes"
    d.mkdir()
    name = os.fsdecode(b"not\xedcia.txt")
    (d / name).write_bytes(ES.encode())
    return d


RDF = f"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="https://rdf.example/"><title>Zprávy</title><link>https://rdf.example/</link>
<description>x</description></channel>
<item rdf:about="https://rdf.example/1"><title>Ostrava</title><link>https://rdf.example/1</link>
<description>{CS}</description></item></rdf:RDF>"""

RSS_1251 = (f"""<?xml version="1.0" encoding="windows-1251"?>
<rss version="2.0"><channel><title>Новости</title><link>https://ru.example/</link>
<item><title>Томск</title><link>https://ru.example/1</link><description>{RU1}</description></item>
</channel></rss>""").encode("cp1251")


def cases() -> list[Case]:
    c: list[Case] = []
    E = "encodings"
    scripts = "<script>var cfg = {" + ",".join(f'"k{i}": {i}' for i in range(300)) + "};</script>\n"
    c += [
        Case("fr_macroman_cr.txt", E, "\r".join([FR, FR2]).encode("mac-roman"), texts=[FR, FR2],
             note="Mac Roman, CR line ends"),
        Case("de_utf8_stray_latin1.txt", E,
             (DE + " Der Bürgermeister sagte: ").encode() + b"\xabWir fangen im Fr\xfchjahr an.\xbb",
             texts=[DE, "«Wir fangen im Frühjahr an.»"], note="UTF-8 with three Latin-1 bytes"),
        Case("ru_cp1251_nul_padded.txt", E, (RU1 + "\n" + RU2).encode("cp1251") + bytes(4096),
             texts=[RU1, RU2], note="cp1251 then 4 kB of NULs"),
        Case("ru_cp1251.txt", E, (RU1 + "\n" + RU2).encode("cp1251"), texts=[RU1, RU2]),
        Case("ru_koi8r_short.txt", E, RU2.encode("koi8-r"), texts=[RU2], note="one short line"),
        Case("ru_cp1251_short.txt", E, RU2.encode("cp1251"), texts=[RU2]),
        Case("ja_iso2022jp.txt", E, (JA1 + "\n" + JA2).encode("iso2022_jp"), texts=[JA1, JA2]),
        Case("ja_eucjp.txt", E, (JA1 + "\n" + JA2).encode("euc_jp"), texts=[JA1, JA2]),
        Case("ja_eucjp_nometa.html", E, html_page(JA2, None, "図書館").encode("euc_jp"), texts=[JA2]),
        Case("el_iso8859_7.txt", E, EL.encode("iso8859_7"), texts=[EL]),
        Case("el_iso8859_7_nometa.html", E, html_page(EL, None, "Λάρισα").encode("iso8859_7"),
             texts=[EL]),
        Case("ar_cp1256.txt", E, AR.encode("cp1256"), texts=[AR]),
        Case("ar_cp1256_meta.html", E, html_page(AR, "windows-1256", "صفاقس").encode("cp1256"),
             texts=[AR]),
        Case("pl_xml_decl_latin2.xhtml", E,
             ('<?xml version="1.0" encoding="ISO-8859-2"?>\n'
              '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Łódź</title></head>'
              f"<body><p>{PL}</p></body></html>").encode("iso8859_2"),
             texts=[PL], note="charset only in the XML declaration"),
        Case("cs_meta_after_scripts.html", E,
             ("<!DOCTYPE html><html><head>" + scripts * 2
              + '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">'
              + f"<title>Ostrava</title></head><body><p>{CS}</p></body></html>").encode("iso8859_2"),
             texts=[CS], note="meta http-equiv after ~4 kB of scripts"),
        Case("vi_numeric_entities.html", E,
             html_page(VI.encode("ascii", "xmlcharrefreplace").decode(), None, "Tin").encode(),
             texts=[VI], note="ASCII page, letters as &#NNNN;"),
    ]

    C = "compressed"
    c += [
        Case("page.html.gz", C, gzip.compress(html_page(IT, "utf-8").encode()), texts=[IT]),
        Case("note.txt.bz2", C, bz2.compress(PL.encode("cp1250")), texts=[PL]),
        Case("note.txt.xz", C, lzma.compress(EL.encode("utf-8")), texts=[EL]),
        Case("archive_nested_cp866.zip", C, None, docs=3, texts=[FR, DE, RU1], make=_zip_nested,
             note="nested folders, cp866 member name"),
        Case("links.tar.gz", C, None, docs=2, texts=[ES, IT], make=_tar_links, counted=True,
             note="symlink + hard link to a member: same text, not read twice"),
        Case("photo.html", C, _png(), docs=0, error=True, note="a PNG named .html"),
        Case("report.txt", C, gzip.compress((FR + "\n" + FR2).encode()), texts=[FR, FR2],
             note="a gzip named .txt"),
    ]

    J = "json"
    c += [
        Case("broken_line7.jsonl", J, _jsonl_line7(), docs=9, error=True, error_has="line 7",
             texts=[f"{NL} (6)", f"{NL} (8)", f"{NL} (10)"]),
        Case("text_empty_null_number.jsonl", J, _jsonl_bad_text(), docs=2, texts=[ES, IT],
             error=True, counted=True, note="text '', null, a number"),
        Case("articles_object.json", J, _articles_json(), docs=3000,
             texts=[f"{ES} Número 0.", f"{ES} Número 2999."],
             urls=["https://api.example/a/0", "https://api.example/a/2999"],
             note='one object, 3000 items under "articles"'),
    ]

    W = "warc"
    page = html_page(FR, "utf-8").encode()
    c += [
        Case("no_target_uri.warc", W, response(None, http_response(page), rid="n1"), texts=[FR],
             note="response without WARC-Target-URI"),
        Case("http_head_cut.warc", W,
             response("https://cut.example/1",
                      b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nServer: ng",
                      rid="h1")
             + response("https://cut.example/2", http_response(html_page(IT, "utf-8").encode()),
                        rid="h2"),
             docs=1, texts=[IT], counted=True, note="HTTP header block ends without a blank line"),
        Case("http2_status.warc.gz", W,
             gzip.compress(response("https://h2.example/1",
                                    b"HTTP/2 200\r\ncontent-type: text/html; charset=utf-8\r\n\r\n"
                                    + html_page(NL, "utf-8").encode(), rid="p1")),
             texts=[NL], urls=["https://h2.example/1"], note='status line "HTTP/2 200"'),
        Case("conversion.warc.gz", W, _warc_conversion(), docs=2, texts=[PL, CS],
             urls=["https://pl.example/1", "https://cz.example/2"], note="wet-like records in .warc.gz"),
        Case("redirects_counted.warc", W,
             response("https://r.example/a", http_response(html_page(ES, "utf-8").encode()), rid="c1")
             + response("https://r.example/b", http_response(b"", "302 Found"), rid="c2"),
             texts=[ES], counted=True, note="a redirect: counted for this file"),
    ]

    F = "feeds"
    c += [
        Case("cdata_entities.rss", F, RSS.encode(), docs=2, texts=[ES, IT],
             absent=["<p>", "&amp;", "&lt;", "CDATA"], urls=["https://rss.example/1"]),
        Case("entities.atom", F, ATOM.encode(), docs=2, texts=[NL, DE], absent=["&lt;", "<p>"]),
        Case("sitemap.xml", F, SITEMAP.encode(), docs=0, counted=True,
             absent=["https://site.example"], note="links, not articles"),
        Case("sitemap_index.xml", F, SITEMAP_INDEX.encode(), docs=0, counted=True),
    ]

    X = "more"
    c += [
        Case("vi_utf8_one_latin1.txt", X, (VI + " Giá: 5").encode() + b"\xa3" + " một lít.".encode(),
             texts=[VI], note="long UTF-8, one stray byte"),
        Case("de_macroman_cr_short.txt", X, "\r".join([DE, "Gruß aus Lindau."]).encode("mac-roman"),
             texts=[DE, "Gruß aus Lindau."]),
        Case("utf8_nul_padded_4k.txt", X, (IT + "\n" + ES).encode() + bytes(4096), texts=[IT, ES]),
        Case("uk_koi8u.txt", X, "Міська рада Львова ухвалила план ремонту трамвайних колій.".encode("koi8_u"),
             texts=["Міська рада Львова ухвалила план ремонту трамвайних колій."]),
        Case("ru_cp1251_nometa.html", X, html_page(RU1, None, "Томск").encode("cp1251"), texts=[RU1]),
        Case("meta_label_utf8_alias.html", X, html_page(FR, "utf8").encode(), texts=[FR]),
        Case("meta_label_bogus.html", X, html_page(DE, "x-unknown-charset").encode("cp1252"), texts=[DE],
             note="meta names no real charset"),
        Case("meta_label_win1251_alias.html", X, html_page(RU2, "win-1251").encode("cp1251"), texts=[RU2]),
        Case("meta_windows31j.html", X, html_page(JA1, "windows-31j").encode("cp932"), texts=[JA1]),
        Case("broken_line7.jsonl.gz", X, gzip.compress(_jsonl_line7()), docs=9, error=True,
             error_has="line 7"),
        Case("text_as_list.jsonl", X, (json.dumps({"text": [ES, IT], "url": "https://l.example/1"},
                                                  ensure_ascii=False) + "\n").encode(),
             texts=[ES, IT], note="text is a list of paragraphs"),
        Case("nested_data_items.json", X, json.dumps(
            {"data": {"items": [{"body": NL, "link": "https://d.example/1"},
                                {"body": PL, "link": "https://d.example/2"}]}},
            ensure_ascii=False).encode(), docs=2, texts=[NL, PL]),
        Case("really_jsonl.json", X, (json.dumps({"text": ES}, ensure_ascii=False) + "\n"
                                      + json.dumps({"text": IT}, ensure_ascii=False) + "\n").encode(),
             docs=2, texts=[ES, IT], note=".json holding JSON Lines"),
        Case("really_array.jsonl", X, json.dumps([{"text": ES}, {"text": IT}], ensure_ascii=False,
                                                 indent=2).encode(),
             docs=2, texts=[ES, IT], note=".jsonl holding a pretty JSON array"),
        Case("status_no_reason.warc", X,
             response("https://s.example/1", b"HTTP/1.1 200\r\nContent-Type: text/html\r\n\r\n"
                      + html_page(IT, "utf-8").encode(), rid="s1"), texts=[IT]),
        Case("lf_only_http.warc", X,
             response("https://s.example/2", b"HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\n\n"
                      + html_page(ES, "utf-8").encode(), rid="s2"), texts=[ES],
             note="HTTP headers end in LF only"),
        Case("lf_only_warc_head.warc", X,
             response("https://s.example/3", http_response(html_page(NL, "utf-8").encode()),
                      rid="s3").replace(b"\r\n", b"\n", 8), texts=[NL],
             note="WARC header lines end in LF only"),
        Case("body_gzip_no_header.warc", X,
             response("https://s.example/4", http_response(gzip.compress(html_page(DE, "utf-8").encode())),
                      rid="s4"), texts=[DE], note="gzip body, no Content-Encoding"),
        Case("http_charset_quoted.warc", X,
             response("https://s.example/5", http_response(html_page(RU1).encode("cp1251"),
                                                           ctype='text/html; charset="windows-1251"'),
                      rid="s5"), texts=[RU1]),
        Case("http_charset_bogus.warc", X,
             response("https://s.example/6", http_response(html_page(EL).encode("iso8859_7"),
                                                           ctype="text/html; charset=none"),
                      rid="s6"), texts=[EL]),
        Case("empty.txt.gz", X, gzip.compress(b""), docs=0, error=True),
        Case("nested_gz_in_tar.tar", X, None, docs=1, texts=[PL], make=_tar_with_gz),
        Case("zip_encrypted_member.zip", X, None, docs=1, texts=[IT], error=True, counted=True,
             make=_zip_encrypted, note="one member marked encrypted"),
        Case("tar_dotdot.tar", X, None, docs=1, texts=[ES], make=_tar_dotdot, note="../ member name"),
        Case("pdf_as.txt", X, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" + bytes(300),
             docs=0, error=True),
        Case("rdf_rss10.rdf", X, RDF.encode(), docs=1, texts=[CS]),
        Case("feed_cp1251.rss", X, RSS_1251, docs=1, texts=[RU1]),
        Case("feed_bad_amp.rss", X, RSS.replace("Noticias &amp; más", "Noticias & más").encode(),
             docs=2, texts=[ES, IT], note="a bare & in the channel title"),
        Case("only_noscript.html", X, f"<html><body><noscript><p>{FR}</p></noscript></body></html>".encode(),
             texts=[FR]),
        Case("name_latin1_bytes", X, None, texts=[ES], make=_latin1_name, note="file name not UTF-8"),
    ]
    return c


# -- scoring ----------------------------------------------------------------------


def read_all(path: Path, settings: Settings) -> list:
    out: list = []
    for item in iter_input_files([str(path)], settings):
        if isinstance(item, ReadError):
            out.append(item)
        else:
            out.extend(read_path(item, settings, passed_over=True))
    return out


def score(case: Case, out: list, path: Path) -> tuple[str, str, str, bool]:
    docs = [x for x in out if isinstance(x, Document)]
    errs = [x for x in out if isinstance(x, ReadError)]
    passed = [x for x in out if isinstance(x, PassedOver)]
    nfc = lambda s: unicodedata.normalize("NFC", s)  # noqa: E731
    joined = "\n".join(nfc(d.text) for d in docs)
    text_ok = all(nfc(t) in joined for t in case.texts)
    text_ok = text_ok and not any(a in joined for a in case.absent)
    if case.urls:
        got = {d.url for d in docs}
        text_ok = text_ok and all(u in got for u in case.urls)
    base = path.name
    named_errs = [e for e in errs if base in e.source]
    if case.error:
        named = any(case.error_has in f"{e.source} {e.reason} {e.detail}" for e in named_errs)
        named_s = "yes" if named else "NO"
    else:
        named = not errs or case.counted  # a counted case may name a part of itself
        named_s = "!" if errs and not case.counted else "-"
    if case.counted:
        counted = bool(named_errs) or any(base in p.source and p.counts for p in passed)
        counted_s = "yes" if counted else "NO"
    else:
        counted = True
        counted_s = "-"
    docs_ok = len(docs) == case.docs
    ok = docs_ok and text_ok and named and counted
    return ("yes" if text_ok else "NO"), named_s, counted_s, ok


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--keep", help="write the cases into this folder and keep them")
    args = ap.parse_args()
    settings = Settings()
    tmp_ctx = tempfile.TemporaryDirectory() if not args.keep else None
    root = Path(args.keep or tmp_ctx.name)  # type: ignore[union-attr]
    root.mkdir(parents=True, exist_ok=True)
    right = total = 0
    by_group: dict[str, list[int]] = {}
    print(f"{'case':30} {'group':10} {'docs':>9} {'text':>4} {'named':>5} {'cnt':>4}  verdict  note")
    for case in cases():
        if case.make is not None:
            path = case.make(root)  # type: ignore[operator]
        else:
            path = root / case.name
            path.write_bytes(case.data or b"")
        try:
            out = read_all(path, settings)
        except Exception as exc:  # noqa: BLE001 - a crash is a result to print
            out = []
            print(f"  CRASH {type(exc).__name__}: {exc}")
        text_s, named_s, counted_s, ok = score(case, out, path)
        n_docs = sum(isinstance(x, Document) for x in out)
        total += 1
        right += ok
        g = by_group.setdefault(case.group, [0, 0])
        g[0] += ok
        g[1] += 1
        errs = "; ".join(f"{e.reason}" for e in out if isinstance(e, ReadError))[:80]
        po = "; ".join(f"{k}={v}" for p in out if isinstance(p, PassedOver)
                       for k, v in p.counts.items())[:40]
        extra = " | ".join(x for x in (case.note, errs, po and f"passed over {po}") if x)
        print(f"{case.name:30} {case.group:10} {n_docs:>4}/{case.docs:<4} {text_s:>4} "
              f"{named_s:>5} {counted_s:>4}  {'ok' if ok else 'WRONG':7}  {extra}")
    print()
    for g, (a, b) in by_group.items():
        print(f"{g:10} {a}/{b}")
    print(f"read_unseen2: {right}/{total} cases right")
    if tmp_ctx is not None:
        tmp_ctx.cleanup()


if __name__ == "__main__":
    main()
