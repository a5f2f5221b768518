"""Encodings are detected, never assumed: Vietnamese cp1258, Thai TIS-620,
Chinese GB18030 and Big5, as text and HTML, with honest, missing and lying
charset declarations."""

from __future__ import annotations

import gzip

import pytest
from read_samples import ENCODED_CASES, SAMPLES, encode_as, html_page, nfc, warc_response

from newsline.model import Document
from newsline.readers import read_path
from newsline.settings import Settings


def read_one(path) -> Document:
    items = list(read_path(str(path), Settings()))
    assert len(items) == 1, items
    assert isinstance(items[0], Document), items[0]
    return items[0]


@pytest.mark.parametrize("lang,codec", ENCODED_CASES)
def test_plain_text_in_legacy_encoding(tmp_path, lang, codec):
    data = encode_as(SAMPLES[lang], codec)
    path = tmp_path / f"{lang}.txt"
    path.write_bytes(data)
    doc = read_one(path)
    assert nfc(doc.text) == nfc(SAMPLES[lang])
    assert doc.text == data.decode(doc.encoding)  # the decoded bytes, exactly
    assert not [f for f in doc.flags if f.kind == "encoding"]


@pytest.mark.parametrize("lang,codec", ENCODED_CASES)
@pytest.mark.parametrize("meta", ["honest", "missing", "lying-utf8"])
def test_html_in_legacy_encoding(tmp_path, lang, codec, meta):
    charset = {"honest": codec, "missing": None, "lying-utf8": "utf-8"}[meta]
    data = encode_as(html_page(SAMPLES[lang], charset), codec)
    path = tmp_path / f"{lang}.html"
    path.write_bytes(data)
    doc = read_one(path)
    for line in SAMPLES[lang].split("\n"):
        assert nfc(line) in nfc(doc.text)
    assert nfc(doc.html) == nfc(html_page(SAMPLES[lang], charset))
    assert "\ufffd" not in doc.text
    if meta == "lying-utf8":
        assert any(f.kind == "encoding" and "utf-8" in f.reason for f in doc.flags)


@pytest.mark.parametrize("lang,codec", ENCODED_CASES)
def test_gzipped_html_and_lying_http_header_in_warc(tmp_path, lang, codec):
    data = encode_as(html_page(SAMPLES[lang], "utf-8"), codec)
    gz = tmp_path / f"{lang}.html.gz"
    gz.write_bytes(gzip.compress(data))
    assert nfc(SAMPLES[lang].split("\n")[0]) in nfc(read_one(gz).text)

    warc = tmp_path / f"{lang}.warc"
    warc.write_bytes(
        warc_response(
            "http://news.example/a", data, record_id="x1", content_type="text/html; charset=utf-8"
        )
    )
    doc = read_one(warc)
    assert nfc(SAMPLES[lang].split("\n")[-1]) in nfc(doc.text)


def test_invalid_utf8_is_replaced_and_flagged(tmp_path):
    good = "Tin nóng: giá xăng tăng. " * 20
    data = good.encode() + b"\xff\xfe\xc3" + good.encode()
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    doc = read_one(path)
    flags = [f for f in doc.flags if f.kind == "encoding"]
    assert flags and doc.text.startswith(good)
    assert len(doc.text) >= 2 * len(good)


def test_bom_wins_and_utf16(tmp_path):
    text = SAMPLES["th"]
    for codec, bom in (
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
    ):
        path = tmp_path / f"bom-{codec}.txt"
        path.write_bytes(bom + text.encode(codec))
        doc = read_one(path)
        assert doc.text == text, codec


@pytest.mark.parametrize("label", ["utf-16", "utf-32"])
def test_bomless_utf16_declaration_on_bytes_that_decode_as_nothing(tmp_path, label):
    # Found by the fuzzer: a page that claims UTF-16/32, has no BOM, and whose
    # bytes fit no codec. The UTF-16/32 decoders raise even with errors="replace"
    # when the BOM is missing; the reader must fall back to the candidate that
    # needs fewest replacements and flag it, not report a reader error.
    data = (
        f'<html><head><meta charset="{label}"></head><body><p>'.encode()
        + b"\xe0\xb8\xa3\xe0\x1b"
        + b"</p></body></html>"
    )
    path = tmp_path / "claims-utf16.html"
    path.write_bytes(data)
    doc = read_one(path)
    assert "\ufffd" in doc.text
    assert [f for f in doc.flags if f.kind == "encoding"]


def test_valid_utf8_beats_a_wrong_single_byte_declaration(tmp_path):
    html = html_page(SAMPLES["vi"], "iso-8859-1")
    path = tmp_path / "p.html"
    path.write_bytes(html.encode("utf-8"))
    doc = read_one(path)
    assert SAMPLES["vi"].split("\n")[0] in doc.text
    assert doc.encoding == "utf-8"


def test_honest_single_byte_declaration_is_kept(tmp_path):
    text = "Le président a annoncé une réforme économique générale à Paris, déclarée prioritaire."
    html = html_page(text, "windows-1252")
    path = tmp_path / "fr.html"
    path.write_bytes(html.encode("cp1252"))
    doc = read_one(path)
    assert text in doc.text


# Invented sentences in two more scripts whose legacy tables decode other
# CJK or Latin bytes without an error.
_MORE = {
    "ko": "서울시는 오늘 새로운 교통 계획을 발표했다.\n시장은 내년부터 버스 노선을 크게 늘리겠다고 밝혔다.",
    "ja": "大阪市は今日、新しい交通計画を発表しました。\n市長は来年からバスの路線を大幅に増やすと述べました。",
}


@pytest.mark.parametrize(
    "lang,codec,lie",
    [
        ("ko", "euc_kr", "iso-8859-1"),  # read as cp1252: '¼­¿ï½Ã´Â', a French page
        ("ko", "euc_kr", "windows-1251"),
        ("zh-hans", "gb18030", "big5"),  # read as Big5: '控儔撼俴', every character wrong
        ("zh-hant", "big5", "gb2312"),
        ("ja", "shift_jis", "gb2312"),
    ],
)
def test_html_declaring_another_legacy_charset_is_read_in_its_own(tmp_path, lang, codec, lie):
    text = {**SAMPLES, **_MORE}[lang]
    data = encode_as(html_page(text, lie), codec)
    assert data.decode({"gb2312": "gb18030", "iso-8859-1": "cp1252"}.get(lie, lie))  # decodes
    path = tmp_path / f"{lang}.html"
    path.write_bytes(data)
    doc = read_one(path)
    for line in text.split("\n"):
        assert nfc(line) in nfc(doc.text), (doc.encoding, doc.text[:80])
    assert any(f.kind == "encoding" and lie in f.reason for f in doc.flags), doc.flags


@pytest.mark.parametrize(
    "text",
    [
        "서울시는 오늘 새 교통 정책을 발표했다.",
        "정부는 다음 주에 추가 조치를 내놓을 예정이다.",
    ],
)
def test_short_korean_page_declaring_tis620_is_read_as_korean(tmp_path, text):
    # charset-normalizer, the second opinion, read the page's own <meta charset>
    # first and echoed it: a one-paragraph EUC-KR page saying tis-620 came out
    # as Thai letters ('ผญฟ๏ฝรดย ฟภดร'), stored as a Thai page
    data = html_page(text, "tis-620").encode("euc_kr")
    path = tmp_path / "ko.html"
    path.write_bytes(data)
    doc = read_one(path)
    assert text in doc.text, (doc.encoding, doc.text)
    assert any(f.kind == "encoding" and "tis-620" in f.reason for f in doc.flags), doc.flags


@pytest.mark.parametrize(
    "text",
    [
        "นายกรัฐมนตรีแถลงข่าวที่ทำเนียบรัฐบาลเมื่อวันจันทร์",
        "ฝนตกหนักทั่วกรุงเทพฯ",
    ],
)
def test_short_thai_page_honestly_declaring_tis620_stays_thai(tmp_path, text):
    path = tmp_path / "th.html"
    path.write_bytes(html_page(text, "tis-620").encode("cp874"))
    doc = read_one(path)
    assert text in doc.text, (doc.encoding, doc.text)


@pytest.mark.parametrize(
    "text,label,codec",
    [
        ("ฝนตกหนักทั่วกรุงเทพฯ เมื่อคืนวันจันทร์", "windows-874", "cp874"),
        ("大阪市は今日、新しい交通計画を発表しました。", "x-sjis", "shift_jis"),
        ("北京今天宣布了新的经济发展计划。", "x-gbk", "gbk"),
        ("서울시는 오늘 새 교통 정책을 발표했다.", "windows-949", "cp949"),
        ("Мэрия Москвы объявила новый план развития транспорта.", "x-mac-cyrillic", "mac-cyrillic"),
        ("Le président a annoncé une réforme générale à Paris.", "x-cp1252", "cp1252"),
    ],
)
def test_browser_charset_labels_python_does_not_know(tmp_path, text, label, codec):
    # the WHATWG labels (windows-874, x-sjis, x-gbk, …) were flagged as naming an
    # "unknown charset" and the page left to the detector on a short text
    path = tmp_path / "p.html"
    path.write_bytes(html_page(text, label).encode(codec))
    doc = read_one(path)
    assert text in doc.text, (doc.encoding, doc.text)
    assert not [f for f in doc.flags if "unknown charset" in f.reason], doc.flags
