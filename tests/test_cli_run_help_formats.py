"""`newsline run --help` names every kind of file the readers take: e-mails
and saved pages (.eml, .mht) were read but missing from its list."""

from __future__ import annotations

from typer.testing import CliRunner

from newsline.cli import app

runner = CliRunner()


def test_run_help_lists_email_and_saved_page_files():
    res = runner.invoke(app, ["run", "--help"], terminal_width=200)
    assert res.exit_code == 0, res.output
    said = " ".join(res.output.split())
    for ext in (".txt", ".md", ".html", ".warc", ".jsonl", ".csv", ".rss", ".xml", ".eml", ".mht"):
        assert ext in said, ext


def test_an_email_file_is_read(tmp_path):
    (tmp_path / "brief.eml").write_text(
        "From: desk@example.org\nSubject: Morning briefing: port reopens\n"
        "Date: Tue, 14 Jan 2025 06:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
        "The northern port reopened on Monday after a week of closure caused by the storm, "
        "officials said. Shipping lines expect the backlog to clear by Friday.\n",
        encoding="utf-8",
    )
    res = runner.invoke(app, ["run", str(tmp_path / "brief.eml"), "--db", str(tmp_path / "a.db")])
    assert res.exit_code == 0, res.output
    assert "1 new" in res.output
