"""An untitled document is named by the last part of its source. A file name
that is not UTF-8 is stored with its stray bytes written ``\\xNN``
("caf\\xe9.txt"), and that backslash was taken for a Windows separator: the
page was named "xe9.txt"."""

from __future__ import annotations

import os

import pytest
from fastapi.testclient import TestClient

from newsline.web.app import _basename, create_app


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("pages/caf\\xe9-notes.txt", "caf\\xe9-notes.txt"),
        ("pages/\\xc4\\xe4rt\\xf6.txt", "\\xc4\\xe4rt\\xf6.txt"),
        ("C:\\corpus\\2024\\a.html", "a.html"),
        ("https://news.example/world/", "world"),
        ("pages/a.txt", "a.txt"),
        (None, ""),
    ],
)
def test_the_name_of_an_untitled_document(source, name):
    assert _basename(source) == name


def test_a_latin1_file_name_names_its_untitled_page_whole(tmp_path):
    from typer.testing import CliRunner

    from newsline.cli import app

    pages = tmp_path / "pages"
    pages.mkdir()
    name = os.fsdecode(b"caf\xe9-xuat-khau.txt")
    (pages / name).write_text(
        "Xuất khẩu cà phê tăng mạnh trong quý một nhờ giá thế giới ở mức cao, "
        "theo số liệu của hiệp hội ngành hàng công bố sáng thứ Hai.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "n.db")
    assert CliRunner().invoke(app, ["run", str(pages), "--db", db, "-q"]).exit_code == 0
    with TestClient(create_app(db)) as client:
        listing = client.get("/documents")
        assert listing.status_code == 200
        assert "caf\\xe9-xuat-khau.txt" in listing.text
        assert ">xe9-xuat-khau.txt" not in listing.text
