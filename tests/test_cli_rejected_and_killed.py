"""What the shell says about an input that was rejected and a run that was
killed: why, instead of a bare 'no document' or a row of question marks."""

from __future__ import annotations

import gzip
import os

from typer.testing import CliRunner

from newsline.cli import app
from newsline.runner import run_corpus
from newsline.store import Store

runner = CliRunner()
BODY = "The harbour crane lifted its first container on Monday, the port authority said.\n"


def test_show_of_a_rejected_input_says_why(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    os.mkdir("in")
    open("in/empty.html", "wb").close()
    with open("in/good.txt", "w", encoding="utf-8") as f:
        f.write(BODY)
    run_corpus(["in"], "n.db")
    res = runner.invoke(app, ["show", "in/empty.html", "--db", "n.db"])
    assert res.exit_code == 2
    assert "not stored" in res.output and "empty file (run 1)" in res.output
    # a name that was never an input still gets the bare answer
    res = runner.invoke(app, ["show", "in/other.html", "--db", "n.db"])
    assert res.exit_code == 2 and "not stored" not in res.output


def test_runs_says_a_killed_run_left_no_report(tmp_path):
    db = tmp_path / "n.db"
    with Store(db) as s:
        s.start_run(["in"])
        # the pid of a process that is gone: kill -9 left the row 'running'
        s.conn.execute("UPDATE runs SET pid=?", (2**22 + 12345,))
        s.conn.commit()
    res = runner.invoke(app, ["runs", "--db", str(db)])
    assert res.exit_code == 0
    assert "interrupted" in res.output and "killed before it could write one" in res.output


def test_runs_of_a_finished_run_says_nothing_of_a_kill(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(BODY, "utf-8")
    run_corpus([str(src)], tmp_path / "n.db")
    res = runner.invoke(app, ["runs", "--db", str(tmp_path / "n.db")])
    assert "killed" not in res.output


def test_a_gzipped_jsonl_damaged_before_its_first_line_says_so(tmp_path):
    path = tmp_path / "rows.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"text": "x"}\n')[:4] + b"\x00" * 40)
    res = run_corpus([str(path)], tmp_path / "n.db")
    (err,) = res.errors
    assert "before line 1" in err.reason and "line 0" not in err.reason
