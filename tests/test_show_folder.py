"""`newsline show FOLDER` lists the documents read from under the folder
(the first few, how many in all) instead of saying "no document", as if the
folder had given nothing; typed as given to `run`, from another folder, with
a trailing slash or as an absolute path. A sibling folder whose name only
starts the same is not it."""

from __future__ import annotations

from typer.testing import CliRunner

from newsline.cli import app
from newsline.runner import run_corpus
from newsline.settings import Settings

PAGES = {
    "kenh/a.txt": "Hội An mở thêm ba tuyến phố đi bộ vào cuối tuần, theo thông báo của thành phố.",
    "kenh/sub/b.txt": "Die Stadt Linz eröffnet im Mai eine neue Fähre über die Donau, "
    "sagte der Bürgermeister.",
    "kenh2/c.txt": "La ville de Nantes ouvre une nouvelle ligne de tramway vers l'aéroport "
    "en juin prochain.",
}


def _built(tmp_path, monkeypatch):
    for rel, text in PAGES.items():
        (tmp_path / "proj" / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "proj" / rel).write_text(text, "utf-8")
    monkeypatch.chdir(tmp_path / "proj")
    run_corpus(["kenh", "kenh2"], "n.db", settings=Settings(workers=1))


def test_show_a_folder_lists_its_documents(tmp_path, monkeypatch):
    _built(tmp_path, monkeypatch)
    cli = CliRunner()
    for typed in ("kenh", "kenh/", "./kenh", str(tmp_path / "proj" / "kenh")):
        res = cli.invoke(app, ["show", typed, "--db", "n.db"])
        assert res.exit_code == 2, res.output
        out = " ".join(res.output.split())
        assert "is a folder: 2 documents" in out, out
        assert "kenh/a.txt" in out and "kenh/sub/b.txt" in out and "kenh2" not in out, out
    monkeypatch.chdir(tmp_path)  # typed from the folder above the run's
    res = cli.invoke(app, ["show", "proj/kenh", "--db", "proj/n.db"])
    assert "is a folder: 2 documents" in " ".join(res.output.split()), res.output


def test_a_folder_with_many_documents_says_how_many_more(tmp_path, monkeypatch):
    for i in range(7):
        (tmp_path / "many").mkdir(exist_ok=True)
        (tmp_path / "many" / f"p{i}.txt").write_text(
            f"Bản tin số {i}: mưa lớn kéo dài ở các tỉnh miền Trung trong tuần này.", "utf-8"
        )
    monkeypatch.chdir(tmp_path)
    run_corpus(["many"], "n.db", settings=Settings(workers=1))
    res = CliRunner().invoke(app, ["show", "many", "--db", "n.db"])
    out = " ".join(res.output.split())
    assert res.exit_code == 2 and "is a folder: 7 documents" in out and "… and 2 more" in out, out


def test_a_folder_nothing_was_read_from_is_still_no_document(tmp_path, monkeypatch):
    _built(tmp_path, monkeypatch)
    (tmp_path / "proj" / "empty").mkdir()
    for typed in ("empty", "ken"):
        res = CliRunner().invoke(app, ["show", typed, "--db", "n.db"])
        assert res.exit_code == 2
        assert f"no document '{typed}'" in res.output
