"""The runner: batching, resume, incremental runs, sequential stage state."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from newsline.model import Block
from newsline.pipeline import Pipeline, Stage
from newsline.runner import run_corpus
from newsline.settings import Settings
from newsline.store import Store


class OneBlockPerLine(Stage):
    name = "lines"

    def __call__(self, docs, stats):
        for d in docs:
            pos = 0
            for line in d.text.split("\n"):
                if line.strip():
                    d.blocks.append(Block(pos, pos + len(line), "body"))
                pos += len(line) + 1
            stats["blocks"] += len(d.blocks)
        return docs


class CountWords(Stage):
    """Sequential: numbers documents in arrival order, a stand-in for dedup."""

    name = "count"
    parallel = False

    def __init__(self, boom_after: int | None = None):
        self.seen: list[str] = []
        self.boom_after = boom_after

    def __call__(self, docs, stats):
        for d in docs:
            self.seen.append(d.id)
            d.meta["ordinal"] = len(self.seen)
            if self.boom_after is not None and len(self.seen) >= self.boom_after:
                raise KeyboardInterrupt("simulated crash")
        return docs

    def state_dict(self):
        return json.dumps(self.seen).encode()

    def load_state(self, data):
        self.seen = json.loads(data)

    def finalize(self):
        return {"seen": [{"n": len(self.seen)}]}


def _corpus(tmp_path, n=40):
    d = tmp_path / "in"
    d.mkdir()
    for i in range(n):
        (d / f"doc{i:03d}.txt").write_text(f"Title {i}\nbody line {i} of the story\n", "utf-8")
    return d


def _pipeline(**kw):
    return Pipeline([OneBlockPerLine(), CountWords(**kw)])


def _ordinals(db):
    with Store(db) as s:
        return sorted((d.source, d.meta["ordinal"]) for d in s.iter_documents())


@pytest.mark.parametrize("workers", [1, 2])
def test_run_stores_everything_once(tmp_path, workers):
    src = _corpus(tmp_path)
    db = str(tmp_path / "a.db")
    st = Settings(batch_size=7, workers=workers)
    r = run_corpus([str(src)], db, settings=st, pipeline=_pipeline())
    assert r.report.processed == 40 and r.report.read == 40
    assert r.report.stages["lines"].counters["blocks"] == 80
    again = run_corpus([str(src)], db, settings=st, pipeline=_pipeline())
    assert again.report.processed == 0
    assert again.report.skipped_existing == 40  # finished files are skipped unread
    with Store(db) as s:
        assert s.count_documents() == 40
        assert json.loads(
            s.conn.execute("SELECT data FROM artifacts WHERE name='seen'").fetchone()[0]
        ) == {"n": 40}


def test_new_inputs_are_added_incrementally(tmp_path):
    src = _corpus(tmp_path, 10)
    db = str(tmp_path / "a.db")
    run_corpus([str(src)], db, settings=Settings(batch_size=3, workers=1), pipeline=_pipeline())
    (src / "new.txt").write_text("A new page\nwith text\n", "utf-8")
    r = run_corpus([str(src)], db, settings=Settings(batch_size=3, workers=1), pipeline=_pipeline())
    assert r.report.processed == 1
    # The sequential stage continued from its saved state, not from zero.
    assert max(o for _, o in _ordinals(db)) == 11


def test_crash_and_resume_equals_uninterrupted_run(tmp_path):
    src = _corpus(tmp_path, 30)
    st = Settings(batch_size=4, workers=1)
    ref = str(tmp_path / "ref.db")
    run_corpus([str(src)], ref, settings=st, pipeline=_pipeline())
    db = str(tmp_path / "crash.db")
    with pytest.raises(KeyboardInterrupt):
        run_corpus([str(src)], db, settings=st, pipeline=_pipeline(boom_after=13))
    with Store(db) as s:
        assert 0 < s.count_documents() < 30
        # Ctrl-C stops a run as SIGKILL does: 'interrupted' (it was 'failed',
        # while a killed run showed 'interrupted'), and nothing names an error
        assert s.runs()[0]["status"] == "interrupted"
        assert "error" not in s.runs()[0]["report"]
    run_corpus([str(src)], db, settings=st, pipeline=_pipeline())
    assert _ordinals(db) == _ordinals(ref)
    with Store(db) as a, Store(ref) as b:
        assert a.fingerprint() == b.fingerprint()


def test_a_run_stopped_by_an_error_is_failed_names_it_and_resumes(tmp_path, monkeypatch):
    src = _corpus(tmp_path, 30)
    st = Settings(batch_size=4, workers=1)
    ref = str(tmp_path / "ref.db")
    run_corpus([str(src)], ref, settings=st, pipeline=_pipeline())
    db = str(tmp_path / "crash.db")
    write_batch = Store.write_batch
    calls = []

    def fails_on_the_fourth_batch(self, *a, **kw):
        calls.append(1)
        if len(calls) == 4:
            raise RuntimeError("simulated crash")
        return write_batch(self, *a, **kw)

    with monkeypatch.context() as m:
        m.setattr(Store, "write_batch", fails_on_the_fourth_batch)
        with pytest.raises(RuntimeError):
            run_corpus([str(src)], db, settings=st, pipeline=_pipeline())
    with Store(db) as s:
        run = s.runs()[0]
        assert 0 < s.count_documents() < 30
        assert run["status"] == "failed"
        assert run["report"]["error"] == "RuntimeError: simulated crash"
    run_corpus([str(src)], db, settings=st, pipeline=_pipeline())
    with Store(db) as a, Store(ref) as b:
        assert a.fingerprint() == b.fingerprint()
        assert [r["status"] for r in a.runs()] == ["finished", "failed"]


def test_bad_inputs_are_counted_and_the_rest_goes_on(tmp_path):
    src = _corpus(tmp_path, 3)
    (src / "empty.txt").write_bytes(b"")
    (src / "blob.txt").write_bytes(bytes(range(256)) * 50)
    db = str(tmp_path / "a.db")
    r = run_corpus(
        [str(src), str(tmp_path / "missing.txt")],
        db,
        settings=Settings(workers=1),
        pipeline=_pipeline(),
    )
    assert r.report.processed == 3
    assert r.report.rejected == 3
    with Store(db) as s:
        sources = {e["source"] for e in s.errors()}
        assert any(x.endswith("empty.txt") for x in sources)
        assert any(x.endswith("blob.txt") for x in sources)
        assert any(x.endswith("missing.txt") for x in sources)
        assert s.runs()[0]["report"]["rejected"] == 3


def test_a_stage_failing_on_one_document_does_not_sink_the_batch(tmp_path):
    class Fragile(Stage):
        name = "fragile"

        def __call__(self, docs, stats):
            for d in docs:
                if "boom" in d.text:
                    raise ValueError("cannot handle this page")
            return docs

    src = _corpus(tmp_path, 5)
    (src / "bad.txt").write_text("boom\n", "utf-8")
    db = str(tmp_path / "a.db")
    r = run_corpus(
        [str(src)], db, settings=Settings(workers=1, batch_size=10), pipeline=Pipeline([Fragile()])
    )
    assert r.report.processed == 6
    with Store(db) as s:
        flagged = [d for d in s.iter_documents() if d.flags]
        assert len(flagged) == 1 and flagged[0].flags[0].kind == "internal_error"
        assert "cannot handle this page" in flagged[0].flags[0].reason


def test_counters_roll_into_run_report(tmp_path):
    src = _corpus(tmp_path, 5)
    r = run_corpus(
        [str(src)], str(tmp_path / "a.db"), settings=Settings(workers=1), pipeline=_pipeline()
    )
    d = r.report.to_dict()
    assert set(d["stages"]) == {"lines", "count"}
    assert d["stages"]["lines"]["documents"] == 5
    assert isinstance(Counter(d["rejected_reasons"]), Counter)


def test_a_rejected_file_is_rejected_again_not_already_stored(tmp_path):
    # a file that gave only a read error must not be skipped as finished on
    # the next run: it would count as "already stored" and the run would
    # succeed although nothing was ever read from it
    d = tmp_path / "in"
    d.mkdir()
    (d / "empty.txt").write_bytes(b"")
    db = str(tmp_path / "a.db")
    st = Settings(workers=1)
    for _ in range(2):
        r = run_corpus([str(d / "empty.txt")], db, settings=st, pipeline=_pipeline())
        assert (r.report.rejected, r.report.skipped_existing, r.ok) == (1, 0, False)
    (d / "good.txt").write_text("Title\nbody line of the story\n", "utf-8")
    run_corpus([str(d)], db, settings=st, pipeline=_pipeline())
    again = run_corpus([str(d)], db, settings=st, pipeline=_pipeline())
    assert (again.report.rejected, again.report.skipped_existing) == (1, 1)


def test_the_database_beside_the_inputs_is_not_read_as_input(tmp_path):
    # "newsline run ." where ./newsline.db lives: the database, its journal
    # files and its writer lock are no news, and no rejected inputs either
    src = _corpus(tmp_path, 5)
    db = str(src / "newsline.db")
    first = run_corpus([str(src)], db, settings=Settings(workers=1), pipeline=_pipeline())
    (src / "newsline.db-journal").write_bytes(b"\x00" * 64)
    again = run_corpus([str(src)], db, settings=Settings(workers=1), pipeline=_pipeline())
    assert first.report.read == 5 and first.report.rejected == 0
    assert again.report.read == 0 and again.report.rejected == 0
    with Store(db) as s:
        assert s.count_documents() == 5


def test_file_names_that_are_not_utf8_are_read_stored_and_found(tmp_path):
    # an archive unpacked with Latin-1 names: 'newsline run' died with a
    # UnicodeEncodeError traceback (exit 1) on the first such name, in SQLite
    import os
    import stat as stat_mod

    src = tmp_path / "pages"
    src.mkdir()
    base = os.fsencode(src)
    try:
        with open(base + b"/caf\xe9 news.txt", "wb") as f:
            f.write(b"A page whose file name is Latin-1\nabout the harbour strike\n")
        os.mkfifo(base + b"/pipe \xe9.html")
    except OSError:
        pytest.skip("this file system refuses non-UTF-8 names")
    db = str(tmp_path / "a.db")
    st = Settings(batch_size=3, workers=1)
    r = run_corpus([str(src)], db, settings=st, pipeline=_pipeline())
    assert r.report.processed == 1 and r.report.rejected == 1
    with Store(db) as s:
        (doc,) = list(s.iter_documents())
        assert doc.source == f"{src}/caf\\xe9 news.txt"  # printable, stored, shown
        assert s.runs()[0]["errors"][0]["source"] == f"{src}/pipe \\xe9.html"
        # the path as the shell passes it finds the document
        assert s.find_document_id(os.fsdecode(base + b"/caf\xe9 news.txt")) == doc.id
    assert stat_mod.S_ISFIFO(os.stat(base + b"/pipe \xe9.html").st_mode)
    again = run_corpus([str(src)], db, settings=st, pipeline=_pipeline())
    assert again.report.files_skipped == 1 and again.report.processed == 0


def test_inputs_may_be_path_objects_or_one_path(tmp_path):
    # run_corpus([Path("pages")], Path("news.db")) died with "Object of type
    # PosixPath is not JSON serializable", and run_corpus("pages/a.txt", db)
    # read the string letter by letter, each letter "no such file"
    from pathlib import Path

    src = _corpus(tmp_path, 3)
    one = next(iter(sorted(Path(src).iterdir())))
    r = run_corpus(
        [Path(src)], tmp_path / "a.db", settings=Settings(workers=1), pipeline=_pipeline()
    )
    assert (r.report.processed, r.report.rejected) == (3, 0)
    r = run_corpus(
        str(one), str(tmp_path / "b.db"), settings=Settings(workers=1), pipeline=_pipeline()
    )
    assert (r.report.processed, r.report.rejected) == (1, 0)
    r = run_corpus(one, tmp_path / "c.db", settings=Settings(workers=1), pipeline=_pipeline())
    assert (r.report.processed, r.report.rejected) == (1, 0)
    with Store(tmp_path / "c.db") as s:
        assert s.runs()[0]["inputs"] == [str(one)]


def test_default_stages_as_the_readme_shows_them():
    # the README's Python API names newsline.stages.default_stages; called
    # without arguments it raised "missing 1 required positional argument"
    from newsline.stages import default_stages

    names = [s.name for s in default_stages()]
    assert names == [s.name for s in default_stages(Settings())] and len(names) > 5


class FreezeProbe(Stage):
    """Records, per batch, whether the garbage collector has frozen objects."""

    name = "freeze_probe"

    def __init__(self):
        self.frozen: list[bool] = []

    def __call__(self, docs, stats):
        import gc

        self.frozen.append(gc.get_freeze_count() > 0)
        return docs


def test_what_the_first_batch_loaded_is_kept_out_of_full_collections(tmp_path):
    """Models a stage loads on its first batch (jieba, lingua, the Thai tagger)
    are millions of long-lived objects: after that batch they are frozen, so
    the collector's full scans skip them; the run unfreezes them at its end."""
    import gc

    src = _corpus(tmp_path, n=9)
    probe = FreezeProbe()
    # an executor built directly by an earlier test (not through run_corpus,
    # which unfreezes at its end) may have left its warm-up frozen
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    run_corpus(
        [str(src)],
        str(tmp_path / "a.db"),
        settings=Settings(workers=1, batch_size=3),
        pipeline=Pipeline([OneBlockPerLine(), probe]),
    )
    assert probe.frozen == [False, True, True]
    assert gc.get_freeze_count() == 0


class CyclicGarbage(Stage):
    """Leaves one object in a reference cycle behind per batch, and records,
    per batch, which earlier batches' objects are still alive."""

    name = "cyclic_garbage"

    def __init__(self):
        self.refs: list = []
        self.alive: list[list[int]] = []

    def __call__(self, docs, stats):
        import weakref

        class Node:
            pass

        node = Node()
        node.self = node  # only the collector frees it
        self.alive.append([k for k, r in enumerate(self.refs) if r() is not None])
        self.refs.append(weakref.ref(node))
        return docs


def test_what_a_batch_leaves_for_the_collector_is_not_frozen(tmp_path):
    """Each batch's cyclic garbage is collected before the freeze that keeps
    what lives on out of later full scans (a collection of what is not frozen
    yet: that batch's survivors), not frozen until the run's end: with the
    run's raised collector thresholds more of it is pending when a batch
    ends, and memory must stay flat however long the run."""
    import gc

    src = _corpus(tmp_path, n=12)
    gc.unfreeze()
    probe = CyclicGarbage()
    run_corpus(
        [str(src)],
        str(tmp_path / "a.db"),
        settings=Settings(workers=1, batch_size=3),
        pipeline=Pipeline([OneBlockPerLine(), probe]),
    )
    assert probe.alive == [[], [], [], []]
    assert gc.get_freeze_count() == 0


class ThresholdProbe(Stage):
    """Records, per batch, the garbage collector's thresholds."""

    name = "threshold_probe"

    def __init__(self):
        self.thresholds: list[tuple[int, ...]] = []

    def __call__(self, docs, stats):
        import gc

        self.thresholds.append(gc.get_threshold())
        return docs


@pytest.mark.parametrize(
    ("callers", "during"),
    [
        ((700, 10, 10), (10_000, 20, 20)),  # Python's defaults: raised for the run
        ((50_000, 5, 100), (50_000, 20, 100)),  # never lowered
        ((0, 10, 10), (0, 10, 10)),  # automatic collection off: stays off
    ],
)
def test_a_run_raises_the_collectors_thresholds_and_gives_the_callers_back(
    tmp_path, callers, during
):
    """A document's short-lived containers are walked by fewer young
    collections during a run; the program that called run_corpus gets its
    own thresholds back, after a run that finished or one that failed."""
    import gc

    src = _corpus(tmp_path, n=6)
    before = gc.get_threshold()
    try:
        gc.set_threshold(*callers)
        probe = ThresholdProbe()
        run_corpus(
            [str(src)],
            str(tmp_path / "a.db"),
            settings=Settings(workers=1, batch_size=3),
            pipeline=Pipeline([OneBlockPerLine(), probe]),
        )
        assert probe.thresholds == [during, during]
        assert gc.get_threshold() == callers
        def fail(event, _data):
            if event == "batch":
                raise RuntimeError("the caller's progress callback failed")

        with pytest.raises(RuntimeError):
            run_corpus(
                [str(src)],
                str(tmp_path / "b.db"),
                settings=Settings(workers=1, batch_size=3),
                pipeline=Pipeline([OneBlockPerLine()]),
                progress=fail,
            )
        assert gc.get_threshold() == callers
    finally:
        gc.set_threshold(*before)


@pytest.mark.parametrize("batch_size", [1, 64])
def test_a_page_repeated_in_the_inputs_is_not_already_stored(tmp_path, batch_size):
    # One page in two input files, on a new database, was counted (and shown)
    # as "already stored": the run's own first copy was taken for an earlier
    # run's. Repeats of this run are counted apart; a page an earlier run
    # stored is still "already stored" (once), and its second copy a repeat.
    def feed(name, *texts):
        path = tmp_path / name
        path.write_text(
            "".join(
                json.dumps({"url": f"https://x.example/{t[:5]}", "text": t}) + "\n" for t in texts
            ),
            "utf-8",
        )
        return str(path)

    river, rain, wind = ("River rose on Monday.", "Rains fell for a week.", "Winds tore roofs off.")
    a, b = feed("a.jsonl", river, rain), feed("b.jsonl", river)
    db = str(tmp_path / "n.db")
    settings = Settings(workers=1, batch_size=batch_size)
    r = run_corpus([a, b], db, settings=settings, pipeline=Pipeline([]))
    assert (r.report.read, r.report.processed) == (3, 2)
    assert (r.report.skipped_existing, r.report.repeated_in_inputs) == (0, 1)
    c = feed("c.jsonl", river, wind, river)
    again = run_corpus([c], db, settings=settings, pipeline=Pipeline([]))
    assert (again.report.read, again.report.processed) == (3, 1)
    assert (again.report.skipped_existing, again.report.repeated_in_inputs) == (1, 1)
    with Store(db) as s:
        assert s.runs()[0]["report"]["repeated_in_inputs"] == 1
        assert len(list(s.iter_documents())) == 3


def test_process_that_ran_ends_cleanly_without_the_last_full_collection(tmp_path):
    """A run registers (once) a freeze of the heap at exit, so the interpreter's
    shutdown does not walk every loaded model; the process still exits 0 with
    nothing on stderr, its output flushed, and the database complete."""
    import subprocess
    import sys

    (tmp_path / "in").mkdir()
    for k in range(3):
        (tmp_path / "in" / f"{k}.txt").write_text(f"Story {k}\nLine two of story {k}.\n", "utf-8")
    db = tmp_path / "x.db"
    code = (
        "import atexit, gc\n"
        "from newsline.runner import run_corpus\n"
        "from newsline.pipeline import Pipeline\n"
        "p = Pipeline([])\n"
        f"run_corpus({str(tmp_path / 'in')!r}, {str(db)!r}, pipeline=p)\n"
        f"run_corpus({str(tmp_path / 'in')!r}, {str(db)!r}, pipeline=p)\n"
        "print('done', flush=False)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout == "done\n"
    assert out.stderr == ""
    with Store(str(db), readonly=True) as st:
        assert st.count_documents() == 3
