"""A folder walked for inputs passes over its hidden entries, as a shell glob
does: a git checkout's ``.git`` (its HEAD and config were stored as news), a
``.gitignore``, macOS's ``.DS_Store``, its ``._`` copies and its ``__MACOSX``
folder (rejected as "binary content", each an error line). They are counted,
never dropped without a word; a hidden file named on the command line is read."""

from __future__ import annotations

from collections import Counter

from typer.testing import CliRunner

from newsline.cli import app
from newsline.readers import iter_input_files
from newsline.readers.inputs import hidden_key
from newsline.settings import Settings

ARTICLE = (
    "Hochwasser in der Altstadt geht zurück\n\n"
    "Der Pegel des Flusses ist seit Mittwochabend um einen halben Meter gesunken, "
    "teilte die Stadtverwaltung mit. Die Sperrung der Uferstraße bleibt bis Freitag.\n"
)


def _folder(tmp_path):
    root = tmp_path / "inbox"
    (root / "2024" / ".git" / "objects").mkdir(parents=True)
    (root / "2024" / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (root / "2024" / ".git" / "objects" / "ab").write_bytes(b"x\x9c\x01\x00")
    (root / "2024" / "hochwasser.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "2024" / "._hochwasser.txt").write_bytes(b"\x00\x05\x16\x07\x00\x02Mac OS X")
    (root / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1\x00")
    (root / ".gitignore").write_text("*.db\n")
    (root / "__MACOSX" / "2024").mkdir(parents=True)
    (root / "__MACOSX" / "2024" / "._hochwasser.txt").write_bytes(b"\x00\x05\x16\x07")
    (root / "notes.md").write_text("# Notizen\n\nNoch offen: Zahlen der Feuerwehr.\n")
    return root


def test_the_walk_passes_over_hidden_entries_and_counts_them(tmp_path):
    root = _folder(tmp_path)
    hidden: Counter[str] = Counter()
    got = list(iter_input_files([str(root)], Settings(), hidden))
    assert got == [str(root / "2024" / "hochwasser.txt"), str(root / "notes.md")]
    assert hidden == {".DS_Store": 1, ".gitignore": 1, "__MACOSX/": 1, ".git/": 1, "._*": 1}


def test_with_skip_hidden_off_every_entry_is_walked(tmp_path):
    root = _folder(tmp_path)
    settings = Settings()
    settings.read.skip_hidden = False
    hidden: Counter[str] = Counter()
    got = [str(x) for x in iter_input_files([str(root)], settings, hidden)]
    assert str(root / "2024" / ".git" / "HEAD") in got
    assert str(root / ".DS_Store") in got and not hidden


def test_a_hidden_path_named_on_the_command_line_is_read(tmp_path):
    page = tmp_path / ".draft.txt"
    page.write_text(ARTICLE, encoding="utf-8")
    folder = tmp_path / ".cache" / "pages"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    got = list(iter_input_files([str(page), str(folder)], Settings(), Counter()))
    assert got == [str(page), str(folder / "a.txt")]


def test_hidden_keys():
    assert hidden_key(".git", True) == ".git/"
    assert hidden_key("._a.html", False) == "._*"
    assert hidden_key(".DS_Store", False) == ".DS_Store"
    assert hidden_key("__MACOSX", True) == "__MACOSX/"
    assert hidden_key("__MACOSX", False) is None  # a file of that name is no folder
    assert hidden_key("a.html", False) is None
    assert hidden_key("index.html", True) is None


def test_the_run_says_what_it_passed_over(tmp_path):
    root = _folder(tmp_path)
    db = str(tmp_path / "n.db")
    res = CliRunner().invoke(app, ["run", str(root), "--db", db, "-q"])
    assert res.exit_code == 0, res.output
    said = " ".join(res.output.split())
    assert "read 2 documents" in said and "0 rejected" in said, said
    assert "passed over: 5 hidden files and folders (" in said, said
    runs = CliRunner().invoke(app, ["runs", "--db", db])
    assert "5 hidden files and folders" in " ".join(runs.output.split())


def test_hidden_member_keys():
    from newsline.readers.inputs import hidden_member_key

    assert hidden_member_key("__MACOSX/pages/._a.html") == "__MACOSX/"
    assert hidden_member_key("pages/.DS_Store") == ".DS_Store"
    assert hidden_member_key("./pages/a.html") is None  # a tar of "."
    assert hidden_member_key("pages/._a.html") == "._*"
    assert hidden_member_key("repo/.git/HEAD") == ".git/"
    assert hidden_member_key("pages/a.html") is None


def test_an_archive_passes_over_its_hidden_members(tmp_path):
    import io
    import tarfile
    import zipfile

    from newsline.model import PassedOver
    from newsline.readers import read_path

    with zipfile.ZipFile(tmp_path / "pages.zip", "w") as z:
        z.writestr("pages/hochwasser.txt", ARTICLE)
        z.writestr("__MACOSX/pages/._hochwasser.txt", b"\x00\x05\x16\x07\x00\x02Mac OS X")
        z.writestr("pages/.DS_Store", b"\x00\x00\x00\x01Bud1\x00")
    with tarfile.open(tmp_path / "pages.tar.gz", "w:gz") as t:
        for name, data in (("./hochwasser.txt", ARTICLE.encode()), ("./.gitignore", b"*.db\n")):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
    for archive, hidden in (
        ("pages.zip", {"hidden:__MACOSX/": 1, "hidden:.DS_Store": 1}),
        ("pages.tar.gz", {"hidden:.gitignore": 1}),
    ):
        got = list(read_path(str(tmp_path / archive), Settings(), passed_over=True))
        docs = [x for x in got if type(x).__name__ == "Document"]
        assert len(docs) == 1 and "Hochwasser" in docs[0].text, got
        assert [x.counts for x in got if type(x) is PassedOver] == [hidden]
