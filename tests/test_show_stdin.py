"""A page piped in (``newsline run -``) is found again by the name it was
given: ``newsline show -``. It is stored under "<stdin>", and "-" found
nothing ("no document"), though the run had just said it stored one."""

from __future__ import annotations

from typer.testing import CliRunner

from newsline.cli import app
from newsline.store import Store

runner = CliRunner()

PAGE = (
    "Cảng Cái Mép đón tàu container lớn nhất từ trước tới nay\n\n"
    "Sáng 14/3, cảng Cái Mép đón con tàu dài 400 mét, chở hơn 20.000 container, "
    "theo Cảng vụ Hàng hải Vũng Tàu. Đây là lần đầu một con tàu cỡ này cập cảng Việt Nam.\n"
)


def test_show_dash_finds_the_page_read_from_standard_input(tmp_path):
    db = str(tmp_path / "n.db")
    res = runner.invoke(app, ["run", "-", "--db", db], input=PAGE.encode())
    assert res.exit_code == 0, res.output
    shown = runner.invoke(app, ["show", "-", "--db", db], terminal_width=200)
    assert shown.exit_code == 0, shown.output
    assert "Cái Mép" in shown.output
    store = Store(db, readonly=True)
    try:
        assert store.find_document_id("-") == store.find_document_id("<stdin>") is not None
        assert [d["source"] for d in store.documents_named("-")] == ["<stdin>"]
    finally:
        store.close()


def test_a_file_named_like_a_dash_word_is_still_its_own_name(tmp_path):
    page = tmp_path / "-x.txt"
    page.write_text(PAGE, encoding="utf-8")
    db = str(tmp_path / "n.db")
    assert runner.invoke(app, ["run", str(page), "--db", db]).exit_code == 0
    store = Store(db, readonly=True)
    try:
        assert store.find_document_id("-") is None
        assert store.find_document_id(str(page)) is not None
    finally:
        store.close()
