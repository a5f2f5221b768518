"""The command line: run, export, show, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsline.cli import app

runner = CliRunner()


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "newsline.cli", *args], capture_output=True, text=True, timeout=600
    )


def test_seeds_run_and_export_give_five_exact_records(seeds_dir, tmp_path):
    db, out = str(tmp_path / "s.db"), str(tmp_path / "s.jsonl")
    r = _run("run", str(seeds_dir), "--db", db)
    assert r.returncode == 0, r.stderr
    r = _run("export", "--db", db, "--format", "jsonl", "-o", out)
    assert r.returncode == 0, r.stderr
    records = [json.loads(x) for x in Path(out).read_text("utf-8").splitlines()]
    assert len(records) == 5
    originals = {str(p.resolve()): p.read_text("utf-8") for p in seeds_dir.iterdir()}
    for rec in records:
        for key in ("id", "source", "lang", "title", "published", "text", "blocks", "flags"):
            assert key in rec
        original = originals[str(Path(rec["source"]).resolve())]
        assert rec["blocks"], rec["source"]
        for b in rec["blocks"]:
            assert original[b["start"] : b["end"]] == b["text"]
            assert {"start", "end", "text", "label", "lang", "reasons"} <= set(b)
        for f in rec["flags"]:
            assert f["kind"] and f["reason"]


def test_parquet_export(seeds_dir, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["run", str(seeds_dir), "--db", db, "-q"]).exit_code == 0
    out = tmp_path / "s.parquet"
    res = runner.invoke(app, ["export", "--db", db, "--format", "parquet", "-o", str(out)])
    assert res.exit_code == 0, res.output
    table = pq.read_table(out)
    assert table.num_rows == 5
    assert {"id", "source", "lang", "title", "published", "text", "blocks", "flags"} <= set(
        table.column_names
    )


def test_nothing_readable_exits_3(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    res = runner.invoke(
        app,
        [
            "run",
            str(tmp_path / "empty.txt"),
            str(tmp_path / "nope"),
            "--db",
            str(tmp_path / "a.db"),
            "-q",
        ],
    )
    assert res.exit_code == 3
    assert "nope" in res.output and "empty.txt" in res.output


def test_unwritable_database_exits_4(tmp_path):
    (tmp_path / "a.txt").write_text("Some text here.", "utf-8")
    (tmp_path / "file").write_text("x")
    res = runner.invoke(
        app, ["run", str(tmp_path / "a.txt"), "--db", str(tmp_path / "file" / "x.db"), "-q"]
    )
    assert res.exit_code == 4
    assert "cannot" in res.output


def test_second_concurrent_run_is_refused(tmp_path):
    from newsline.store import Store

    (tmp_path / "a.txt").write_text("Some text here.", "utf-8")
    db = str(tmp_path / "a.db")
    holder = Store(db)
    holder.acquire_writer_lock()
    try:
        res = runner.invoke(app, ["run", str(tmp_path / "a.txt"), "--db", db, "-q"])
    finally:
        holder.close()
    assert res.exit_code == 4
    assert "another newsline run" in res.output


def test_show_prints_blocks_with_labels(sample_corpus, tmp_path):
    db = str(tmp_path / "a.db")
    assert runner.invoke(app, ["run", str(sample_corpus), "--db", db, "-q"]).exit_code == 0
    from newsline.store import Store

    with Store(db) as s:
        doc = next(s.iter_documents())
    res = runner.invoke(app, ["show", doc.source, "--db", db])
    assert res.exit_code == 0, res.output
    assert doc.id in res.output and "body" in res.output
    # README: 1 is an internal error; a document that is not there is a usage error
    assert runner.invoke(app, ["show", "nonexistent", "--db", db]).exit_code == 2


def test_stdin_input(tmp_path):
    db = str(tmp_path / "a.db")
    res = runner.invoke(
        app, ["run", "-", "--db", db, "-q"], input="Một bài báo ngắn về Nhật Bản.\n"
    )
    assert res.exit_code == 0, res.output


def test_help_reads_well():
    res = runner.invoke(app, ["--help"])
    assert res.exit_code == 0
    for cmd in ("run", "export", "show", "stories", "timeline", "serve", "report", "demo"):
        assert cmd in res.output


def test_demo_runs_on_bundled_corpus(tmp_path):
    res = _run("demo", "--workdir", str(tmp_path / "demo"))
    assert res.returncode == 0, res.stderr
    assert (tmp_path / "demo" / "demo.db").exists()
    lines = (tmp_path / "demo" / "demo.jsonl").read_text("utf-8").splitlines()
    assert len(lines) >= 10
    assert "database" in res.stdout


def test_stories_json_and_topic_level(seeds_dir, tmp_path):
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["run", str(seeds_dir), "--db", db, "-q"]).exit_code == 0
    res = runner.invoke(app, ["stories", "--db", db])
    assert res.exit_code == 0, res.output
    stories = json.loads(res.output)["stories"]
    assert stories and {"id", "title", "languages", "start", "end", "documents"} <= set(stories[0])
    # The five seeds tell one story (Japan and NATO) in Vietnamese and Thai.
    biggest = max(stories, key=lambda s: len(s["documents"]))
    assert len(biggest["documents"]) == 5 and set(biggest["languages"]) == {"vi", "th"}
    res = runner.invoke(app, ["stories", "--db", db, "--level", "topic"])
    topics = json.loads(res.output)["topics"]
    assert sum(len(t["documents"]) for t in topics) == 5
    assert all(t["stories"] for t in topics)


def test_tokenisers_do_not_log_into_the_output(tmp_path):
    """jieba logs its dictionary loading ("Prefix dict has been built") to
    stderr; newsline silences it wherever jieba is first used -- here the
    foreign-paragraph check of a Vietnamese page quoting Chinese."""
    page = tmp_path / "trang.txt"
    page.write_text(
        "Hội nghị thượng đỉnh khu vực khai mạc tại Viêng Chăn với sự tham dự của mười nước.\n"
        "Ông Lars Rasmussen, đặc phái viên của Liên minh, đã gặp các bộ trưởng để thảo luận "
        "về hợp tác kinh tế, an ninh lương thực và biến đổi khí hậu.\n"
        "拉斯穆森特使在会上发表讲话，呼吁各方加强合作，共同应对气候变化带来的挑战。\n"
        "Tuyên bố chung dự kiến được thông qua vào ngày cuối cùng của hội nghị thượng đỉnh.\n",
        "utf-8",
    )
    res = _run("run", str(page), "--db", str(tmp_path / "t.db"), "--quiet")
    assert res.returncode == 0, res.stderr
    assert "prefix dict" not in (res.stdout + res.stderr).lower()


def test_export_and_show_carry_author_and_site_name(tmp_path):
    # the page states its author and site in <meta>; an analyst exporting
    # the corpus needs "who wrote it" without re-reading the HTML
    page = tmp_path / "a.html"
    page.write_text(
        '<html lang="es"><head><meta charset="utf-8"><title>Cierra el puente viejo</title>'
        '<meta name="author" content="Lucía Ferrández">'
        '<meta property="og:site_name" content="Diario del Alto Ebro"></head><body>'
        "<h1>Cierra el puente viejo</h1><p>El Ayuntamiento ha ordenado el cierre inmediato "
        "al tráfico del puente viejo sobre el río después de que una inspección revelara "
        "grietas en dos de sus cinco pilares.</p></body></html>",
        encoding="utf-8",
    )
    db, out = str(tmp_path / "a.db"), tmp_path / "a.jsonl"
    assert runner.invoke(app, ["run", str(page), "--db", db, "-q"]).exit_code == 0
    res = runner.invoke(app, ["export", "--db", db, "--format", "jsonl", "-o", str(out)])
    assert res.exit_code == 0, res.output
    (rec,) = [json.loads(x) for x in out.read_text("utf-8").splitlines()]
    assert rec["author"] == "Lucía Ferrández"
    assert rec["sitename"] == "Diario del Alto Ebro"
    res = runner.invoke(app, ["show", str(page), "--db", db])
    assert "Lucía Ferrández" in res.output and "Diario del Alto Ebro" in res.output


def test_brackets_in_titles_and_paths_print_literally(tmp_path):
    # rich reads "[...]" as markup: a title holding "[/]" crashed `show`
    # (MarkupError), and a file named "[red]x.txt" lost its brackets in the
    # run's "rejected" line and in `newsline runs`
    page = tmp_path / "odd [bold] name.txt"
    page.write_text(
        "Markets [/] fall [bold]sharply\n\nStocks fell [/red] on Monday after "
        "the bank said inflation [x] stayed high. Traders said so.\n",
        "utf-8",
    )
    (tmp_path / "[red]empty.txt").write_bytes(b"")
    db = str(tmp_path / "a.db")
    res = runner.invoke(app, ["run", str(tmp_path), "--db", db, "-q"])
    assert res.exit_code == 0, res.output
    assert "[red]empty.txt" in res.output
    res = runner.invoke(app, ["runs", "--db", db])
    assert res.exit_code == 0, res.output
    assert "[red]empty.txt" in res.output
    res = runner.invoke(app, ["show", str(page), "--db", db])
    assert res.exit_code == 0, res.output
    assert "Markets [/] fall [bold]sharply" in res.output
    assert "[/red]" in res.output and "[bold] name.txt" in res.output
    res = runner.invoke(app, ["show", "[/x]", "--db", db])
    assert res.exit_code == 2 and "no document '[/x]'" in res.output


def test_timeline_of_an_unknown_story_is_an_error(sample_corpus, tmp_path):
    # a mistyped story id printed an empty timeline and exited 0, as if the
    # story had no events
    db = str(tmp_path / "a.db")
    assert runner.invoke(app, ["run", str(sample_corpus), "--db", db, "-q"]).exit_code == 0
    for fmt in ("json", "md", "html"):
        res = runner.invoke(app, ["timeline", "--db", db, "--story", "story-nope", "-f", fmt])
        assert res.exit_code == 2, res.output
        assert "no story 'story-nope'" in res.output
    res = runner.invoke(app, ["stories", "--db", db])
    sid = json.loads(res.output)["stories"][0]["id"]
    res = runner.invoke(app, ["timeline", "--db", db, "--story", sid])
    assert res.exit_code == 0, res.output
    assert "events" in json.loads(res.output)


def test_outputs_that_cannot_be_written_are_clear_errors(sample_corpus, tmp_path):
    # an -o path under a file or naming a folder gave a Python traceback
    db = str(tmp_path / "a.db")
    assert runner.invoke(app, ["run", str(sample_corpus), "--db", db, "-q"]).exit_code == 0
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    for args in (
        ["export", "-o", str(blocker / "x.jsonl")],
        ["export", "-f", "parquet", "-o", str(blocker / "x.parquet")],
        ["timeline", "-f", "html", "-o", str(blocker / "t.html")],
        ["report", "-o", str(blocker / "sub" / "r.html")],
        ["export", "-o", str(tmp_path)],
        ["report", "-o", str(tmp_path)],
    ):
        res = runner.invoke(app, [*args, "--db", db])
        assert res.exit_code == 2, (args, res.output)
        assert "cannot write" in res.output, (args, res.output)
    # a missing folder is made, as for the report
    res = runner.invoke(app, ["export", "-o", str(tmp_path / "new" / "x.jsonl"), "--db", db])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "new" / "x.jsonl").read_text("utf-8").count("\n") >= 10


def test_a_failed_export_leaves_the_previous_file_whole(sample_corpus, tmp_path, monkeypatch):
    # the JSONL was written in place: an export stopped half-way (error,
    # Ctrl-C, full disk) left a truncated file that looked complete
    import newsline.export as export_mod

    db, out = str(tmp_path / "a.db"), tmp_path / "x.jsonl"
    assert runner.invoke(app, ["run", str(sample_corpus), "--db", db, "-q"]).exit_code == 0
    assert runner.invoke(app, ["export", "-o", str(out), "--db", db]).exit_code == 0
    before = out.read_bytes()

    def half_then_fail(store, f):
        f.write('{"id": "half"')
        raise KeyboardInterrupt

    monkeypatch.setattr(export_mod, "export_jsonl", half_then_fail)
    res = runner.invoke(app, ["export", "-o", str(out), "--db", db])
    assert res.exit_code != 0
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part")) == []


def test_markdown_keeps_multi_line_titles_and_sources_on_their_line(tmp_path):
    # a title holding newlines (a JSONL field, a <title> spanning lines) broke
    # the Markdown of `stories` and `timeline`: "# Injected" became a heading
    # of its own, "- item" a list item, and a source was cut in two
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps(
            {
                "url": "https://x.example/a\nb",
                "title": "First line\n# Injected heading\r\n- item",
                "text": "On 3 May 2024 the council of Springfield approved the new budget, the mayor "
                "said.\nThe vote was 7 to 2, officials said.",
            }
        )
        + "\n",
        "utf-8",
    )
    db = str(tmp_path / "a.db")
    assert runner.invoke(app, ["run", str(feed), "--db", db, "-q"]).exit_code == 0
    for args in (["stories", "-f", "md"], ["timeline", "-f", "md"]):
        res = runner.invoke(app, [*args, "--db", db])
        assert res.exit_code == 0, res.output
        lines = res.output.splitlines()
        assert not any(x.startswith("# Injected") for x in lines), res.output
        assert not any(x.startswith("- item") for x in lines), res.output
        assert not any(x.startswith("b") for x in lines), res.output
    res = runner.invoke(app, ["stories", "-f", "md", "--db", db])
    # the "#" is backslash-escaped (a heading's trailing hashes are markup);
    # it renders as the title wrote it
    assert "## First line \\# Injected heading - item" in res.output
    assert "- https://x.example/a b" in res.output


def test_serve_on_a_taken_port_is_a_clear_error(sample_corpus, tmp_path):
    # a taken port printed "serving ... on http://127.0.0.1:PORT/", then
    # uvicorn's log line, and exited 3 -- the code for "nothing could be read"
    import socket

    db = str(tmp_path / "a.db")
    assert runner.invoke(app, ["run", str(sample_corpus), "--db", db, "-q"]).exit_code == 0
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        res = runner.invoke(app, ["serve", "--db", db, "--port", str(port)])
    assert res.exit_code == 2, res.output
    assert f"cannot listen on 127.0.0.1:{port}" in res.output
    assert "serving" not in res.output
    res = runner.invoke(app, ["serve", "--db", db, "--port", "70000"])
    assert res.exit_code == 2


def test_bad_run_options_are_usage_errors(tmp_path):
    # --engine foo and --workers -1 gave tracebacks (exit 1: "a bug, please
    # report it"; -1 workers crashed on an empty deque); --batch-size 0 was
    # taken silently. The Python API refuses them before touching the db.
    from newsline.runner import run_corpus
    from newsline.settings import Settings

    (tmp_path / "a.txt").write_text("Some text here about the river and the rain.", "utf-8")
    db = tmp_path / "a.db"
    for opts in (["--engine", "foo"], ["--workers", "-1"], ["--batch-size", "0"]):
        res = runner.invoke(app, ["run", str(tmp_path / "a.txt"), "--db", str(db), "-q", *opts])
        assert res.exit_code == 2, (opts, res.output)
        assert opts[0] in res.output
    for kw in (
        {"engine": "foo"},
        {"settings": Settings(workers=-1)},
        {"settings": Settings(batch_size=0)},
    ):
        with pytest.raises(ValueError):
            run_corpus([str(tmp_path / "a.txt")], str(db), **kw)
    assert not db.exists()


def test_help_shows_brackets():
    # "[ray]" in the --engine help was read as rich markup and vanished
    res = runner.invoke(app, ["run", "--help"])
    assert "newsline[ray]" in res.output


def test_rerun_summary_counts_files_and_documents_apart(tmp_path):
    # a re-run said "read 0 documents, 0 new, 2 already stored" for one
    # unchanged JSONL file of two documents: "already stored" counted files
    # skipped unread and documents alike
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "".join(
            json.dumps({"url": f"https://x.example/{i}", "text": t}) + "\n"
            for i, t in enumerate(
                ["The river rose on Monday, officials said.", "Rain fell for a week in the north."]
            )
        ),
        "utf-8",
    )
    db = str(tmp_path / "a.db")
    res = runner.invoke(app, ["run", str(feed), str(feed), "--db", db, "-q"])
    assert res.exit_code == 0, res.output
    # the file given twice is read twice: its second copy repeats the first,
    # stored by this run, not by an earlier one
    assert (
        "read 4 documents, 2 new, 0 already stored, 2 repeated in the inputs, 0 rejected"
        in " ".join(res.output.split())
    )
    res = runner.invoke(app, ["run", str(feed), "--db", db, "-q"])
    assert res.exit_code == 0, res.output
    assert "0 new, 0 already stored, 1 unchanged file not read again" in " ".join(
        res.output.split()
    )
    from newsline.store import Store

    with Store(db) as s:
        assert s.runs()[0]["report"]["files_skipped"] == 1


def test_export_original_text_makes_every_offset_checkable(sample_corpus, tmp_path):
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["run", str(sample_corpus), "--db", db, "-q"]).exit_code == 0
    plain, full = tmp_path / "plain.jsonl", tmp_path / "full.jsonl"
    assert runner.invoke(app, ["export", "--db", db, "-o", str(plain)]).exit_code == 0
    res = runner.invoke(app, ["export", "--db", db, "-o", str(full), "--original-text"])
    assert res.exit_code == 0, res.output
    without = [json.loads(x) for x in plain.read_text("utf-8").splitlines()]
    assert all(r["original_text"] is None for r in without)
    records = [json.loads(x) for x in full.read_text("utf-8").splitlines()]
    assert records and all(isinstance(r["original_text"], str) for r in records)
    for r in records:
        t = r["original_text"]
        for b in r["blocks"]:
            assert t[b["start"] : b["end"]] == b["text"]
        for d in r["dates"]:
            assert t[d["start"] : d["end"]] == d["text"]
        for e in r["events"]:
            assert t[e["start"] : e["end"]] == e["quote"]
    # the same in Parquet
    pq_path = tmp_path / "full.parquet"
    res = runner.invoke(
        app, ["export", "--db", db, "-f", "parquet", "-o", str(pq_path), "--original-text"]
    )
    assert res.exit_code == 0, res.output
    import pyarrow.parquet as pq

    rows = pq.read_table(pq_path).to_pylist()
    assert {r["id"]: r["original_text"] for r in rows} == {
        r["id"]: r["original_text"] for r in records
    }


def test_ctrl_c_says_what_was_kept_and_how_to_resume(tmp_path, monkeypatch):
    # Ctrl-C ended `newsline run` with exit 130 and no message at all
    import newsline.runner as runner_mod

    def stored_one_batch_then_interrupted(inputs, db, *, progress, **kw):
        progress("batch", {"documents": 7, "errors": 0, "files_done": 7})
        progress("rejected", {"source": "bad.html", "reason": "binary content"})
        raise KeyboardInterrupt

    monkeypatch.setattr(runner_mod, "run_corpus", stored_one_batch_then_interrupted)
    db = str(tmp_path / "a.db")
    res = runner.invoke(app, ["run", str(tmp_path), "--db", db, "-q"])
    assert res.exit_code == 130
    said = " ".join(res.output.split())  # the console wraps long lines
    assert "interrupted: 7 new documents stored" in said
    assert "1 rejected" in said
    assert "run the same command again to resume" in said


def test_sigterm_stops_the_run_cleanly_and_says_so(tmp_path, make_corpus, run_argv):
    # `kill PID`, a service manager or a job scheduler send SIGTERM: the run
    # died on the spot with no word, and `newsline runs` showed it 'running'
    import signal
    import time

    from newsline.store import Store

    corpus, db = tmp_path / "c", tmp_path / "t.db"
    make_corpus(corpus, 3000)
    err_file = open(tmp_path / "stderr", "w")  # noqa: SIM115 - not a pipe: workers may hold it
    p = subprocess.Popen(
        run_argv(corpus, db, workers=2, batch_size=16),
        stdout=subprocess.DEVNULL,
        stderr=err_file,
    )
    deadline = time.monotonic() + 300
    stored = 0
    while p.poll() is None and time.monotonic() < deadline and not stored:
        time.sleep(0.2)
        try:
            with Store(db, readonly=True) as s:
                stored = s.count_documents()
        except Exception:  # noqa: BLE001 - not created yet
            stored = 0
    if p.poll() is not None:
        err_file.close()
        pytest.skip("the run finished before it could be stopped")
    p.send_signal(signal.SIGTERM)
    p.wait(timeout=300)
    err_file.close()
    err = (tmp_path / "stderr").read_text("utf-8")
    assert p.returncode == 143, err
    said = " ".join(err.split())
    assert "terminated:" in said and "run the same command again to resume" in said
    with Store(db, readonly=True) as s:
        # it recorded its end, as stopped (not failed: nothing went wrong)
        assert s.runs()[0]["status"] == "interrupted"
        assert 0 < s.count_documents() < 3000


def test_a_reader_that_stops_early_is_no_internal_error(sample_corpus, tmp_path):
    # `newsline export | head` exited 1, the code kept for internal errors,
    # which fails a script under `set -o pipefail`; it now ends as cat does
    import signal

    db = str(tmp_path / "a.db")
    assert runner.invoke(app, ["run", str(sample_corpus), "--db", db, "-q"]).exit_code == 0
    # the export (about 180 kB) is more than a pipe holds: the writer meets the close
    p = subprocess.Popen(
        [sys.executable, "-m", "newsline.cli", "export", "--db", db],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    p.stdout.read(10)
    p.stdout.close()
    err = p.stderr.read()
    p.wait(timeout=120)
    if p.returncode == 0:
        pytest.skip("the whole output fit in the pipe before it was closed")
    assert p.returncode == -signal.SIGPIPE, err
    assert b"Traceback" not in err


def test_long_paths_stay_on_their_line_when_output_is_piped(tmp_path):
    # piped output was broken at 80 columns: 'newsline runs | grep FILE' missed
    # a rejected file whose path was split over two lines
    src = tmp_path / ("a-rather-long-folder-name-for-a-crawl-of-regional-news-sites" * 2)
    src.mkdir()
    empty = src / "empty-page-from-the-crawl.html"
    empty.write_text("")
    (src / "ok.txt").write_text("Hà Nội mưa lớn ngày 16 tháng 5 năm 2024.\n", "utf-8")
    db = str(tmp_path / "a.db")
    res = runner.invoke(app, ["run", str(src), "--db", db, "-q"])
    assert f"rejected {empty}: empty file" in res.output
    res = runner.invoke(app, ["runs", "--db", db])
    assert f"   {empty}: empty file\n" in res.output


def test_runs_names_the_error_that_stopped_a_failed_run(tmp_path, monkeypatch):
    # a run ended by an error was 'failed' with no word of why, and Ctrl-C was
    # recorded the same way; now Ctrl-C is 'interrupted' and an error is named
    import newsline.runner as runner_mod
    from newsline.settings import Settings
    from newsline.store import Store

    page = tmp_path / "in" / "a.txt"
    page.parent.mkdir()
    page.write_text("The port reopened on Monday after the storm, officials said.\n", "utf-8")
    db = str(tmp_path / "a.db")

    def broken(store):
        raise RuntimeError("disk [on fire]")

    monkeypatch.setattr(runner_mod, "_sync_search_index", broken)
    with pytest.raises(RuntimeError):
        runner_mod.run_corpus([str(page.parent)], db, settings=Settings(workers=1))
    with Store(db, readonly=True) as s:
        assert s.runs()[0]["status"] == "failed"
    res = runner.invoke(app, ["runs", "--db", db])
    assert res.exit_code == 0, res.output
    said = " ".join(res.output.split())
    assert "failed" in said and "error: RuntimeError: disk [on fire]" in said


def test_stories_markdown_renders_a_hostile_title_as_text(tmp_path):
    # a <title> holding raw HTML went into `stories -f md` verbatim: a Markdown
    # renderer ran it as HTML (<img onerror=…>), and "*vote*" became emphasis
    from html.parser import HTMLParser

    from markdown_it import MarkdownIt

    title = '<img src=x onerror="alert(1)"> Budget *vote* & [more](javascript:x)'
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps(
            {
                "url": "https://x.example/<b>a</b>",
                "title": title,
                "text": "On 3 May 2024 the council of Springfield approved the new budget, the mayor "
                "said.\nThe vote was 7 to 2, officials said.",
            }
        )
        + "\n",
        "utf-8",
    )
    db = str(tmp_path / "a.db")
    assert runner.invoke(app, ["run", str(feed), "--db", db, "-q"]).exit_code == 0
    res = runner.invoke(app, ["stories", "-f", "md", "--db", db])
    assert res.exit_code == 0, res.output

    class Seen(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.text, self.tags = "", []

        def handle_data(self, data):
            self.text += data

        def handle_starttag(self, tag, attrs):
            self.tags.append(tag)

    seen = Seen()
    seen.feed(MarkdownIt("commonmark").render(res.output))
    assert not {"img", "a", "em", "b"} & set(seen.tags), seen.tags
    assert title in seen.text and "https://x.example/<b>a</b>" in seen.text


def test_run_on_an_empty_folder_names_it_and_counts_it(tmp_path):
    (tmp_path / "inbox").mkdir()
    db = str(tmp_path / "a.db")
    res = runner.invoke(app, ["run", str(tmp_path / "inbox"), "--db", db, "-q"])
    assert res.exit_code == 3, res.output
    said = " ".join(res.output.split())
    assert f"rejected {tmp_path / 'inbox'}: directory holds no files" in said
    assert "1 rejected" in said


def test_show_says_why_a_short_or_shared_id_prefix_names_nothing(tmp_path):
    from newsline.model import Document
    from newsline.store import Store

    db = str(tmp_path / "a.db")
    with Store(db) as s:
        s.write_batch(
            1,
            [
                Document(id="abcd0001", source="a.txt", text="one"),
                Document(id="abcd0002", source="b.txt", text="two"),
            ],
        )
    res = runner.invoke(app, ["show", "abcd", "--db", db])
    said = " ".join(res.output.split())
    assert res.exit_code == 2 and "starts 2 document ids (abcd0001, abcd0002)" in said
    res = runner.invoke(app, ["show", "ab", "--db", db])
    said = " ".join(res.output.split())
    assert res.exit_code == 2 and "an id prefix needs at least 4 characters" in said
    res = runner.invoke(app, ["show", "a__d", "--db", db])
    assert res.exit_code == 2 and "no document 'a__d'" in res.output
    assert runner.invoke(app, ["show", "abcd0002", "--db", db]).exit_code == 0


def test_dash_as_output_is_standard_output(sample_corpus, tmp_path, monkeypatch):
    # `export -o -`, `timeline -o -` and `report -o -` wrote a file named "-"
    # in the current folder instead of standard output
    db = str(tmp_path / "a.db")
    assert runner.invoke(app, ["run", str(sample_corpus), "--db", db, "-q"]).exit_code == 0
    monkeypatch.chdir(tmp_path)
    res = runner.invoke(app, ["export", "--db", db, "-o", "-"])
    assert res.exit_code == 0 and res.output.count('"id":') >= 13
    res = runner.invoke(app, ["timeline", "--db", db, "-f", "md", "-o", "-"])
    assert res.exit_code == 0 and res.output.startswith("# Timeline")
    res = runner.invoke(app, ["report", "--db", db, "-o", "-"])
    assert res.exit_code == 0 and res.output.lstrip().lower().startswith("<!doctype html")
    res = runner.invoke(app, ["export", "--db", db, "-f", "parquet", "-o", "-"])
    assert res.exit_code == 2 and "not standard output" in res.output
    assert not (tmp_path / "-").exists()


def test_runs_tells_repeats_in_the_inputs_from_already_stored(tmp_path):
    # `newsline runs` showed read and new only: a page read twice in one run
    # and one an earlier run stored were both unaccounted for
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps(
            {"url": "https://x.example/1", "text": "The river rose on Monday, officials said."}
        )
        + "\n",
        "utf-8",
    )
    other = tmp_path / "other.jsonl"
    other.write_text(feed.read_text("utf-8"), "utf-8")
    db = str(tmp_path / "a.db")
    assert runner.invoke(app, ["run", str(feed), str(feed), "--db", db, "-q"]).exit_code == 0
    assert runner.invoke(app, ["run", str(other), "--db", db, "-q"]).exit_code == 0
    res = runner.invoke(app, ["runs", "--db", db])
    assert res.exit_code == 0, res.output
    lines = [" ".join(x.split()) for x in res.output.splitlines() if x.startswith("run ")]
    first, second = sorted(lines)
    assert "read=2 new=1 repeated_in_inputs=1 rejected=0" in first
    assert "read=1 new=0 already_stored=1 rejected=0" in second


def test_demo_that_cannot_write_or_finds_its_db_busy_says_so(tmp_path):
    # a work folder under a file, or a demo database another run holds, ended
    # in a Python traceback (exit 1, the code for internal errors)
    from newsline.store import Store

    (tmp_path / "file").write_text("x", "utf-8")
    res = runner.invoke(app, ["demo", "--workdir", str(tmp_path / "file" / "demo")])
    assert res.exit_code == 2, res.output
    assert "cannot write" in res.output and "Traceback" not in res.output
    (tmp_path / "unwritable").mkdir(mode=0o555)
    res = runner.invoke(app, ["demo", "--workdir", str(tmp_path / "unwritable" / "demo")])
    if os.geteuid() != 0:  # root writes anywhere
        assert res.exit_code == 2, res.output
        assert "cannot write" in res.output and "Traceback" not in res.output
    wd = tmp_path / "busy"
    wd.mkdir()
    holder = Store(wd / "demo.db")
    holder.acquire_writer_lock()
    try:
        res = runner.invoke(app, ["demo", "--workdir", str(wd)])
    finally:
        holder.close()
    assert res.exit_code == 4, res.output
    assert "another newsline run" in res.output


def test_an_address_without_the_ray_engine_is_a_usage_error(tmp_path):
    # `newsline run … --address head:6379` without --engine ray ran on this
    # machine's processes, the cluster named and silently not used
    from newsline.runner import run_corpus

    (tmp_path / "a.txt").write_text("Some text here about the river and the rain.", "utf-8")
    db = tmp_path / "a.db"
    res = runner.invoke(
        app, ["run", str(tmp_path / "a.txt"), "--db", str(db), "-q", "--address", "10.0.0.1:6379"]
    )
    assert res.exit_code == 2, res.output
    said = " ".join(res.output.split())
    assert "'10.0.0.1:6379'" in said and "--engine ray" in said
    with pytest.raises(ValueError, match="10.0.0.1:6379"):
        run_corpus([str(tmp_path / "a.txt")], db, address="10.0.0.1:6379")
    assert not db.exists()


def test_an_output_that_is_the_database_is_refused(sample_corpus, tmp_path):
    # `newsline export --db news.db -o news.db` (report, timeline alike)
    # replaced the database by its own export, and said all was well
    import hashlib

    db = tmp_path / "news.db"
    assert runner.invoke(app, ["run", str(sample_corpus), "--db", str(db), "-q"]).exit_code == 0
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    (tmp_path / "sub").mkdir()
    for args in (
        ["export", "-o", str(db)],
        ["export", "-f", "parquet", "-o", str(db)],
        ["timeline", "-o", str(db)],
        ["report", "-o", str(db)],
        ["export", "-o", str(tmp_path / "sub" / ".." / "news.db")],
        ["export", "-o", str(db) + "-wal"],
    ):
        res = runner.invoke(app, [*args, "--db", str(db)])
        assert res.exit_code == 2, (args, res.output)
        assert "it is the database" in " ".join(res.output.split()), res.output
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert runner.invoke(app, ["stories", "--db", str(db)]).exit_code == 0


def test_summary_counts_one_document_in_the_singular(tmp_path):
    # the summary said "read 1 documents"
    page = tmp_path / "one.txt"
    page.write_text("The council approved the new budget on Monday after a long debate.\n", "utf-8")
    res = runner.invoke(app, ["run", str(page), "--db", str(tmp_path / "a.db"), "-q"])
    assert res.exit_code == 0, res.output
    assert "read 1 document, 1 new" in " ".join(res.output.split())
    # export and the stories Markdown said "exported 1 documents", "1 documents"
    res = runner.invoke(
        app, ["export", "--db", str(tmp_path / "a.db"), "-o", str(tmp_path / "o.jsonl")]
    )
    assert res.exit_code == 0 and "exported 1 document →" in res.output, res.output
    res = runner.invoke(app, ["stories", "--db", str(tmp_path / "a.db"), "--format", "md"])
    assert res.exit_code == 0 and "· 1 document\n" in res.output, res.output


def test_stdin_named_twice_is_read_once(tmp_path):
    # "run - -" rejected the second "-" as an empty file: stdin is one stream
    db = str(tmp_path / "a.db")
    res = runner.invoke(
        app,
        ["run", "-", "-", "--db", db, "-q"],
        input="Thành phố công bố kế hoạch giao thông mới cho năm tới.\n",
    )
    assert res.exit_code == 0, res.output
    assert "read once" in res.output
    assert "1 new" in res.output and "0 rejected" in res.output, res.output


def test_show_finds_a_path_typed_from_another_folder(tmp_path, monkeypatch):
    # sources are stored as given to run (relative to its folder): show from a
    # sibling folder, or with only the path's end, found nothing
    proj, other = tmp_path / "proj", tmp_path / "other"
    for sub, text in (
        ("a/page.txt", "Hà Nội công bố kế hoạch giao thông mới trong hôm nay."),
        ("b/page.txt", "Le port de Marseille annonce une extension de ses quais."),
        ("a/only.txt", "El puerto de Valencia amplía sus muelles este año."),
    ):
        p = proj / "corpus" / sub
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text + "\n", encoding="utf-8")
    other.mkdir()
    db = str(tmp_path / "t.db")
    monkeypatch.chdir(proj)
    assert runner.invoke(app, ["run", "corpus", "--db", db, "-q"]).exit_code == 0
    monkeypatch.chdir(other)
    for key in ("../proj/corpus/a/only.txt", "only.txt", "corpus/a/only.txt"):
        res = runner.invoke(app, ["show", key, "--db", db])
        assert res.exit_code == 0, (key, res.output)
        assert "Valencia" in res.output
    res = runner.invoke(app, ["show", "../proj/corpus/b/page.txt", "--db", db])
    assert res.exit_code == 0 and "Marseille" in res.output, res.output
    res = runner.invoke(app, ["show", "page.txt", "--db", db])
    assert res.exit_code == 2
    assert "several" in res.output and "corpus/a/page.txt" in res.output, res.output
    assert "corpus/b/page.txt" in res.output
    res = runner.invoke(app, ["show", "none.txt", "--db", db])
    assert res.exit_code == 2 and "no document" in res.output


def test_running_newsline_on_its_own_export_adds_nothing(sample_corpus, tmp_path):
    # every exported document was stored again under a new id
    db, db2 = str(tmp_path / "a.db"), str(tmp_path / "b.db")
    out = tmp_path / "export.jsonl"
    assert runner.invoke(app, ["run", str(sample_corpus), "--db", db, "-q"]).exit_code == 0
    assert runner.invoke(app, ["export", "--db", db, "-o", str(out)]).exit_code == 0
    n = sum(1 for line in out.read_text(encoding="utf-8").splitlines() if line.strip())
    res = runner.invoke(app, ["run", str(out), "--db", db, "-q"])
    assert res.exit_code == 0, res.output
    assert f"read {n} documents, 0 new, {n} already stored, 0 rejected" in res.output, res.output
    # into another database it is read once; a copy of it adds nothing more
    copy = tmp_path / "copy.jsonl"
    copy.write_bytes(out.read_bytes())
    assert f"{n} new" in runner.invoke(app, ["run", str(out), "--db", db2, "-q"]).output
    res = runner.invoke(app, ["run", str(copy), "--db", db2, "-q"])
    assert f"0 new, {n} already stored" in res.output, res.output


def test_show_finds_a_url_spelled_another_way(tmp_path):
    # a URL copied from a browser has a trailing slash, https or "www." that the
    # stored one lacks (or the reverse): show said "no document"
    feed = tmp_path / "items.jsonl"
    rows = [
        ("https://www.laprensa.example/nacional/puente-nuevo", "El puente nuevo abre mañana."),
        ("http://tintuc.example/xa-hoi/cau-moi/", "Cây cầu mới thông xe hôm nay ở Đà Nẵng."),
        ("https://news.example/a?id=7", "A new bridge opened on Tuesday in the city."),
        ("https://news.example/a?id=8", "Another bridge closed for repairs on Monday."),
        ("http://portal.example/p/x", "Le pont de Nantes rouvre aux voitures ce soir."),
        ("https://portal.example/p/x", "Le pont de Nantes rouvre aux cyclistes ce soir."),
    ]
    feed.write_text(
        "".join(json.dumps({"url": u, "text": t}) + "\n" for u, t in rows), encoding="utf-8"
    )
    db = str(tmp_path / "u.db")
    assert runner.invoke(app, ["run", str(feed), "--db", db, "-q"]).exit_code == 0
    for key, want in (
        ("https://www.laprensa.example/nacional/puente-nuevo/", "mañana"),
        ("http://laprensa.example/nacional/puente-nuevo", "mañana"),
        ("www.laprensa.example/nacional/puente-nuevo#comentarios", "mañana"),
        ("https://tintuc.example/xa-hoi/cau-moi", "thông"),
        ("HTTPS://TinTuc.example:443/xa-hoi/cau-moi/", "thông"),
        ("http://news.example/a/?id=8", "Monday"),
    ):
        res = runner.invoke(app, ["show", key, "--db", db])
        assert res.exit_code == 0 and want in res.output, (key, res.output)
    # another page, query or port is another document
    for key in ("https://news.example/a?id=9", "https://news.example:8443/a?id=7"):
        res = runner.invoke(app, ["show", key, "--db", db])
        assert res.exit_code == 2 and "no document" in res.output, (key, res.output)
    # two stored spellings of one page: ambiguous, both listed, neither rewritten
    res = runner.invoke(app, ["show", "https://www.portal.example/p/x/", "--db", db])
    assert res.exit_code == 2 and "several" in res.output, res.output
    assert "http://portal.example/p/x" in res.output and "https://portal.example/p/x" in res.output
    # the exact stored URL still opens its own document
    res = runner.invoke(app, ["show", "https://portal.example/p/x", "--db", db])
    assert res.exit_code == 0 and "cyclistes" in res.output, res.output
