"""Each run lists exactly the errors it counted, also after a later run met
the same problems again, and a database written before the run-error links
existed opens, keeps its runs' lists and is migrated once."""

import sqlite3

from typer.testing import CliRunner

from newsline.cli import app
from newsline.model import ReadError
from newsline.runner import run_corpus
from newsline.store import SCHEMA_VERSION, Store


def _bad_inputs(folder):
    folder.mkdir()
    (folder / "empty.html").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b"   \n\n  ")
    (folder / "good.txt").write_text("A plain article about the harbour opening.\n", "utf-8")
    return folder


def test_a_run_keeps_its_errors_when_a_later_run_meets_them_again(tmp_path):
    src = _bad_inputs(tmp_path / "in")
    db = tmp_path / "n.db"
    first = run_corpus([str(src)], db)
    second = run_corpus([str(src)], db)  # the bad files are read (and rejected) again
    assert first.report.rejected == second.report.rejected == 2
    with Store(db, readonly=True) as s:
        runs = {r["id"]: r for r in s.runs()}
        assert len(s.errors()) == 2  # one row per problem, as before
    for run in (first, second):
        listed = runs[run.run_id]["errors"]
        assert len(listed) == run.report.rejected
        assert sorted(e["source"] for e in listed) == sorted(
            str(src / n) for n in ("blank.txt", "empty.html")
        )
        assert runs[run.run_id]["report"]["rejected"] == sum(e["count"] for e in listed)


def test_the_same_problem_twice_in_one_run_is_counted_twice(tmp_path):
    with Store(tmp_path / "a.db") as s:
        run = s.start_run(["x"])
        e = ReadError("/x/bad.gz", "truncated gzip stream", "after 10 bytes")
        s.record_errors(run, [e, e])
        (listed,) = s.runs()[0]["errors"]
        assert listed["count"] == 2 and listed["detail"] == "after 10 bytes"


def test_runs_command_lists_each_runs_own_errors(tmp_path):
    src = _bad_inputs(tmp_path / "in")
    db = tmp_path / "n.db"
    run_corpus([str(src)], db)
    run_corpus([str(src)], db)
    out = CliRunner().invoke(app, ["runs", "--db", str(db)]).output
    assert out.count("empty.html") == 2 and out.count("blank.txt") == 2, out


def _version_1(db):
    """A database as version 1 wrote it: no run_errors table, schema_version 1,
    and one error row per (source, reason) under the last run that met it."""
    with Store(db) as s:
        for run in (1, 2):
            s.conn.execute(
                "INSERT INTO runs(id, started, status, report) VALUES (?, 't', 'finished', ?)",
                (run, '{"rejected": 1}'),
            )
        s.conn.execute("DROP TABLE IF EXISTS run_errors")
        s.conn.execute("UPDATE meta SET value='1' WHERE key='schema_version'")
        s.conn.executemany(
            "INSERT INTO errors(run_id, source, reason, detail, at) VALUES (?,?,?,?,?)",
            [
                (1, "/in/a.gz", "truncated gzip stream", "", "t1"),
                (2, "/in/b", "empty file", "", "t2"),
            ],
        )
        s.conn.commit()


def test_an_old_database_is_read_then_migrated_once(tmp_path):
    db = tmp_path / "old.db"
    _version_1(db)
    with Store(db, readonly=True) as s:  # read-only: not migrated, still listed
        runs = {r["id"]: r for r in s.runs()}
        assert [e["source"] for e in runs[1]["errors"]] == ["/in/a.gz"]
        assert [e["source"] for e in runs[2]["errors"]] == ["/in/b"]
    for _ in range(2):  # opened for writing twice: migrated once, no doubled links
        with Store(db) as s:
            pass
    with sqlite3.connect(db) as c:
        assert c.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == str(
            SCHEMA_VERSION
        )
        assert c.execute("SELECT count(*) FROM run_errors").fetchone()[0] == 2
    with Store(db) as s:
        s.record_errors(3, [ReadError("/in/a.gz", "truncated gzip stream")])
        runs = {r["id"]: r for r in s.runs()}
        assert [e["source"] for e in runs[1]["errors"]] == ["/in/a.gz"]  # kept by run 1
        assert len(s.errors()) == 2


def test_a_run_into_an_old_database_works(tmp_path):
    db = tmp_path / "old.db"
    _version_1(db)
    src = _bad_inputs(tmp_path / "in")
    res = run_corpus([str(src)], db)
    with Store(db, readonly=True) as s:
        runs = {r["id"]: r for r in s.runs()}
    assert len(runs[res.run_id]["errors"]) == 2 and res.report.processed == 1


def test_an_interrupted_run_lists_the_errors_its_report_counts(tmp_path):
    """Ctrl-C (KeyboardInterrupt) after three rejections, before any batch was
    committed: the report says rejected=3, and so does the run's list."""
    import pytest

    src = tmp_path / "in"
    src.mkdir()
    for i in range(5):
        (src / f"empty{i}.html").write_bytes(b"")
    (src / "good.txt").write_text("A plain article about the harbour opening.\n", "utf-8")
    seen = []

    def progress(event, data):
        if event == "rejected":
            seen.append(data)
            if len(seen) == 3:
                raise KeyboardInterrupt

    db = tmp_path / "n.db"
    with pytest.raises(KeyboardInterrupt):
        run_corpus([str(src)], db, progress=progress)
    with Store(db, readonly=True) as s:
        (run,) = s.runs()
    assert run["status"] == "interrupted" and run["report"]["rejected"] == 3
    assert sorted(e["source"] for e in run["errors"]) == [
        str(src / f"empty{i}.html") for i in range(3)
    ]
    resumed = run_corpus([str(src)], db)  # all five, read again, listed with the new run
    with Store(db, readonly=True) as s:
        runs = {r["id"]: r for r in s.runs()}
    assert len(runs[resumed.run_id]["errors"]) == resumed.report.rejected == 5
