"""`newsline show ARCHIVE` for a tar or ZIP archive given to `run`: its
members are stored as ``ARCHIVE/MEMBER``, and show said "no document
'pack.tar.gz'" though the run had read several documents from it. It now
names the archive as an input file and lists its documents, as it does for a
feed or a JSON Lines file (a lone member is shown); a folder given to `run`
is no input file (its documents are listed as a folder's). Archives written for this test."""

from __future__ import annotations

import io
import tarfile
import zipfile

from typer.testing import CliRunner

from newsline.cli import app
from newsline.runner import run_corpus
from newsline.settings import Settings

SEVILLA = (
    "El ayuntamiento de Sevilla aprobó el martes un plan de sombra para las calles del centro."
)
GRAZ = "Die Stadt Graz hat am Montag einen neuen Radweg entlang der Mur eröffnet, teilte sie mit."
OSLO = "Oslo kommune åpnet en ny trikkelinje til Tonsenhagen på fredag, opplyste byrådet."


def _tar(path, members: dict[str, bytes]) -> None:
    with tarfile.open(path, "w:gz") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))


def test_show_names_an_archive_and_lists_its_documents(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("x.txt", OSLO)
    _tar(
        folder / "pack.tar.gz",
        {"a.txt": SEVILLA.encode(), "b.txt": GRAZ.encode(), "inner.zip": inner.getvalue()},
    )
    with zipfile.ZipFile(folder / "one.zip", "w") as z:
        z.writestr("news/oslo.txt", OSLO)
    monkeypatch.chdir(tmp_path)
    run_corpus(["in"], "n.db", settings=Settings(workers=1))

    cli = CliRunner()
    for typed in ("in/pack.tar.gz", "pack.tar.gz", str(folder / "pack.tar.gz")):
        res = cli.invoke(app, ["show", typed, "--db", "n.db"])
        assert res.exit_code == 2, res.output
        out = " ".join(res.output.split())
        assert "is an input file: 2 documents" in out, out
        assert "1 record of it rejected" in out, out  # the archive inside it
        assert "in/pack.tar.gz/a.txt" in out and "in/pack.tar.gz/b.txt" in out, out

    one = cli.invoke(app, ["show", "one.zip", "--db", "n.db"])
    assert one.exit_code == 0, one.output
    assert "in/one.zip/news/oslo.txt" in one.output

    # a folder is no input file: its documents are listed as a folder's
    # (tests/test_show_folder.py); it said "no document 'in'"
    folder_typed = cli.invoke(app, ["show", "in", "--db", "n.db"])
    assert folder_typed.exit_code == 2
    out = " ".join(folder_typed.output.split())
    assert "'in' is a folder: 3 documents" in out and "input file" not in out, out
