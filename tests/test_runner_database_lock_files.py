"""A folder that holds another newsline database: the database is rejected as
binary, and its writer lock ("X.db.lock", a pid) is passed over and counted,
not stored as a one-line text document. Found by a user's walk (session 29)."""

from __future__ import annotations

from newsline.pipeline import passed_over_text
from newsline.runner import run_corpus
from newsline.store import Store

PAGE = (
    "La municipalidad de Arequipa inauguró el lunes un nuevo puente peatonal sobre el río Chili, "
    "tras dos años de obras y una inversión de 12 millones de soles.\n"
)


def test_another_databases_lock_is_passed_over_and_counted(tmp_path):
    old = tmp_path / "archive"
    old.mkdir()
    run_corpus([str(_page(old, "a.txt"))], old / "old.db")
    (old / "old.db.lock").write_text("4242", encoding="utf-8")  # as a live writer leaves it
    res = run_corpus([str(old)], tmp_path / "new.db")
    assert res.report.read == 1  # the page alone: no "4242" document
    assert res.report.passed_over == {"database lock:old.db.lock": 1}
    assert "1 database's lock file (old.db.lock ×1)" in passed_over_text(res.report.passed_over)
    with Store(tmp_path / "new.db") as s:
        texts = [d.text for d in s.iter_documents()]
    assert all("4242" not in t for t in texts)


def test_a_lock_named_file_without_a_database_beside_it_is_read(tmp_path):
    # a text that merely ends in .lock, with no SQLite file of that name
    (tmp_path / "notes.lock").write_text(PAGE, encoding="utf-8")
    (tmp_path / "notes").write_text("not a database\n", encoding="utf-8")
    res = run_corpus([str(tmp_path / "notes.lock")], tmp_path / "n.db")
    assert res.report.read == 1 and not res.report.passed_over


def _page(folder, name):
    p = folder / name
    p.write_text(PAGE, encoding="utf-8")
    return p
