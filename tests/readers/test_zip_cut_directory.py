"""A ZIP whose central directory is cut off (a truncated download).

The directory sits at the end of the file, so any cut loses it, and with it
every member for Python's zipfile. Each member is still there after its
local header: the members whose header and data are whole are read (their
CRC-32 checked), the first member cut short is named, and the archive's
ReadError says the directory is missing and from where members are lost.
Archives are built and cut here (invented pages).
"""

from __future__ import annotations

import io
import zipfile

import pytest

from newsline.model import Document, ReadError
from newsline.readers import read_path
from newsline.settings import Settings

S = Settings()
MEMBERS = {
    "ponte.txt": "A câmara de Braga aprovou ontem o projeto da nova ponte pedonal.\n" * 6,
    "mercado/chợ.txt": "Chợ đêm Hội An sẽ mở cửa trở lại từ cuối tuần này sau ba tháng sửa chữa.\n" * 8,
    "puente.txt": "El ayuntamiento de Lugo licitará en marzo la reforma del puente romano.\n" * 10,
}


class _Unseekable(io.RawIOBase):
    """A write-only stream that cannot seek: zipfile then writes each
    member's sizes after its data (flag bit 3), as streaming zippers do."""

    def __init__(self):
        self.buf = bytearray()

    def writable(self):
        return True

    def write(self, b):
        self.buf += b
        return len(b)


def _zip(compression=zipfile.ZIP_DEFLATED, streamed=False) -> bytes:
    out = _Unseekable() if streamed else io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as zf:
        for name, text in MEMBERS.items():
            zf.writestr(name, text)
    return bytes(out.buf) if streamed else out.getvalue()


def _directory_at(data: bytes) -> int:
    return data.rindex(b"PK\x01\x02", 0, data.index(b"PK\x05\x06"))


def _local_headers(data: bytes) -> list[int]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [i.header_offset for i in zf.infolist()]


def _read(tmp_path, data: bytes, name="pages.zip"):
    path = tmp_path / name
    path.write_bytes(data)
    out = list(read_path(str(path), S))
    docs = {d.source[len(str(path)) + 1 :]: d.text for d in out if isinstance(d, Document)}
    errors = [e for e in out if isinstance(e, ReadError)]
    return str(path), docs, errors


@pytest.mark.parametrize(
    "compression,streamed",
    [(zipfile.ZIP_DEFLATED, False), (zipfile.ZIP_STORED, False), (zipfile.ZIP_DEFLATED, True)],
)
def test_cut_in_the_directory_every_member_is_read(tmp_path, compression, streamed):
    data = _zip(compression, streamed)
    cd = data.index(b"PK\x01\x02")
    for cut in (cd + 3, cd + 50, len(data) - 10):
        path, docs, errors = _read(tmp_path, data[:cut])
        assert docs == MEMBERS, cut
        (err,) = errors
        assert err.source == path and "central directory is missing" in err.reason
        assert "3 member(s) read" in err.reason and "lost" not in err.reason


@pytest.mark.parametrize("compression", [zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED])
def test_cut_inside_a_member_reads_those_before_and_names_it(tmp_path, compression):
    data = _zip(compression)
    third = _local_headers(data)[2]
    path, docs, errors = _read(tmp_path, data[: third + 60])
    names = list(MEMBERS)
    assert docs == {n: MEMBERS[n] for n in names[:2]}
    by_source = {e.source: e.reason for e in errors}
    assert "cut short" in by_source[f"{path}/{names[2]}"]
    assert f"members from byte {third} on are lost" in by_source[path]


def test_cut_between_members_says_the_rest_is_lost(tmp_path):
    data = _zip()
    second = _local_headers(data)[1]
    path, docs, errors = _read(tmp_path, data[:second])
    assert docs == {"ponte.txt": MEMBERS["ponte.txt"]}
    (err,) = errors
    assert err.source == path and f"from byte {second} on are lost" in err.reason


def test_a_damaged_member_is_never_read_as_a_wrong_text(tmp_path):
    data = bytearray(_zip(zipfile.ZIP_STORED))
    second = _local_headers(bytes(data))[1]
    data[second + 30 + len("mercado/chợ.txt".encode()) + 5] ^= 0x20  # one letter of its text
    path, docs, errors = _read(tmp_path, bytes(data[: _directory_at(bytes(data)) + 3]))
    assert "mercado/chợ.txt" not in docs
    assert docs["ponte.txt"] == MEMBERS["ponte.txt"]
    assert any(e.source == f"{path}/mercado/chợ.txt" for e in errors)


# --- near misses: what must not change ---------------------------------------


def test_a_whole_zip_reads_as_before(tmp_path):
    path, docs, errors = _read(tmp_path, _zip())
    assert docs == MEMBERS and not errors


def test_bytes_that_are_no_zip_under_a_zip_name_are_a_damaged_archive(tmp_path):
    path, docs, errors = _read(tmp_path, b"PK\x03\x04 this is not a zip header at all" * 3)
    assert not docs
    assert [e.source for e in errors] == [path] and "zip archive" in errors[0].reason


def test_a_cut_packaged_document_stays_binary_content(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
    data = buf.getvalue()
    path, docs, errors = _read(tmp_path, data[: data.index(b"PK\x01\x02") + 4], "report.zip")
    assert not docs and "binary content" in errors[0].reason


def test_many_empty_members_are_walked_in_one_step_each(tmp_path):
    # 100k bytes of headers: the walk is linear, one header a step
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        for i in range(3000):
            zf.writestr(f"d{i}/", "")
        zf.writestr("last.txt", MEMBERS["ponte.txt"])
    data = buf.getvalue()
    path, docs, errors = _read(tmp_path, data[: data.index(b"PK\x01\x02") + 1])
    assert docs == {"last.txt": MEMBERS["ponte.txt"]}
