"""`newsline run` prints its per-stage table only when a document went through
the stages. A run that read nothing (a mistyped folder, every file unchanged
since the last run) printed a table of zeros under its one useful line. A run
whose every input is missing makes no database: a typo left an empty one
(and its lock file) behind."""

from __future__ import annotations

from typer.testing import CliRunner

from newsline.cli import app

runner = CliRunner()

PAGE = (
    "Ferry service resumes after the storm\n\n"
    "The island ferry ran again on Thursday morning after two days in port, the operator "
    "said, with extra sailings added to clear the queue of lorries waiting on the quay.\n"
)


def test_a_run_that_read_nothing_prints_no_stage_table(tmp_path):
    missing = str(tmp_path / "no-such-folder")
    res = runner.invoke(app, ["run", missing, "--db", str(tmp_path / "a.db")])
    assert res.exit_code == 3, res.output
    assert "no such file or directory" in res.output
    assert "per stage" not in res.output


def test_a_run_of_mistyped_inputs_makes_no_database(tmp_path):
    args = [str(tmp_path / "no-such-folder"), str(tmp_path / "pages" / "*.html")]
    res = runner.invoke(app, ["run", *args, "--db", str(tmp_path / "a.db")])
    assert res.exit_code == 3, res.output
    said = " ".join(res.output.split())
    assert "no-such-folder: no such file or directory" in said
    assert "*.html: no files match pattern" in said and "was not made" in said
    assert list(tmp_path.iterdir()) == []


def test_a_stored_database_records_the_mistyped_run(tmp_path):
    (tmp_path / "ferry.txt").write_text(PAGE, encoding="utf-8")
    db = str(tmp_path / "a.db")
    assert runner.invoke(app, ["run", str(tmp_path / "ferry.txt"), "--db", db]).exit_code == 0
    res = runner.invoke(app, ["run", str(tmp_path / "nope"), "--db", db])
    assert res.exit_code == 3, res.output
    runs = runner.invoke(app, ["runs", "--db", db]).output
    assert "nope: no such file or directory" in runs


def test_a_pattern_that_matches_is_read(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "ferry.txt").write_text(PAGE, encoding="utf-8")
    pattern = str(tmp_path / "pages" / "*.txt")
    res = runner.invoke(app, ["run", pattern, "--db", str(tmp_path / "a.db"), "-q"])
    assert res.exit_code == 0 and "1 new" in res.output, res.output


def test_a_rerun_over_unchanged_files_prints_no_stage_table(tmp_path):
    (tmp_path / "ferry.txt").write_text(PAGE, encoding="utf-8")
    args = ["run", str(tmp_path / "ferry.txt"), "--db", str(tmp_path / "a.db")]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    assert "per stage" in first.output
    again = runner.invoke(app, args)
    assert again.exit_code == 0, again.output
    assert "1 unchanged file not read again" in " ".join(again.output.split())
    assert "per stage" not in again.output
