"""Run a pipeline over inputs into a store: the one place that composes
readers, stages, an executor and the store.

The CLI, the Python API and the Ray engine all call :func:`run_corpus`.

Resume guarantees (tested by killing runs with SIGKILL):

* each batch -- documents, their annotations, read errors and the list of
  input files it completes -- is written in one transaction;
* a file is marked done only when its last document is committed, so a
  restarted run skips finished files unread and re-reads the rest, skipping
  documents already stored by id;
* sequential stages checkpoint their state with the id of the last document
  it covers; on restart the documents committed after that checkpoint are
  replayed through them, so their state matches an uninterrupted run;
* the full-text indexes take every document stored above the last one they
  hold, at each checkpoint and at the run's end (finished, stopped or
  failed), so a run killed outright leaves its documents to the next run's
  end, which indexes them: search is complete after any run that ends.
"""

from __future__ import annotations

import atexit
import functools
import gc
import os
import time
import warnings
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from .model import Document, PassedOver, ReadError, page_names
from .pipeline import Pipeline, RunReport, Stage, rejection_kind, run_stages
from .settings import Settings, changed_settings
from .store import Store

ProgressFn = Callable[[str, dict[str, Any]], None]

# How often sequential stages checkpoint their state (CPU seconds of this
# process); replay on resume covers whatever came after the last checkpoint.
# CPU, not wall time: replaying is work this process did, and a busy machine
# stretches the wall clock without adding any (a 1,000-page run on a loaded
# machine saved its state three times, paying for it each time).
CHECKPOINT_SECONDS = 30.0


@functools.cache
def _no_full_collection_at_exit() -> None:
    """When this process ends, its objects are kept out of the collector's
    last full scans (registered once, by the first run).

    A run loads models and tables that live to the end (jieba's dictionary,
    pypinyin's phrases, the Thai and language-ID models: millions of objects);
    the interpreter's shutdown walks them all in a full garbage collection,
    0.25 s of CPU after a run that has already finished and closed its
    database. Freezing them at exit ends the process without that walk;
    objects are still freed by reference counting, files and the database
    were closed by the run, and exit handlers registered before the first run
    (logging's flush among them) still run after this one.
    """
    atexit.register(gc.freeze)


@contextmanager
def _uncollected_while_loading(first: bool) -> Iterator[None]:
    """The first batch with the garbage collector paused, then frozen.

    The first batch loads what the stages load lazily (see the freeze after
    it in run_corpus): a million long-lived objects, whose allocation set off
    seven full collections walking the growing heap and finding almost
    nothing (0.3 s of CPU). Paused, the batch allocates them without; one
    collection at its end frees the batch's cyclic garbage, and the freeze
    keeps what lives on out of later full scans, as before."""
    if not first or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.collect()  # one walk for the batch's own garbage, not one per growth step
        gc.freeze()
        gc.enable()


# The collector's thresholds for a run (restored after it): a young
# collection every 10,000 new containers instead of 700, and the older
# generations after 20 of the younger one's instead of 10. A document's
# stages hold thousands of containers for a few milliseconds (tokens, tags,
# candidate lists): with the default thresholds each was walked by a young
# collection, or two, before reference counting freed it. Cyclic garbage
# waits for at most 10,000 allocations: memory stays flat. On 1,000 pages
# (one worker), time in the collector 0.44-0.46 -> 0.29 CPU s, 740 young
# collections and 4 full ones after the first batch -> 51 and none.
RUN_GC_THRESHOLDS = (10_000, 20, 20)


def _raise_gc_thresholds() -> tuple[int, ...]:
    """Set ``RUN_GC_THRESHOLDS`` (never lower than the caller's own) and
    return the caller's, which the run sets again at its end: a program that
    calls run_corpus keeps its own settings. Workers forked during the run
    inherit the run's."""
    before = gc.get_threshold()
    if before[0]:  # 0: the caller turned automatic collection off, and it stays off
        gc.set_threshold(*(max(a, b) for a, b in zip(before, RUN_GC_THRESHOLDS, strict=False)))
    return before


@dataclass
class RunResult:
    run_id: int
    db_path: str
    report: RunReport
    errors: list[ReadError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when anything was read (new or already stored)."""
        return self.report.processed + self.report.skipped_existing > 0 or (self.report.read > 0)


@dataclass
class _Pending:
    docs: list[Document] = field(default_factory=list)
    errors: list[ReadError] = field(default_factory=list)
    done_inputs: list[tuple[str, int, int]] = field(default_factory=list)
    # records the batch's finished files passed over, by reason: into the
    # report when the batch commits (an interrupted run's are counted by the
    # run that reads the file again)
    passed_over: Counter[str] = field(default_factory=Counter)
    passed_over_by_file: dict[str, Counter[str]] = field(default_factory=dict)

    def empty(self) -> bool:
        return not (self.docs or self.errors or self.done_inputs or self.passed_over)


def default_pipeline(settings: Settings | None = None) -> Pipeline:
    """The standard stages in their standard order."""
    from .stages import default_stages

    return Pipeline(default_stages(settings or Settings()))


def _sqlite_lock_file(path) -> bool:
    """Whether ``path`` is "X.lock" beside an SQLite database "X" (newsline's
    writer lock of a database other than this run's)."""
    name = os.fsdecode(path)
    if not name.endswith(".lock"):
        return False
    try:
        with open(name[: -len(".lock")], "rb") as f:
            return f.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def run_corpus(
    inputs: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    db_path: str | os.PathLike[str],
    *,
    settings: Settings | None = None,
    pipeline: Pipeline | None = None,
    engine: str = "local",
    address: str | None = None,
    progress: ProgressFn | None = None,
) -> RunResult:
    """Read ``inputs`` (paths, directories, globs or ``-``), run the pipeline,
    store everything in ``db_path`` and return the run's report.

    Raises :class:`newsline.store.DatabaseError` when the database cannot be
    opened or written, :class:`newsline.store.DatabaseBusy` when another run
    holds it. Bad inputs never raise: they are counted and recorded.
    """
    from .executors import check_engine, make_executor
    from .readers import STDIN, iter_input_files, printable_path, read_path

    settings = settings or Settings()
    if engine not in ("local", "ray"):
        raise ValueError(f"unknown engine {engine!r} (choose local or ray)")
    if address and engine != "ray":
        # a cluster address with the local engine ran on this machine, silently
        raise ValueError(f"address {address!r} names a Ray cluster: it needs engine='ray'")
    if settings.workers < 0 or settings.batch_size < 1:
        raise ValueError(
            f"workers must be >= 0 (0 = all cores) and batch_size >= 1, not "
            f"{settings.workers} and {settings.batch_size}"
        )
    # an engine that cannot start is said before the database is made: it
    # left a new database holding one 'failed' run
    check_engine(engine, address)
    pipeline = pipeline or default_pipeline(settings)
    # One path given as a string or a Path is one input (a string was iterated
    # letter by letter, each letter "no such file"); Path objects are as good
    # as strings (they crashed the run's record with "not JSON serializable")
    if isinstance(inputs, (str, bytes, os.PathLike)):
        inputs = [inputs]
    inputs = [os.fsdecode(i) if isinstance(i, bytes) else os.fspath(i) for i in inputs]
    db_path = os.fspath(db_path)
    notify = progress or (lambda _e, _d: None)

    # The full-text indexes are filled at the run's end in one pass (and at
    # its checkpoints), not batch by batch: 0.80 -> 0.63-0.70 CPU s of store
    # writes per 1,000 pages (each batch's flush was merged again into the
    # ones before it), the same index.
    store = Store(db_path, defer_text_index=True)
    store.acquire_writer_lock()
    _no_full_collection_at_exit()
    report = RunReport()
    errors: list[ReadError] = []
    was_frozen = gc.get_freeze_count() > 0
    t_start = time.perf_counter()
    run_id = store.start_run(inputs, engine=engine)
    report.settings = changed_settings(settings)
    _say_settings_changed(store, run_id, report.settings, notify)
    # how many of ``errors`` are written: batches commit in the order they were
    # read, so the ones written are always the first ones
    committed_errors = 0
    executor = None
    finished = False  # the run is recorded finished: a Ctrl-C after it stops nothing
    gc_thresholds = _raise_gc_thresholds()
    try:
        seq_stages = pipeline.sequential_rest
        _restore_sequential(store, seq_stages, report)
        executor = make_executor(engine, pipeline.parallel_prefix, settings.workers, address)
        in_flight: deque[tuple[Any, _Pending]] = deque()
        # every document id read in this run (memory: a few dozen bytes a
        # document), to tell a repeat in the inputs from one stored earlier
        run_ids: set[str] = set()
        last_checkpoint = time.process_time()
        checkpoint_every = CHECKPOINT_SECONDS
        frozen = was_frozen

        def commit_oldest() -> None:
            nonlocal last_checkpoint, checkpoint_every, frozen, committed_errors
            handle, pending = in_flight.popleft()
            with _uncollected_while_loading(not frozen):
                docs, reports = handle.result() if handle is not None else ([], {})
                for name, rep in reports.items():
                    report.add_stage(name, rep)
                docs, seq_reports = run_stages(seq_stages, docs)
            for name, rep in seq_reports.items():
                report.add_stage(name, rep)
            states: dict[str, bytes | None] = {}
            if seq_stages and docs and time.process_time() - last_checkpoint > checkpoint_every:
                t0 = time.process_time()
                states = _checkpoint_states(seq_stages, docs)
                # States grow with the corpus: space checkpoints so that saving
                # them never takes more than about 5% of the run.
                checkpoint_every = max(CHECKPOINT_SECONDS, 20 * (time.process_time() - t0))
                last_checkpoint = time.process_time()
            report.processed += store.write_batch(
                run_id, docs, pending.errors, pending.done_inputs, states
            )
            if states:
                # search during a long run lags by one checkpoint at most
                store.index_new_documents()
            committed_errors += len(pending.errors)
            report.passed_over.update(pending.passed_over)
            for file, counts in pending.passed_over_by_file.items():
                report.passed_over_by_file.setdefault(file, Counter()).update(counts)
            if not was_frozen:
                # The first batch has loaded what the stages load lazily
                # (jieba's dictionary, pypinyin's phrases, lingua's and the
                # Thai tagger's models): millions of objects that live to the
                # end. Kept out of the garbage collector's full scans, which
                # otherwise re-walk them several times a run (the executor
                # does the same before its workers fork). So is, after every
                # later batch, what survived it: the sequential stages' state
                # and the caches of words and answers, which grow all run and
                # set off a full collection each time they grew by a quarter
                # (four on 1,000 pages, walking them all and freeing nothing).
                # The batch's documents are freed by their reference counts
                # once stored, frozen or not; the run unfreezes at its end.
                # First a collection of the youngest generation (at most
                # 10,000 containers with the run's thresholds; a full one
                # here walked the batch's documents too, 0.15 CPU s per
                # 1,000 pages): the cyclic garbage pending there is freed,
                # not frozen to the run's end, so memory stays flat.
                gc.collect(0)
                gc.freeze()
                frozen = True
            notify(
                "batch",
                {
                    "documents": len(docs),
                    "errors": len(pending.errors),
                    "files_done": len(pending.done_inputs),
                },
            )

        def submit(pending: _Pending) -> None:
            docs = pending.docs
            if docs:
                # A document seen earlier in this run (the same page in two
                # files) is a repeat of the inputs, not one "already stored":
                # only the ids new to this run are looked up in the store.
                # A document an earlier version stored under another id (its
                # reader's former_ids) is stored too: a resumed run over a
                # database that version wrote must not add it again.
                ids = {d.id for d in docs} | {f for d in docs for f in d.former_ids}
                stored = store.existing_ids(ids - run_ids)
                fresh: list[Document] = []
                for d in docs:
                    if d.id in run_ids:
                        report.repeated_in_inputs += 1
                        continue
                    run_ids.add(d.id)
                    if d.id in stored or not stored.isdisjoint(d.former_ids):
                        report.skipped_existing += 1
                        continue
                    fresh.append(d)
                if fresh:
                    # a new text under a stored name (source or URL) is the
                    # page changed since: said apart from pages never seen
                    # (standard input names every page read from it alike)
                    names = {n for d in fresh for n in page_names(d.url, d.source)}
                    stored_texts = store.texts_stored_under(names)
                    for d in fresh:
                        before = stored_texts.get(d.source, set()) | stored_texts.get(d.url, set())
                        # the same text from another input is a copy (dedup links it)
                        if before and d.content_hash not in before:
                            report.new_versions += 1
                pending.docs = fresh
            handle = executor.submit(pending.docs) if pending.docs else None
            in_flight.append((handle, pending))
            while len(in_flight) > executor.max_in_flight:
                commit_oldest()

        pending = _Pending()
        # "newsline run ." beside ./newsline.db must not read the database,
        # its journal or its lock as news
        own_files = store.own_files()
        # hidden entries of the folders walked (.git, .DS_Store): not read,
        # said under "passed over" with the batch that follows them
        hidden: Counter[str] = Counter()
        for item in iter_input_files(inputs, settings, hidden):
            if hidden:
                pending.passed_over.update({"hidden:" + k: n for k, n in hidden.items()})
                hidden.clear()
            if isinstance(item, ReadError):
                _reject(report, errors, pending, item, notify)
                continue
            path = item
            if path != STDIN and os.path.realpath(path) in own_files:
                continue
            if path != STDIN and _sqlite_lock_file(path):
                # another database's writer lock (a pid): its database beside
                # it is rejected as binary, the lock would be stored as text
                pending.passed_over["database lock:" + os.path.basename(path)] += 1
                continue
            stat = _stat(path)
            name = printable_path(path)  # what is stored and shown (the path may not be UTF-8)
            if stat is not None and store.input_done(name, *stat):
                report.skipped_existing += 1
                report.files_skipped += 1
                notify("file_skipped", {"path": name})
                continue
            n_docs = n_errors = 0
            passed: Counter[str] = Counter()
            for x in read_path(path, settings, passed_over=True):
                if isinstance(x, ReadError):
                    _reject(report, errors, pending, x, notify)
                    n_errors += 1
                    continue
                if type(x) is PassedOver:
                    passed.update(x.counts)
                    continue
                n_docs += 1
                report.read += 1
                pending.docs.append(x)
                if len(pending.docs) >= settings.batch_size:
                    submit(pending)
                    pending = _Pending()
            if stat is not None and (n_docs or not n_errors):
                # a file that gave only errors is not "done": the next run reads
                # it again and reports it again, instead of counting it as
                # already stored (and succeeding on an input that never read)
                pending.done_inputs.append((name, *stat))
            # with the batch that finishes the file: counted once it commits
            pending.passed_over.update(passed)
            if passed:
                pending.passed_over_by_file.setdefault(name, Counter()).update(passed)
            notify("file_done", {"path": name})
        if hidden:  # met after the last file
            pending.passed_over.update({"hidden:" + k: n for k, n in hidden.items()})
        if not pending.empty():
            submit(pending)
        while in_flight:
            commit_oldest()

        if seq_stages:
            store.write_batch(
                run_id, [], stage_states=_checkpoint_states(seq_stages, None, store=store)
            )
            tables: dict[str, list[dict[str, Any]]] = {}
            for stage in seq_stages:
                t0 = time.perf_counter()
                tables.update(stage.finalize())
                rep = report.stages.get(stage.name)
                if rep is not None:
                    rep.seconds += time.perf_counter() - t0
            if tables:
                store.write_corpus_tables(tables)
        # also what a run killed before its end stored unindexed
        store.index_new_documents()
        _sync_search_index(store)
        report.seconds = time.perf_counter() - t_start
        store.finish_run(run_id, report.to_dict())
        finished = True
        return RunResult(run_id, db_path, report, errors)
    except BaseException as exc:
        report.seconds = time.perf_counter() - t_start
        # Ctrl-C and SIGTERM (which the CLI raises as KeyboardInterrupt) stop a
        # run as SIGKILL does: "interrupted", resumable; "failed" is kept for
        # an error, which the report names
        stopped = isinstance(exc, KeyboardInterrupt)
        rep = report.to_dict()
        if not stopped:
            rep["error"] = f"{type(exc).__name__}: {exc}"[:500]
        # documents read whose batch never committed: neither new, already
        # stored, repeated nor rejected, they are read again by the next run.
        # Said apart, or "read=150 new=100" left 50 unaccounted for
        rep["read_not_stored"] = max(
            0,
            report.read
            - report.processed
            - (report.skipped_existing - report.files_skipped)
            - report.repeated_in_inputs,
        )
        try:
            # the problems the report counts whose batch was never committed:
            # listed with the run all the same (their files are read again,
            # and listed again, by the next run)
            store.record_errors(run_id, errors[committed_errors:])
            store.finish_run(run_id, rep, status="interrupted" if stopped else "failed")
        except Exception:  # noqa: BLE001, S110 - the original error matters more
            pass
        try:
            # what was committed is searchable, as after a finished run (a
            # run killed outright leaves it to the next run's end)
            store.index_new_documents()
        except Exception:  # noqa: BLE001, S110 - the original error matters more
            pass
        raise
    finally:
        try:
            if executor is not None:
                executor.close()
            store.close()
        except KeyboardInterrupt:
            # Ctrl-C while the workers and the database close after the run
            # was recorded finished: it is done, nothing is left to resume. It
            # said "interrupted ... run again to resume" and exited 130 while
            # `newsline runs` showed it finished
            if not finished:
                raise
        # what the run kept apart goes back to the collector: a process that
        # runs again (the web app, tests) collects it as usual
        if not was_frozen:
            gc.unfreeze()
        gc.set_threshold(*gc_thresholds)


def _say_settings_changed(
    store: Store, run_id: int, now: dict[str, Any], notify: ProgressFn
) -> None:
    """Warn when this run's settings differ from the last run's over a database
    that holds documents: those keep what they were given (a re-run adds
    nothing twice, so it recomputes nothing) and only new documents get the new
    settings -- it was silent, the database mixing both."""
    before = next(
        (
            r
            for r in store.runs()
            if r["id"] < run_id and isinstance(r["report"], dict) and "settings" in r["report"]
        ),
        None,
    )
    if before is None or before["report"]["settings"] == now or not store.count_documents():
        return
    was, default = before["report"]["settings"], Settings()

    def value(given: dict[str, Any], key: str) -> Any:
        if key in given:
            return given[key]
        section, _, name = key.partition(".")
        return getattr(getattr(default, section, None), name, None)

    diff = {k: (value(was, k), value(now, k)) for k in sorted({*was, *now})}
    diff = {k: v for k, v in diff.items() if v[0] != v[1]}
    if not diff:
        return
    what = ", ".join(f"{k}: {a!r} → {b!r}" for k, (a, b) in diff.items())
    message = (
        f"settings differ from run {before['id']}'s ({what}): the documents already "
        "stored keep what they were given, only new ones get these settings "
        "(a new database recomputes everything)"
    )
    warnings.warn(message, RuntimeWarning, stacklevel=3)
    notify("settings_changed", {"message": message, "changes": diff})


def _sync_search_index(store: Store) -> None:
    """Bring the short-query search index up to date with what this run added.

    Search stays correct without it (unindexed rows are scanned), only slower.
    """
    from .web.index import sync

    sync(store.conn)


def _reject(
    report: RunReport,
    errors: list[ReadError],
    pending: _Pending,
    e: ReadError,
    notify: ProgressFn,
) -> None:
    report.rejected += 1
    # Group by the kind of problem, not by the offsets or line numbers in it.
    report.rejected_reasons[rejection_kind(e.reason)] += 1
    errors.append(e)
    pending.errors.append(e)
    notify("rejected", {"source": e.source, "reason": e.reason})


def _stat(path: str) -> tuple[int, int] | None:
    if path == "-":
        return None
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


# -- sequential stage state ------------------------------------------------------

_STATE_HEADER = b"NLSTATE1"


def _checkpoint_states(
    stages: list[Stage], docs: list[Document] | None, store: Store | None = None
) -> dict[str, bytes | None]:
    """Each stage's state, tagged with the last document id it has seen.

    The tag is the id of the batch's last document, or -- at the end of a
    run -- that of the newest stored document.
    """
    last_id = ""
    if docs:
        last_id = docs[-1].id
    elif store is not None:
        row = store.conn.execute("SELECT id FROM documents ORDER BY rowid DESC LIMIT 1").fetchone()
        last_id = row[0] if row else ""
    out: dict[str, bytes | None] = {}
    for s in stages:
        state = s.state_dict()
        if state is None:
            continue
        out[s.name] = _STATE_HEADER + last_id.encode().ljust(16, b" ") + state
    return out


def _restore_sequential(store: Store, stages: list[Stage], report: RunReport) -> None:
    """Load checkpoints, then replay documents stored after each checkpoint."""
    if not stages:
        return
    for stage in stages:
        if type(stage).state_dict is Stage.state_dict:
            continue  # keeps no state: nothing to restore or replay
        blob = store.load_stage_state(stage.name)
        after_rowid = 0
        if blob is not None and blob.startswith(_STATE_HEADER):
            last_id = blob[len(_STATE_HEADER) : len(_STATE_HEADER) + 16].decode().strip()
            try:
                stage.load_state(blob[len(_STATE_HEADER) + 16 :])
            except ValueError:
                # a state saved by another version or other settings (its keys
                # or signatures are not comparable): rebuilt from every stored
                # document, as a state that was never saved is, not a crash
                report.stages.setdefault(stage.name, _report()).counters[
                    "state_rebuilt_on_resume"
                ] += 1
                last_id = ""
            if last_id:
                row = store.conn.execute(
                    "SELECT rowid FROM documents WHERE id=?", (last_id,)
                ).fetchone()
                after_rowid = row[0] if row else 0
        replayed = 0
        # what the replay finds again (copies, stories joined) was counted by
        # the runs that stored those documents: counted here too, this run's
        # report named another run's copies as its own
        again: Counter[str] = Counter()
        for batch in _stored_batches(store, after_rowid):
            stage(batch, again)
            replayed += len(batch)
        if replayed:
            report.stages.setdefault(stage.name, _report()).counters["replayed_on_resume"] += (
                replayed
            )


def _report():  # small indirection keeps the import local
    from .pipeline import StageReport

    return StageReport()


def _stored_batches(store: Store, after_rowid: int, size: int = 256) -> Iterator[list[Document]]:
    last = after_rowid
    while True:
        rows = store.conn.execute(
            "SELECT rowid, id FROM documents WHERE rowid > ? ORDER BY rowid LIMIT ?", (last, size)
        ).fetchall()
        if not rows:
            return
        docs = [d for d in (store.get_document(r[1]) for r in rows) if d is not None]
        yield docs
        last = rows[-1][0]
