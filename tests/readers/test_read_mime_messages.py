"""Pages kept as MIME messages: an e-mail newsletter saved as ``.eml`` and a
page saved by a browser as one file (``.mht`` / ``.mhtml``). The body a mail
client shows (the HTML part, else the plain text; multipart/related's root)
is the document, its transfer encoding undone; the subject is the title when
the page has none; an e-mail's Date is its publication, a saved page's Date
the time it was saved (``fetched``). Messages written for these tests
(benchmarks/bundle_check.py --set bundle8 found both read as plain text, their
headers and quoted-printable markup stored as the page's lines)."""

from __future__ import annotations

import base64
import quopri

import pytest

from newsline.model import Document, ReadError
from newsline.readers import format_of, read_path
from newsline.settings import Settings


def qp(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


PAGE_ES = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Sequía en el Chaco</title>"
    "<meta property='article:published_time' content='2025-02-14T08:00:00-03:00'></head><body>"
    "<nav><a href='/'>Inicio</a> <a href='/pais'>País</a></nav>"
    "<h1>La sequía deja sin agua a 40 escuelas del Chaco paraguayo</h1>"
    "<p>Las autoridades de Filadelfia repartieron agua en camiones cisterna a cuarenta escuelas "
    "rurales el jueves, tras tres meses sin lluvias.</p>"
    "<p>El Ministerio de Educación estudia adelantar las vacaciones en la región.</p>"
    "</body></html>"
)


def mhtml(page: str, *, date="Sat, 15 Feb 2025 22:10:41 -0300", crlf=True) -> bytes:
    b = "----MultipartBoundary--Xy12Ab34Cd56----"
    nl = "\r\n" if crlf else "\n"
    parts = [
        "From: <Saved by Blink>",
        "Snapshot-Content-Location: https://diario-chaco.example.com.py/pais/sequia-escuelas",
        "Subject: =?utf-8?Q?Sequ=C3=ADa_en_el_Chaco?=",
        f"Date: {date}",
        "MIME-Version: 1.0",
        "Content-Type: multipart/related;",
        '\ttype="text/html";',
        f'\tboundary="{b}"',
        "",
        "",
        f"--{b}",
        "Content-Type: text/html",
        "Content-ID: <frame-01@mhtml.blink>",
        "Content-Transfer-Encoding: quoted-printable",
        "Content-Location: https://diario-chaco.example.com.py/pais/sequia-escuelas",
        "",
        qp(page),
        f"--{b}",
        "Content-Type: image/jpeg",
        "Content-Transfer-Encoding: base64",
        "Content-Location: https://diario-chaco.example.com.py/img/1.jpg",
        "",
        base64.encodebytes(b"\xff\xd8\xff\xe0" + bytes(200)).decode("ascii"),
        f"--{b}--",
        "",
    ]
    return nl.join(parts).encode("ascii")


def read_one(tmp_path, name: str, data: bytes) -> Document:
    path = tmp_path / name
    path.write_bytes(data)
    docs = list(read_path(str(path), Settings()))
    assert len(docs) == 1, docs
    assert isinstance(docs[0], Document), docs[0]
    return docs[0]


@pytest.mark.parametrize("name", ["sequia.mht", "sequia.mhtml", "sequia"])
@pytest.mark.parametrize("crlf", [True, False])
def test_a_saved_page_is_read_as_its_html_part(tmp_path, name, crlf):
    doc = read_one(tmp_path, name, mhtml(PAGE_ES, crlf=crlf))
    lines = doc.text.splitlines()
    assert "La sequía deja sin agua a 40 escuelas del Chaco paraguayo" in lines
    assert not any("MIME-Version" in x or "=3D" in x or "Content-Location" in x for x in lines)
    assert doc.title == "Sequía en el Chaco"
    assert doc.url == "https://diario-chaco.example.com.py/pais/sequia-escuelas"
    # the page's own stamp is its publication; the save time is when it was fetched
    assert doc.published.startswith("2025-02-14")
    assert doc.fetched.startswith("2025-02-15")
    assert doc.html and "<h1>" in doc.html


def test_a_saved_page_without_a_stamp_is_not_dated_by_its_save_time(tmp_path):
    page = PAGE_ES.replace(
        "<meta property='article:published_time' content='2025-02-14T08:00:00-03:00'>", ""
    )
    doc = read_one(tmp_path, "p.mht", mhtml(page))
    assert doc.published is None
    assert doc.fetched.startswith("2025-02-15")


def test_quoted_printable_soft_breaks_inside_thai_letters_are_joined(tmp_path):
    thai = "ฝนตกหนักในจังหวัดน่าน น้ำป่าไหลหลากเข้าท่วมบ้านเรือนกว่าสามร้อยหลังคาเรือน " * 3
    page = (
        "<html><head><meta charset='utf-8'><title>น้ำท่วมน่าน</title></head>"
        f"<body><p>{thai}</p></body></html>"
    )
    doc = read_one(tmp_path, "nan.mhtml", mhtml(page))
    assert thai.strip() in doc.text
    assert "\ufffd" not in doc.text


NEWSLETTER_HTML = (
    "<html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'></head><body>"
    "<table><tr><td><a href='https://x.example/web'>Voir la version en ligne</a></td></tr>"
    "<tr><td><h1>Le port de Dakar bat son record de conteneurs</h1></td></tr>"
    "<tr><td><p>Le port autonome a traité 1,2 million de conteneurs en 2024, a annoncé "
    "sa direction mardi.</p></td></tr>"
    "<tr><td><a href='https://x.example/u'>Se désabonner</a></td></tr></table></body></html>"
)
NEWSLETTER_TEXT = (
    "Le port autonome a traité 1,2 million de conteneurs en 2024.\n\n"
    "Se désabonner : https://x.example/u\n"
)


def eml(parts: str, ctype: str, extra: str = "") -> bytes:
    return (
        "Return-Path: <bounce@lettre.example.sn>\n"
        "From: La Lettre du Port <lettre@lettre.example.sn>\n"
        "To: lecteur@example.net\n"
        "Subject: =?UTF-8?B?TGEgTGV0dHJlIGR1IFBvcnQgbsKwMTI=?=\n"
        "Date: Wed, 08 Jan 2025 07:30:00 +0000\n"
        "MIME-Version: 1.0\n"
        f"Content-Type: {ctype}\n"
        f"{extra}\n"
        f"{parts}"
    ).encode("utf-8")


def alternative() -> bytes:
    b = "=_alt_77"
    return eml(
        f"--{b}\nContent-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: quoted-printable\n\n{qp(NEWSLETTER_TEXT)}\n"
        f"--{b}\nContent-Type: text/html; charset=utf-8\n"
        f"Content-Transfer-Encoding: quoted-printable\n\n{qp(NEWSLETTER_HTML)}\n--{b}--\n",
        f'multipart/alternative; boundary="{b}"',
    )


@pytest.mark.parametrize("name", ["lettre.eml", "lettre"])
def test_an_email_is_read_as_its_html_part_and_dated_when_sent(tmp_path, name):
    doc = read_one(tmp_path, name, alternative())
    lines = doc.text.splitlines()
    assert "Le port de Dakar bat son record de conteneurs" in lines
    assert not any(x.startswith(("From:", "Subject:", "--=_alt")) for x in lines)
    assert doc.title == "La Lettre du Port n°12"  # the subject, RFC 2047 decoded
    assert doc.published.startswith("2025-01-08")
    assert doc.fetched is None
    assert doc.meta["mime_part"] == "text/html"
    assert "La Lettre du Port" in doc.meta["mail_from"]


def test_a_plain_text_email_is_read_as_text(tmp_path):
    data = eml(
        qp("Alerte : le trafic du port est suspendu jeudi à cause de la houle.\n"),
        "text/plain; charset=utf-8",
        "Content-Transfer-Encoding: quoted-printable\n",
    )
    doc = read_one(tmp_path, "alerte.eml", data)
    assert doc.text.strip() == "Alerte : le trafic du port est suspendu jeudi à cause de la houle."
    assert doc.html is None


def test_a_legacy_charset_in_the_part_header_is_used(tmp_path):
    news = "Tin nhanh: Cảng Cát Lái tạm ngừng tiếp nhận tàu vì bão số 3."
    body = news.encode("cp1258", "ignore")
    text = body.decode("cp1258")
    data = (
        b"From: Ban tin <tin@example.vn>\nSubject: Tin nhanh\n"
        b"Date: Mon, 6 Jan 2025 08:00:00 +0700\n"
        b"MIME-Version: 1.0\nContent-Type: text/plain; charset=windows-1258\n"
        b"Content-Transfer-Encoding: base64\n\n" + base64.encodebytes(body)
    )
    doc = read_one(tmp_path, "tin.eml", data)
    assert doc.text.strip() == text


@pytest.mark.parametrize(
    "data,reason",
    [
        (
            b"From: a@example.org\nSubject: x\nMIME-Version: 1.0\n"
            b'Content-Type: multipart/mixed; boundary="zz"\n\n--zz\nContent-Type: image/png\n'
            b"Content-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--zz--\n",
            "no HTML or text part",
        ),
        (
            b"From: a@example.org\nSubject: x\nMIME-Version: 1.0\nContent-Type: text/plain\n\n \n",
            "empty body",
        ),
    ],
)
def test_a_message_with_nothing_to_read_is_a_clear_error(tmp_path, data, reason):
    path = tmp_path / "m.eml"
    path.write_bytes(data)
    (err,) = list(read_path(str(path), Settings()))
    assert isinstance(err, ReadError)
    assert reason in err.reason


@pytest.mark.parametrize(
    "head",
    [
        b"Subject: meeting notes\nFrom: a\n\nMIME-Version: 1.0 is mentioned in the text\n",
        b"Title: Rapport annuel\nAuteur: R. Diallo\n\nLe rapport couvre 2024.\n",
        b"Note: MIME-Version is a header\nThe rest of a memo.\n",
    ],
)
def test_text_that_only_looks_like_headers_stays_text(head):
    # no MIME-Version among the header lines that open the file: not a message
    assert format_of("notes", head) == "text"


def test_a_broken_message_never_raises(tmp_path):
    data = mhtml(PAGE_ES)[:300]  # cut inside the headers of the HTML part
    path = tmp_path / "cut.mht"
    path.write_bytes(data)
    items = list(read_path(str(path), Settings()))
    assert len(items) == 1
    assert isinstance(items[0], (Document, ReadError))
