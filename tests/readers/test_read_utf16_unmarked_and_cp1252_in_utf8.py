"""Two encodings real files carry that were refused or garbled:

* UTF-16 without a byte-order mark in a script other than Latin (Arabic,
  Cyrillic, Greek): NULs only after its spaces and signs, all on one parity
  of byte -- too few for the "NUL on every other byte" rule, so the file was
  "binary content";
* UTF-8 with a few Windows-1252 smart quotes or dashes pasted in: read
  whole in a wrong single-byte table (é as "√©") or with U+FFFD.

Texts written for these tests.
"""

from __future__ import annotations

import random
import struct

import pytest

from newsline.model import Document, ReadError
from newsline.readers import read_path
from newsline.settings import Settings

S = Settings()
RU = "Мэрия Казани объявила о ремонте набережной, работы начнутся в апреле и займут два года."
EL = "Ο δήμος Βόλου ανακοίνωσε την ανακαίνιση της προκυμαίας, που θα διαρκέσει δύο χρόνια."
FA = "شهرداری تبریز از بازسازی بازار سرپوشیده خبر داد؛ کار از فروردین آغاز می‌شود."


def _read(tmp_path, data: bytes, name: str = "page.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    out = list(read_path(str(path), S))
    return [x for x in out if isinstance(x, Document)], [x for x in out if isinstance(x, ReadError)]


@pytest.mark.parametrize("text", [RU, EL, FA])
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_in_another_script_is_read(tmp_path, text, codec):
    data = text.encode(codec)
    docs, errors = _read(tmp_path, data)
    assert not errors and len(docs) == 1
    assert docs[0].text == text and data.decode(docs[0].encoding) == text


def test_utf8_page_with_cp1252_smart_quotes_is_read_as_those_quotes(tmp_path):
    body = (
        "El alcalde de Cádiz dijo ".encode() + b"\x93volveremos a abrir\x94 el mercado "
        + "el próximo año \x97 sin fecha exacta.".replace("\x97", "").encode() + b"\x97 fin."
    )
    page = b"<html><head><meta charset='utf-8'><title>Mercado</title></head><body><p>" + body
    page += b"</p></body></html>"
    docs, errors = _read(tmp_path, page, "mercado.html")
    assert not errors
    text = docs[0].text
    assert "El alcalde de Cádiz dijo “volveremos a abrir” el mercado el próximo año" in text
    assert "— fin." in text and "\ufffd" not in text
    assert any("Windows-1252" in f.reason for f in docs[0].flags)


def test_utf8_text_with_a_cp1252_dash_is_the_bytes_decoded(tmp_path):
    data = "Ryszard Kapuściński pisał o Afryce ".encode() + b"\x96 i o Iranie."
    docs, errors = _read(tmp_path, data)
    assert not errors
    assert docs[0].text == "Ryszard Kapuściński pisał o Afryce – i o Iranie."
    assert data.decode(docs[0].encoding) == docs[0].text


# near misses


def test_16_bit_numbers_are_still_binary(tmp_path):
    rng = random.Random(7)
    data = b"".join(struct.pack("<H", rng.randrange(0, 256)) for _ in range(600))
    docs, errors = _read(tmp_path, data, "table.txt")
    assert not docs and errors and "binary" in errors[0].reason


def test_nuls_on_both_parities_are_still_binary(tmp_path):
    docs, errors = _read(tmp_path, b"start\x00\x00\x00\x01\x02 more text" * 40)
    assert not docs and "binary" in errors[0].reason


def test_legacy_cyrillic_is_not_read_as_utf8_with_punctuation(tmp_path):
    docs, _ = _read(tmp_path, RU.encode("cp1251"))
    assert docs[0].text == RU


def test_clean_utf8_stays_utf8(tmp_path):
    docs, _ = _read(tmp_path, ("„Ja“ — sagte sie. " + RU).encode())
    assert docs[0].encoding == "utf-8" and not docs[0].flags


def test_utf8_cut_inside_a_character_is_not_taken_for_cp1252(tmp_path):
    data = "Le maire a dit ".encode() + "—".encode()[:2] + " puis ".encode() + "“non”".encode()
    docs, _ = _read(tmp_path, data)
    # a broken UTF-8 sequence, not a Windows-1252 sign: that reading is not taken
    assert docs[0].encoding != "utf-8-cp1252"
    assert not any("Windows-1252 punctuation" in f.reason for f in docs[0].flags)
