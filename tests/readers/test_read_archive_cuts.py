"""A cut or damaged archive is never read as if it were whole.

tarfile stops at a cut or unreadable header exactly as it stops at the
end-of-archive block, and never reads a .tar.gz's gzip stream past that
block: a download cut in the end padding, or one losing its last members,
was read without a word. Every cut must now either read every member intact
with no error, or give an error naming the archive; never a crash. Pages
written for these tests, in several languages.
"""

from __future__ import annotations

import io
import tarfile
import zipfile

import pytest

from newsline.model import Document, ReadError
from newsline.readers import iter_documents, read_path
from newsline.settings import Settings

S = Settings()
MEMBERS = {
    "2025-03-02/porto.txt": "A câmara do Porto aprovou ontem o orçamento para a nova ponte.\n" * 3,
    "el/limani.txt": "Το δημοτικό συμβούλιο του Πειραιά ενέκρινε χθες τον προϋπολογισμό.\n" * 9,
    "ja/kaigi.txt": "市議会は昨日、新しい橋の予算案を可決した。\n" * 25,
    "id/jembatan.txt": "Dewan kota Surabaya kemarin menyetujui anggaran jembatan baru.\n" * 40,
}


def _tar(mode: str) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode) as tar:
        for name, text in MEMBERS.items():
            data = text.encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in MEMBERS.items():
            zf.writestr(name, text)
    return buf.getvalue()


def _tar_zst() -> bytes:
    zstandard = pytest.importorskip("zstandard")
    return zstandard.ZstdCompressor(write_checksum=True).compress(_tar("w"))


ARCHIVES = {
    "tar": lambda: _tar("w"),
    "tar.gz": lambda: _tar("w:gz"),
    "tgz": lambda: _tar("w:gz"),
    "tar.bz2": lambda: _tar("w:bz2"),
    "tar.xz": lambda: _tar("w:xz"),
    "tar.zst": _tar_zst,
    "zip": _zip,
}


def _read(path):
    out = list(read_path(str(path), S))
    return [d for d in out if isinstance(d, Document)], [e for e in out if isinstance(e, ReadError)]


def _all_members_intact(path, docs) -> bool:
    got = {d.source: d.text for d in docs}
    return got == {f"{path}/{name}": text for name, text in MEMBERS.items()}


def _tar_end_blocks_read(data: bytes, cut: int) -> bool:
    """A plain tar cut after its end-of-archive block has lost only padding:
    nothing tells such a cut from a whole archive."""
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        ends = [m.offset_data + -(-m.size // 512) * 512 for m in tar]
    return cut >= max(ends) + 512


def _cuts(size: int) -> list[int]:
    # every offset of the last 40 bytes (trailers, check sums, padding), and
    # about 120 spread over the rest
    return sorted({*range(1, size, max(1, size // 120)), *range(max(1, size - 40), size)})


@pytest.mark.parametrize("ext", list(ARCHIVES))
def test_an_archive_cut_anywhere_is_never_read_as_whole_without_a_word(tmp_path, ext):
    data = ARCHIVES[ext]()
    path = tmp_path / f"pages.{ext}"
    path.write_bytes(data)
    docs, errors = _read(path)
    assert _all_members_intact(path, docs) and not errors  # the whole archive
    for cut in _cuts(len(data)):
        path.write_bytes(data[:cut])
        docs, errors = _read(path)
        for e in errors:
            assert e.source.startswith(str(path)), (cut, e)
            assert "\n" not in e.reason and e.reason != "unexpected reader error", (cut, e)
        for d in docs:  # what is read of a member is never a wrong text
            assert MEMBERS[d.source[len(str(path)) + 1 :]].startswith(d.text), cut
        if ext == "tar" and _tar_end_blocks_read(data, cut):
            assert _all_members_intact(path, docs), cut
            continue
        # every other cut loses something, if only a check sum: it is named
        assert any(e.source == str(path) for e in errors), (cut, errors)


@pytest.mark.parametrize("ext", ["tar.gz", "tar.bz2", "tar.xz", "tar.zst"])
def test_a_compressed_tar_cut_in_its_end_padding_reads_every_member_and_says_so(tmp_path, ext):
    data = ARCHIVES[ext]()
    path = tmp_path / f"pages.{ext}"
    path.write_bytes(data[:-3])  # the stream's last bytes: a check sum, its end
    docs, errors = _read(path)
    assert _all_members_intact(path, docs)
    (err,) = errors
    assert err.source == str(path)
    assert "truncated" in err.reason and "every member was read" in err.reason


def test_a_tar_gz_with_a_bad_check_sum_is_reported(tmp_path):
    data = bytearray(_tar("w:gz"))
    data[-6] ^= 0xFF  # in the CRC-32 of the uncompressed tar
    path = tmp_path / "pages.tar.gz"
    path.write_bytes(bytes(data))
    docs, errors = _read(path)
    assert _all_members_intact(path, docs)
    (err,) = errors
    assert err.source == str(path) and "corrupt gzip stream" in err.reason


def test_a_tar_missing_its_last_members_names_the_cut(tmp_path):
    data = _tar("w")
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        third = tar.getmembers()[2].offset  # the third member's header
    for cut, what in ((third, "no end-of-archive block"), (third + 100, "cut short")):
        path = tmp_path / f"cut{cut}.tar"
        path.write_bytes(data[:cut])
        docs, errors = _read(path)
        assert len(docs) == 2
        assert [e.source for e in errors] == [str(path)] and what in errors[0].reason


def test_a_tar_with_a_damaged_header_in_the_middle_is_reported(tmp_path):
    data = bytearray(_tar("w"))
    with tarfile.open(fileobj=io.BytesIO(bytes(data))) as tar:
        third = tar.getmembers()[2].offset
    data[third + 148 : third + 156] = b"garbage!"  # the header's check sum
    path = tmp_path / "pages.tar"
    path.write_bytes(bytes(data))
    docs, errors = _read(path)
    assert len(docs) == 2
    assert [e.source for e in errors] == [str(path)] and "damaged tar archive" in errors[0].reason


@pytest.mark.parametrize("ext", ["tar", "tar.gz", "tgz", "tar.bz2", "zip"])
def test_a_few_bytes_of_an_archive_are_an_error_not_a_text(tmp_path, ext):
    path = tmp_path / f"pages.{ext}"
    path.write_bytes(ARCHIVES[ext]()[:5])
    docs, errors = _read(path)
    assert not docs and [e.source for e in errors] == [str(path)]
    assert "archive" in errors[0].reason


def test_names_that_only_look_like_archives_are_read_as_before(tmp_path):
    # near misses: "tar"/"zip" elsewhere in the name, or a member so named
    text = "Le conseil municipal de Rennes a voté hier le budget du nouveau pont.\n"
    for name in ("guitar.txt", "zip-codes.txt", "notes.tar.txt", "avatar", "bazip"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        (doc,) = read_path(str(path), S)
        assert isinstance(doc, Document) and doc.text == text
    inner = tmp_path / "outer.tar"
    with tarfile.open(inner, "w") as tar:
        info = tarfile.TarInfo("readme.zip")  # a text under an archive's name, inside one
        info.size = len(text.encode())
        tar.addfile(info, io.BytesIO(text.encode()))
    docs, errors = _read(inner)
    assert [d.text for d in docs] == [text] and not errors


def test_cut_archives_do_not_stop_the_batch(tmp_path):
    good = tmp_path / "z-good.txt"
    good.write_text("Dewan kota menyetujui anggaran baru untuk jembatan.\n", encoding="utf-8")
    for ext in ("tar", "tar.gz", "tar.bz2", "tar.xz", "zip"):
        data = ARCHIVES[ext]()
        (tmp_path / f"a-cut.{ext}").write_bytes(data[: len(data) // 2])
        (tmp_path / f"b-end.{ext}").write_bytes(data[:-3] if ext != "tar" else data[:1500])
    out = list(iter_documents([str(tmp_path)], S))
    assert str(good) in {d.source for d in out if isinstance(d, Document)}
    named = {e.source for e in out if isinstance(e, ReadError)}
    for ext in ("tar", "tar.gz", "tar.bz2", "tar.xz", "zip"):
        assert str(tmp_path / f"a-cut.{ext}") in named
        assert str(tmp_path / f"b-end.{ext}") in named
