"""The browse commands' --help ends with examples, and every example runs:
`stories`, `timeline`, `show`, `search` and `serve` had none, so a user had to
go to the README to learn how an id from one command feeds the next. Each
example is run here on the sample corpus, its placeholders (STORY_ID, DOC_ID,
PAGES/...) filled in. Failed at 20f94bdf (no examples)."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsline.cli import app
from newsline.store import Store

runner = CliRunner()
SAMPLE = Path(__file__).resolve().parents[1] / "src" / "newsline" / "sample_corpus"
COMMANDS = ["stories", "timeline", "show", "search", "serve"]


def _examples(name: str) -> list[list[str]]:
    res = runner.invoke(app, [name, "--help"], env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    lines = [ln.strip(" │") for ln in res.output.splitlines()]
    return [shlex.split(ln)[1:] for ln in lines if ln.startswith(f"newsline {name} ")]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("examples")
    db = str(folder / "news.db")
    res = runner.invoke(app, ["run", str(SAMPLE), "--db", db])
    assert res.exit_code == 0, res.output
    with Store(db, readonly=True) as store:
        story = store.conn.execute("SELECT id FROM stories ORDER BY id LIMIT 1").fetchone()[0]
        # a document's id follows its path, which differs between checkouts
        doc = store.conn.execute("SELECT id FROM documents ORDER BY id LIMIT 1").fetchone()[0]
    page = SAMPLE / "en_gadgetpulse_lumora_fold3.html"
    return {
        "news.db": db,
        "STORY_ID": story,
        "DOC_ID": doc,
        "DOC_PREFIX": doc[:8],
        "PAGES/article.html": str(page),
        "story.html": str(folder / "story.html"),
    }


@pytest.mark.parametrize("name", COMMANDS)
def test_help_has_examples(name):
    assert _examples(name), f"`newsline {name} --help` shows no example"


@pytest.mark.parametrize("name", [c for c in COMMANDS if c != "serve"])
def test_every_example_runs(name, built):
    for args in _examples(name):
        filled = [built.get(a, a) for a in args]
        res = runner.invoke(app, filled)
        assert res.exit_code == 0, (filled, res.output)
        assert res.output.strip(), filled


def test_the_serve_example_starts_the_server(built, monkeypatch):
    from newsline import cli, web

    started = []
    monkeypatch.setattr(cli, "_check_listen", lambda host, port: None)
    monkeypatch.setattr(web, "serve", lambda db, host, port: started.append((db, host, port)))
    for args in _examples("serve"):
        res = runner.invoke(app, [built.get(a, a) for a in args])
        assert res.exit_code == 0, res.output
    assert started and started[0][2] == 8000


def test_the_readme_python_example_prints_events_of_the_sample(built, tmp_path, monkeypatch):
    """The README's "functions over an open Store" example, run on the sample:
    it filtered March 2024, and the sample's story is of 2025, so it printed
    nothing (and passed a path to ``export_jsonl``, which took only a file)."""
    import contextlib
    import io

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    intro = readme.index("The questions the commands answer are functions too")
    start = readme.index("```python\n", intro) + len("```python\n")
    code = readme[start : readme.index("```", start)]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news.db").symlink_to(built["news.db"])
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {"Store": Store})
    lines = out.getvalue().splitlines()
    assert lines and all(ln.startswith("2025") for ln in lines), lines
    assert (tmp_path / "vi.jsonl").read_text(encoding="utf-8").count("\n") > 0
