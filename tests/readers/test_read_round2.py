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


# -- XML news formats ------------------------------------------------------------

NITF = """<?xml version="1.0" encoding="UTF-8"?>
<nitf version="-//IPTC//DTD NITF 3.6//EN">
  <head>
    <title>Nantes rénove trois ponts</title>
    <docdata><doc-id id-string="OF-0412"/><date.issue norm="20240412T083000+0200"/></docdata>
  </head>
  <body>
    <body.head>
      <hedline><hl1>Nantes rénove trois ponts</hl1><hl2>Deux ans de travaux</hl2></hedline>
      <byline>Par <person>Claire Martin</person></byline>
      <dateline><location>Nantes</location>, <story.date norm="20240412">12 avril</story.date></dateline>
    </body.head>
    <body.content>
      <p>La métropole a voté hier un budget pour trois ouvrages.</p>
      <block><p>Le pont sera fermé aux voitures pendant <em>six</em> mois.</p></block>
    </body.content>
  </body>
</nitf>
"""

G2 = """<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
 <header><sent>2024-05-03T10:16:00Z</sent></header>
 <itemSet>
  <newsItem guid="urn:newsml:agencia.example:1" standard="NewsML-G2">
   <itemMeta><versionCreated>2024-05-03T10:15:00+02:00</versionCreated></itemMeta>
   <contentMeta>
    <contentCreated>2024-05-03T09:40:00+02:00</contentCreated>
    <creator><name>Lucía Gómez</name></creator>
    <headline>Valencia amplía el puerto</headline>
   </contentMeta>
   <contentSet><inlineXML contenttype="application/xhtml+xml">
    <html xmlns="http://www.w3.org/1999/xhtml"><body><h1>Valencia amplía el puerto</h1>
    <p>El consejo aprobó ayer la ampliación.</p><p>Las obras empiezan en junio.</p></body></html>
   </inlineXML></contentSet>
  </newsItem>
  <newsItem guid="urn:newsml:agencia.example:2" standard="NewsML-G2">
   <contentMeta><headline>Sevilla cierra un puente</headline></contentMeta>
   <contentSet><inlineData contenttype="text/plain">El puente de Triana cierra hoy.</inlineData></contentSet>
  </newsItem>
 </itemSet>
</newsMessage>
"""

CMS = """<?xml version="1.0" encoding="UTF-8"?>
<export site="baotin">
  <article id="101">
    <headline>Hà Nội mở thêm tuyến buýt</headline>
    <author>Nguyễn Văn An</author>
    <pubDate>2024-06-01T07:00:00+07:00</pubDate>
    <url>https://baotin.example/ha-noi-buyt-101</url>
    <content><p>Sở Giao thông cho biết hôm qua đã mở hai tuyến.</p><p>Giá vé không đổi.</p></content>
  </article>
  <article id="102">
    <headline>Mưa lớn ở Huế</headline>
    <content>Mưa lớn từ <b>tối qua</b> khiến nhiều đường ngập.</content>
  </article>
</export>
"""


def test_nitf_blocks_are_lines_with_title_byline_and_date(tmp_path):
    path = tmp_path / "of-0412.xml"
    path.write_text(NITF, encoding="utf-8")
    (doc,) = read_path(str(path), S)
    assert isinstance(doc, Document), doc
    assert doc.text.splitlines() == [
        "Nantes rénove trois ponts",
        "Deux ans de travaux",
        "Par Claire Martin",
        "Nantes, 12 avril",
        "La métropole a voté hier un budget pour trois ouvrages.",
        "Le pont sera fermé aux voitures pendant six mois.",
    ]
    assert doc.title == "Nantes rénove trois ponts" and doc.author == "Claire Martin"
    assert doc.published == "2024-04-12T08:30:00+02:00"


def test_nitf_without_extension_is_found_by_its_root(tmp_path):
    path = tmp_path / "wire-0412"
    path.write_text(NITF, encoding="utf-8")
    (doc,) = read_path(str(path), S)
    assert "Par Claire Martin" in doc.text.splitlines()


def test_newsml_g2_message_gives_one_document_per_item(tmp_path):
    path = tmp_path / "agencia.xml"
    path.write_text(G2, encoding="utf-8")
    first, second = read_path(str(path), S)
    assert first.title == "Valencia amplía el puerto" and first.author == "Lucía Gómez"
    assert first.published == "2024-05-03T09:40:00+02:00"
    assert "El consejo aprobó ayer la ampliación.\nLas obras" in first.text
    assert "2024-05-03" not in first.text  # metadata is not text
    assert (
        second.title == "Sevilla cierra un puente"
        and second.text == "El puente de Triana cierra hoy."
    )
    assert first.source.endswith("#item1") and second.source.endswith("#item2")


def test_cms_xml_export_gives_one_document_per_article(tmp_path):
    path = tmp_path / "export.xml"
    path.write_text(CMS, encoding="utf-8")
    a, b = read_path(str(path), S)
    assert a.url == "https://baotin.example/ha-noi-buyt-101" and a.author == "Nguyễn Văn An"
    assert a.published == "2024-06-01T07:00:00+07:00"
    assert a.text.splitlines() == [
        "Hà Nội mở thêm tuyến buýt",
        "Nguyễn Văn An",
        "Sở Giao thông cho biết hôm qua đã mở hai tuyến.",
        "Giá vé không đổi.",
    ]
    assert b.text == "Mưa lớn ở Huế\nMưa lớn từ tối qua khiến nhiều đường ngập."


@pytest.mark.parametrize(
    ("xml", "reason"),
    [
        (
            (
                '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                "<url><loc>https://d.example/a</loc></url><url><loc>https://d.example/b</loc></url></urlset>"
            ),
            "not an article: a sitemap of 2 URLs",
        ),
        (
            (
                '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                "<sitemap><loc>https://d.example/s1.xml</loc></sitemap></sitemapindex>"
            ),
            "not an article: a sitemap index of 1 sitemaps",
        ),
    ],
)
def test_a_sitemap_is_not_an_article(tmp_path, xml, reason):
    path = tmp_path / "sitemap.xml"
    path.write_text(xml, encoding="utf-8")
    (err,) = read_path(str(path), S)
    assert isinstance(err, ReadError) and err.reason == reason


def test_broken_xml_and_xhtml_are_read_as_before(tmp_path):
    broken = tmp_path / "broken.xml"
    broken.write_text("<?xml version='1.0'?><story><p>Une phrase coupée", encoding="utf-8")
    (doc,) = read_path(str(broken), S)
    assert isinstance(doc, Document) and "Une phrase coupée" in doc.text
    xhtml = tmp_path / "page.xml"
    xhtml.write_text(
        '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>T</title>'
        "</head><body><p>Un paragraphe.</p></body></html>",
        encoding="utf-8",
    )
    (doc,) = read_path(str(xhtml), S)
    assert doc.html and doc.title == "T" and "Un paragraphe." in doc.text


# -- CSV --------------------------------------------------------------------------

import csv


def _csv(path, rows, delimiter=","):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)


def test_csv_with_a_header_gives_one_document_per_row(tmp_path):
    path = tmp_path / "articles.csv"  # pandas.to_csv / a spreadsheet's export
    _csv(
        path,
        [
            ["Title", " URL ", "Published Date", "Text"],
            ["Puente nuevo", "https://d.example/1", "2024-03-01", "El puente abre hoy, dijo."],
            [
                "Lluvia",
                "https://d.example/2",
                "2024-03-02T08:00:00+01:00",
                "Llueve.\nSegunda línea.",
            ],
            ["", "", "", ""],
            ["Sin texto", "https://d.example/3", "2024-03-03", ""],
        ],
    )
    a, b, err = read_path(str(path), S)
    assert (a.title, a.url, a.text) == (
        "Puente nuevo",
        "https://d.example/1",
        "El puente abre hoy, dijo.",
    )
    assert a.published.startswith("2024-03-01")
    assert b.text == "Llueve.\nSegunda línea." and b.published == "2024-03-02T08:00:00+01:00"
    assert isinstance(err, ReadError) and err.source == f"{path}#5" and "no text" in err.reason


def test_semicolon_csv_in_latin1_and_tsv_are_read(tmp_path):
    path = tmp_path / "export.csv"  # Excel in a French locale: ';' and cp1252
    path.write_bytes(
        "titre;content;date\nLe pont;Le pont de la Loire rouvre à la circulation.;2024-05-01\n".encode(
            "cp1252"
        )
    )
    (doc,) = read_path(str(path), S)
    assert doc.text == "Le pont de la Loire rouvre à la circulation." and doc.published.startswith(
        "2024-05-01"
    )
    tsv = tmp_path / "rows.tsv"
    _csv(tsv, [["id", "body"], ["a1", "Thai text: ข่าววันนี้"]], delimiter="\t")
    (doc,) = read_path(str(tsv), S)
    assert doc.text == "Thai text: ข่าววันนี้" and doc.meta["input_id"] == "a1"


def test_csv_without_a_text_column_is_one_clear_error(tmp_path):
    path = tmp_path / "stats.csv"
    _csv(path, [["url", "date", "visits"], ["https://x.example/1", "2024-01-01", "3"]])
    (err,) = read_path(str(path), S)
    assert isinstance(err, ReadError)
    assert err.reason == "CSV has no text column: its first row names 'url', 'date', 'visits'"


# -- EUC-JP one-liners under a single-byte declaration ------------------------------

from newsline.readers.decode import charset_from_markup, decode_bytes, implausible_for_table

JA_LINES = [
    "警察は昨日予算案を可決した。",
    "警察は今週予算案を可決した。",
    "政府は昨日予算案を可決した。",
    "札幌市は昨夜除雪計画を発表した。",
]


@pytest.mark.parametrize("lie", ["tis-620", "windows-1251", "iso-8859-1"])
@pytest.mark.parametrize("line", JA_LINES)
def test_euc_jp_one_liner_declared_a_single_byte_table_is_read_as_japanese(line, lie):
    # the detectors never suggest EUC-JP for one sentence (cp1252, cp949 instead)
    page = f'<html><head><meta charset="{lie}"><title>news</title></head><body><p>{line}</p></body></html>'
    data = page.encode("euc_jp")
    got = decode_bytes(data, [("meta charset", charset_from_markup(data))])
    assert line in got.text, (got.encoding, got.text)


def test_a_run_of_latin_signs_counts_by_its_length():
    # 'Â·Ù»¡¤ÏºòÆüÍ½»»' is one run but no typo: EUC-JP read as cp1252
    text = "news " + "警察は昨日予算案を可決した。".encode("euc_jp").decode("cp1252", "replace")
    assert implausible_for_table(text, "cp1252")
    assert not implausible_for_table("Straße, Größe und Äußerungen über Öl.", "cp1252")


def test_korean_read_with_loose_jamo_is_implausible():
    assert implausible_for_table("ㅟ빅폽枯뻣걱ㆂ꼼룩ㅇㅏ。", "euc_kr")
    assert not implausible_for_table("교육부는 오늘 폭우 경보를 내렸다. " * 10 + "ㅋㅋ", "euc_kr")


def test_nitf_inside_a_newsml1_envelope_is_the_document(tmp_path):
    # NewsML 1: identifiers and the send time around an NITF body became text lines
    path = tmp_path / "vn-778.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><NewsML Version="1.2">'
        "<NewsEnvelope><DateAndTime>20240601T101500+0700</DateAndTime></NewsEnvelope>"
        "<NewsItem><Identification><NewsIdentifier><ProviderId>tt.example</ProviderId>"
        "<NewsItemId>vn-778</NewsItemId></NewsIdentifier></Identification>"
        "<NewsComponent><ContentItem><DataContent><nitf><head><title>Đà Nẵng mở cầu</title></head>"
        "<body><body.head><hedline><hl1>Đà Nẵng mở cầu</hl1></hedline><byline>Trần Minh</byline>"
        "</body.head><body.content><p>Hôm qua, thành phố thông xe cầu mới.</p></body.content>"
        "</body></nitf></DataContent></ContentItem></NewsComponent></NewsItem></NewsML>",
        encoding="utf-8",
    )
    (doc,) = read_path(str(path), S)
    assert doc.text == "Đà Nẵng mở cầu\nTrần Minh\nHôm qua, thành phố thông xe cầu mới."
    assert doc.published == "2024-06-01T10:15:00+07:00" and doc.author == "Trần Minh"


def test_deeply_nested_xml_is_one_clear_error(tmp_path):
    path = tmp_path / "deep.xml"
    path.write_text(
        '<?xml version="1.0"?><story>' + "<div>" * 50000 + "x" + "</div>" * 50000 + "</story>"
    )
    (err,) = read_path(str(path), S)
    assert isinstance(err, ReadError) and err.reason == "XML nested too deep to read"


# -- feed items in plain text -----------------------------------------------------


def test_plain_text_feed_item_keeps_its_paragraphs(tmp_path):
    # RSS types every description text/html: a plain-text one was read as HTML,
    # its line breaks collapsed into one line
    path = tmp_path / "diario.rss"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Diario</title>'
        "<item><title>Dos</title><link>https://d.example/2</link><description>"
        "Línea uno del texto.\nLínea dos.\n\nPárrafo nuevo &amp; final.</description></item>"
        "<item><title>Tres</title><link>https://d.example/3</link><description>"
        "&lt;p&gt;Un párrafo.&lt;/p&gt;&lt;p&gt;Otro.&lt;/p&gt;</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    plain, markup = read_path(str(path), S)
    assert (
        plain.text == "Línea uno del texto.\nLínea dos.\n\nPárrafo nuevo & final."
        and plain.html is None
    )
    assert markup.text == "Un párrafo.\nOtro." and markup.html


def test_korean_one_liner_declared_windows_1251_is_read_as_korean():
    # read as cp1251 its syllables changed case inside words ('іА°єОґВ')
    line = "교육부는 오늘 폭우 경보를 내렸다."
    page = f'<html><head><meta charset="windows-1251"><title>news</title></head><body><p>{line}</p></body></html>'
    data = page.encode("euc_kr")
    assert line in decode_bytes(data, [("meta charset", charset_from_markup(data))]).text
    assert implausible_for_table(line.encode("euc_kr").decode("cp1251"), "cp1251")
    assert not implausible_for_table("Москва и Санкт-Петербург: ВКонтакте, МВД, ЦБ РФ.", "cp1251")
