"""ZIP member names written without the UTF-8 flag: tools on Russian Windows
write the OEM page (cp866), many others write UTF-8 and set no flag; both
were shown as cp437 mojibake in every document's source. A cp437 name (what
the format says when no flag is set) stays as it is. Sentences and names
written for these tests."""

from __future__ import annotations

import io
import zipfile

from newsline.model import Document
from newsline.readers import read_path
from newsline.settings import Settings

RU = "Администрация Томска объявила о начале ремонта набережной в следующем месяце."


def _zip_with_raw_name(path, raw: bytes, body: bytes) -> None:
    """A ZIP whose one member is named by ``raw`` with no UTF-8 flag."""
    placeholder = b"n" * len(raw)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(placeholder.decode("ascii"), body)
    path.write_bytes(buf.getvalue().replace(placeholder, raw))


def _sources(path):
    return [d.source for d in read_path(str(path), Settings()) if isinstance(d, Document)]


def test_cp866_member_name_is_read_as_cp866(tmp_path):
    path = tmp_path / "arhiv.zip"
    _zip_with_raw_name(path, "новости/отчёт.txt".encode("cp866"), RU.encode())
    assert _sources(path) == [f"{path}/новости/отчёт.txt"]


def test_utf8_member_name_without_the_flag_is_read_as_utf8(tmp_path):
    path = tmp_path / "export.zip"
    _zip_with_raw_name(path, "Ausgabe März/Straße.txt".encode(), RU.encode())
    assert _sources(path) == [f"{path}/Ausgabe März/Straße.txt"]


def test_cp437_and_flagged_member_names_stay_as_they_are(tmp_path):
    path = tmp_path / "dos.zip"
    _zip_with_raw_name(path, "café-crème.txt".encode("cp437"), RU.encode())
    assert _sources(path) == [f"{path}/café-crème.txt"]
    path = tmp_path / "flagged.zip"
    with zipfile.ZipFile(path, "w") as zf:  # Python flags a non-ASCII name as UTF-8
        zf.writestr("новости.txt", RU.encode())
    assert _sources(path) == [f"{path}/новости.txt"]
