"""`export` and `timeline` write the format the -o file's name says when
--format is not given: `export -o news.parquet` wrote JSON Lines and
`timeline -o story.html` JSON under those names, without a word. A --format
the name contradicts is obeyed, with a note."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsline.cli import app

runner = CliRunner()
CORPUS = Path(__file__).resolve().parents[1] / "src" / "newsline" / "sample_corpus"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("formats") / "n.db")
    res = runner.invoke(app, ["run", str(CORPUS), "--db", path, "-q"])
    assert res.exit_code == 0, res.output
    return path


def test_export_to_a_parquet_name_writes_parquet(db, tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "news.parquet"
    res = runner.invoke(app, ["export", "--db", db, "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert out.read_bytes()[:4] == b"PAR1"
    assert pq.read_table(out).num_rows == 13
    assert "note:" not in res.output


@pytest.mark.parametrize("name", ["news.jsonl", "news.txt", "news"])
def test_export_to_another_name_writes_json_lines(db, tmp_path, name):
    out = tmp_path / name
    res = runner.invoke(app, ["export", "--db", db, "-o", str(out)])
    assert res.exit_code == 0, res.output
    lines = out.read_text("utf-8").splitlines()
    assert len(lines) == 13 and json.loads(lines[0])["id"]


def test_a_format_the_name_contradicts_is_kept_with_a_note(db, tmp_path):
    out = tmp_path / "news.parquet"
    res = runner.invoke(app, ["export", "--db", db, "-f", "jsonl", "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert json.loads(out.read_text("utf-8").splitlines()[0])["id"]
    said = " ".join(res.output.split())
    assert "note: writing jsonl to" in said and "its name says parquet" in said


@pytest.mark.parametrize(
    ("name", "starts"),
    [("story.html", "<!DOCTYPE html>"), ("story.HTM", "<!DOCTYPE html>"), ("story.md", "# ")],
)
def test_timeline_to_an_html_or_markdown_name_writes_it(db, tmp_path, name, starts):
    out = tmp_path / name
    res = runner.invoke(app, ["timeline", "--db", db, "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert out.read_text("utf-8").startswith(starts)


def test_timeline_without_a_telling_name_or_to_stdout_is_json(db, tmp_path):
    out = tmp_path / "story.txt"
    assert runner.invoke(app, ["timeline", "--db", db, "-o", str(out)]).exit_code == 0
    assert "events" in json.loads(out.read_text("utf-8"))
    res = runner.invoke(app, ["timeline", "--db", db, "-o", "-"])
    assert res.exit_code == 0 and "events" in json.loads(res.stdout)


def test_timeline_format_given_wins_over_the_name(db, tmp_path):
    out = tmp_path / "story.html"
    res = runner.invoke(app, ["timeline", "--db", db, "-f", "md", "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert out.read_text("utf-8").startswith("# ")
    assert "its name says html" in " ".join(res.output.split())
