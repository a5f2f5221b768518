"""How rejected inputs are counted by kind (`rejection_kind`): the reason up to
its first colon, numbers written N -- but a colon inside parentheses is part
of the kind, not where its details start (a summary line once read
"binary content (a packaged document ×1", its ")" cut off)."""

from __future__ import annotations

import pytest

from newsline.pipeline import rejection_kind


@pytest.mark.parametrize(
    ("reason", "kind"),
    [
        ("invalid JSON on line 2: Expecting value (column 1)", "invalid JSON on line N"),
        ("WARC record truncated at offset 4096", "WARC record truncated at offset N"),
        ("binary content (PNG image)", "binary content (PNG image)"),
        (
            "binary content (a packaged document: Office, OpenDocument, EPUB or Java), "
            "not an archive of pages",
            "binary content (a packaged document: Office, OpenDocument, EPUB or Java), "
            "not an archive of pages",
        ),
        ("encrypted member (cipher: AES-256): skipped", "encrypted member (cipher: AES-N)"),
        ("stray ) then: detail", "stray ) then"),
        ("unclosed (paren: detail", "unclosed (paren: detail"),
        ("empty file", "empty file"),
        ("", ""),
    ],
)
def test_a_rejection_is_counted_by_its_kind(reason, kind):
    assert rejection_kind(reason) == kind


def test_every_kind_in_the_summary_closes_its_parentheses(tmp_path):
    import zipfile

    from typer.testing import CliRunner

    from newsline.cli import app

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "ok.txt").write_text("Floodwater reached the old town square on Monday. " * 8)
    with zipfile.ZipFile(pages / "notes.docx", "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    res = CliRunner().invoke(app, ["run", str(pages), "--db", str(tmp_path / "n.db"), "-q"])
    assert res.exit_code == 0, res.output
    line = next(x for x in res.output.splitlines() if x.startswith("rejected: "))
    assert "binary content (a packaged document: Office" in line
    assert line.count("(") == line.count(")"), line
