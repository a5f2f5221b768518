"""`--help` says plainly where `export` and `timeline` write: standard
output without -o (or with -), a file's missing folder made, and that
Parquet needs a file. It said "Output file (JSONL: default, or -, stdout)"
and "Output file (default, or -: stdout)", which read as if a default file
existed. Failed at eb8935f3."""

from __future__ import annotations

from typer.testing import CliRunner

from newsline.cli import app

runner = CliRunner()


def _help(command: str) -> str:
    res = runner.invoke(app, [command, "--help"], env={"COLUMNS": "300"})
    assert res.exit_code == 0, res.output
    return " ".join(res.output.replace("│", " ").split())


def test_export_help_says_where_it_writes():
    said = _help("export")
    assert "JSONL goes to standard output without it, or with -; Parquet needs a file." in said
    assert "its folder is made if missing" in said


def test_timeline_help_says_where_it_writes():
    said = _help("timeline")
    assert "without it, or with -, standard output." in said
    assert "its folder is made if missing" in said
