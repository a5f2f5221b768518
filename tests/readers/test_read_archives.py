"""A corpus handed over as one archive (pages.tar.gz, crawl.zip).

Archives were refused as "binary content"; now each member is read as a
file named ARCHIVE/MEMBER, and what cannot be read is named. Pages written
for these tests.
"""

from __future__ import annotations

import gzip
import io
import json
import tarfile
import zipfile

from read_samples import SAMPLES, html_page, warc_response

from newsline.model import Document, ReadError
from newsline.readers import iter_documents, read_path
from newsline.settings import Settings

S = Settings()
FR = "La mairie de Nantes a présenté mardi un plan pour rénover trois ponts sur la Loire."


def _members() -> dict[str, bytes]:
    return {
        "2024-05-14/ponts.txt": FR.encode(),
        "pages/th.html": html_page(SAMPLES["th"]).encode(),
        "feed.jsonl.gz": gzip.compress(json.dumps({"text": SAMPLES["vi"]}).encode() + b"\n"),
        "crawl.warc": warc_response(
            "https://x.example/zh", html_page(SAMPLES["zh-hans"]).encode(), record_id="z1"
        ),
        "empty.txt": b"",
    }


def _read(path):
    out = list(read_path(str(path), S))
    return [d for d in out if isinstance(d, Document)], [e for e in out if isinstance(e, ReadError)]


def _check(path, docs, errors):
    by_source = {d.source: d for d in docs}
    assert by_source[f"{path}/2024-05-14/ponts.txt"].text == FR
    # a day in the member's path still dates it, as a folder's does
    assert by_source[f"{path}/2024-05-14/ponts.txt"].meta["date_from_path"] == "2024-05-14"
    assert SAMPLES["th"].split("\n")[0] in by_source[f"{path}/pages/th.html"].text
    assert by_source[f"{path}/feed.jsonl.gz:1"].text == SAMPLES["vi"]
    assert "https://x.example/zh" in by_source
    assert [(e.source, e.reason) for e in errors] == [(f"{path}/empty.txt", "empty file")]


def test_tar_gz_and_zip_archives_are_read_member_by_member(tmp_path):
    tgz = tmp_path / "pages.tar.gz"
    with tarfile.open(tgz, "w:gz") as tar:
        for name, data in _members().items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    _check(tgz, *_read(tgz))
    zpath = tmp_path / "pages.zip"
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("pages/", b"")  # a folder entry: passed over
        for name, data in _members().items():
            zf.writestr(name, data)
    _check(zpath, *_read(zpath))
    # the same archive read again gives the same ids (a resumed run adds nothing)
    assert [d.id for d in _read(zpath)[0]] == [d.id for d in _read(zpath)[0]]


def test_archive_problems_are_named_and_the_batch_goes_on(tmp_path):
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr("a.txt", FR)
    outer = tmp_path / "a-nested.zip"
    with zipfile.ZipFile(outer, "w") as zf:
        zf.writestr("inner.zip", inner.getvalue())
        zf.writestr("ok.txt", FR)
    cut = tmp_path / "b-cut.tar"
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        info = tarfile.TarInfo("big.txt")
        info.size = 5000
        tar.addfile(info, io.BytesIO(b"x" * 5000))
    cut.write_bytes(buf.getvalue()[:700])  # the header and a little of the member
    good = tmp_path / "c-good.txt"
    good.write_text(FR, encoding="utf-8")
    out = list(iter_documents([str(tmp_path)], S))
    docs = [d.source for d in out if isinstance(d, Document)]
    errors = [(e.source, e.reason) for e in out if isinstance(e, ReadError)]
    assert f"{outer}/ok.txt" in docs and str(good) in docs
    assert (f"{outer}/inner.zip", "zip archive inside an archive: not read (unpack it)") in errors
    assert any(src.startswith(str(cut)) for src, _ in errors), errors
    for _, reason in errors:
        assert "\n" not in reason and reason != "unexpected reader error"


def test_office_and_epub_files_are_not_taken_for_archives_of_pages(tmp_path):
    # a .docx is a ZIP of XML parts: read member by member it gave junk documents
    docx = tmp_path / "memo.docx"
    with zipfile.ZipFile(docx, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", f"<w:document><w:p>{FR}</w:p></w:document>")
    epub = tmp_path / "book.epub"
    with zipfile.ZipFile(epub, "w") as zf:
        zf.writestr("mimetype", "application/epub+zip")
        zf.writestr("OEBPS/ch1.xhtml", html_page(FR))
    for path in (docx, epub):
        docs, errors = _read(path)
        assert not docs and len(errors) == 1
        assert errors[0].source == str(path) and "packaged document" in errors[0].reason
