"""Local executor: worker processes on this machine, or inline for one worker."""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import re
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from ..model import Document
from ..pipeline import Stage, StageReport, run_stages

_WORKER_STAGES: list[Stage] = []


def _init_worker(stages: list[Stage], parent_pid: int | None = None) -> None:
    global _WORKER_STAGES
    _WORKER_STAGES = stages
    # A handler the run installed (SIGTERM -> stop cleanly) is the run's own:
    # a worker told to stop just stops.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if parent_pid is not None:
        threading.Thread(
            target=_exit_with_parent, args=(parent_pid,), daemon=True, name="newsline-parent-watch"
        ).start()


def _exit_with_parent(parent_pid: int, every: float = 0.5) -> None:
    """End this worker when the run that started it is gone.

    A run killed with SIGKILL (by hand, by the OOM killer) cannot stop its
    workers; they waited forever on a queue nobody writes to, holding their
    memory (and, before the store closed inherited locks, the database).
    """
    while True:
        if os.getppid() != parent_pid:
            os._exit(1)
        time.sleep(every)


def _run_in_worker(docs: list[Document]) -> tuple[list[Document], dict[str, StageReport]]:
    return run_stages(_WORKER_STAGES, docs)


# One short article per script newsline reads most, each with a date and a
# name in a body paragraph, so that a dry run takes every language's own path
# (Thai and Chinese tagging, romanisation, date tables) and loads each lazily
# built model, table and tokenizer. A line too short to be body (a dated
# headline reads as a publish stamp) would skip the event and story paths.
# Keyed by what a page loads: "latin" (lingua's models, which every run
# needs: any page may hold a Latin line), "thai", "han", "kana" (pykakasi's
# tables, about 0.5 CPU-s and 100 MB, for Japanese names).
_WARM_PAGES_BY_SCRIPT = (
    (
        "latin",
        (
            "Ủy hội sông Mekong cho biết ngày 12/3/2025, ông Nguyễn Văn An đã chủ trì cuộc họp "
            "tại Viêng Chăn để bàn về mực nước mùa khô. Các nước thành viên cử đại diện tham dự."
        ),
    ),
    (
        "thai",
        (
            "คณะกรรมาธิการแม่น้ำโขงระบุว่าเมื่อวันที่ 12 มีนาคม 2568 นายสมชาย ใจดี เป็นประธานการประชุม"
            "ที่เวียงจันทน์เพื่อหารือเรื่องระดับน้ำในฤดูแล้ง ผู้แทนประเทศสมาชิกเข้าร่วมทุกประเทศ"
        ),
    ),
    (
        "han",
        (
            "湄公河委员会表示，主席阮文安于2025年3月12日在万象主持特别会议，讨论旱季水位问题。"
            "各成员国代表均出席了会议。"
        ),
    ),
    (
        "latin",
        (
            "The Mekong River Commission said its chair, Nguyen Van An, opened a special meeting "
            "in Vientiane on March 12, 2025 to discuss dry-season water levels. Every member "
            "country sent delegates."
        ),
    ),
    (
        "kana",
        (
            "メコン川委員会は2025年3月12日、ビエンチャンで特別会議を開いた。議長のグエン・バン・アン氏が"
            "乾季の水位について説明し、加盟国の代表が出席した。"
        ),
    ),
)
_WARM_PAGES = tuple(text for _, text in _WARM_PAGES_BY_SCRIPT)
# What loads only for a script: Thai's tokenizer, tagger and romaniser (about
# 0.3 CPU-s), jieba's dictionary and tagger and pypinyin's phrases (about
# 1 CPU-s and 200 MB), pykakasi's tables (Japanese). A run whose pages hold
# none of a script's letters never needs them; one whose later batch brings
# them warms them then (see LocalExecutor.submit). Han: CJK ideographs, as
# wordseg reads them.
_SCRIPT_LETTERS = {
    "thai": re.compile("[\u0e00-\u0e7f]"),
    "han": re.compile("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]"),
    "kana": re.compile("[\u3040-\u30ff]"),  # hiragana and katakana: Japanese
}
_ALL_WARM = frozenset({"latin", "html", *_SCRIPT_LETTERS})


def warm_needs(docs: list[Document], known: frozenset[str] = frozenset()) -> frozenset[str]:
    """What a warm-up must load for ``docs``: "latin" always, "html" for a web
    page, and each script of ``_SCRIPT_LETTERS`` whose letters a text or a
    title holds (one C search per text and script; none for an ASCII text);
    what is ``known`` already is not looked for again, and comes back with
    the rest."""
    need = {"latin", *known}
    for d in docs:
        if d.html:
            need.add("html")
        texts = [t for t in (d.text, d.title) if t and not t.isascii()]
        for script, letters in _SCRIPT_LETTERS.items():
            if script not in need and any(letters.search(t) for t in texts):
                need.add(script)
        if len(need) == len(_ALL_WARM):
            break
    return frozenset(need)


# A small news page in markup (menu, headline, byline, article, footer): a
# run that reads web pages also loads, before the workers fork, what only
# pages load -- trafilatura and the libraries under it, and the cleaning
# rules that look at a page's markup. Without it every worker loaded them
# itself on its first web page (about 0.3 CPU-seconds each).
_WARM_HTML = (
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
    "<title>Mekong commission meets on dry-season levels | River Desk</title>"
    "<meta property='og:site_name' content='River Desk'>"
    "<meta name='author' content='Lan Pham'>"
    "<meta property='article:published_time' content='2025-03-12T08:00:00Z'>"
    "</head><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li>"
    "<li><a href='/contact'>Contact</a></li></ul></nav><article>"
    "<h1>Mekong commission meets on dry-season levels</h1>"
    "<p class='byline'>By Lan Pham</p><p>March 12, 2025</p>"
    f"<p>{_WARM_PAGES[3]}</p>"
    "<p>Delegates agreed to share daily gauge readings from upstream dams until the rains "
    "return, the commission's secretariat said in a statement after the meeting.</p>"
    "</article><footer><p>© 2025 River Desk. All rights reserved.</p>"
    "<p><a href='/privacy'>Privacy policy</a></p></footer></body></html>"
)


def _warm_html_document() -> Document:
    """The warm-up's web page, as the reader makes a document of it."""
    from ..model import make_doc_id
    from ..readers.html import parse_html

    page = parse_html(_WARM_HTML)
    return Document(
        id=make_doc_id("warm-up-html", page.text),
        source="warm-up-html",
        url="https://warm-up.invalid/world/mekong",
        text=page.text,
        html=_WARM_HTML,
        title=page.title,
        author=page.author,
        sitename=page.sitename,
        published=page.published,
        meta=dict(page.meta),
    )


def _warm_up(
    stages: list[Stage], html: bool = False, scripts: frozenset[str] | None = None
) -> None:
    """Load the stages' heavy resources in this process before workers fork,
    so they are shared copy-on-write instead of loaded once per worker;
    ``html``: the run reads web pages, so what only they load is loaded too;
    ``scripts``: the warm pages to run (see ``_WARM_PAGES_BY_SCRIPT``), all
    of them when None. The stages' own ``warm`` runs when "latin" is asked
    (the first warm-up of a run)."""
    from ..model import make_doc_id

    # What loads here is a million objects that live to the end: allocated
    # with the collector paused (their allocation set off full collections
    # that walked the growing heap and found nothing), then one collection.
    enabled = gc.isenabled()
    gc.disable()
    try:
        if scripts is None or "latin" in scripts:
            for stage in stages:
                warm = getattr(stage, "warm", None)
                if warm is not None:
                    warm()
        docs = [
            Document(id=make_doc_id(f"warm-up-{k}", text), source=f"warm-up-{k}", text=text)
            for k, (script, text) in enumerate(_WARM_PAGES_BY_SCRIPT)
            if scripts is None or script in scripts
        ]
        try:
            if html:
                docs.append(_warm_html_document())
            if docs:
                run_stages(stages, docs)
        except Exception:  # noqa: BLE001, S110 - warming is an optimisation, never an error
            pass
    finally:
        gc.collect()
        if enabled:
            gc.enable()
    # The loaded tables (jieba's dictionary, pypinyin's phrases, the models)
    # are millions of objects that live to the end: kept out of the garbage
    # collector's scans, the workers neither re-scan them at every full
    # collection nor copy their pages by touching them.
    gc.freeze()


class _Done:
    """A finished 'future' for inline execution (keeps one code path)."""

    def __init__(self, fn: Any, arg: Any):
        self._fn, self._arg = fn, arg

    def result(self) -> Any:
        return self._fn(self._arg)


class _Joined:
    """One batch run as several chunks: their documents in the batch's order,
    their stage reports added up."""

    def __init__(self, parts: list[Future[Any]]):
        self._parts = parts

    def result(self) -> tuple[list[Document], dict[str, StageReport]]:
        docs: list[Document] = []
        reports: dict[str, StageReport] = {}
        for part in self._parts:
            d, r = part.result()
            docs.extend(d)
            for name, rep in r.items():
                reports.setdefault(name, StageReport()).add(rep)
        return docs, reports


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - non-Linux
        return max(1, os.cpu_count() or 1)


def left_unprocessed(doc: Document, reports: dict[str, StageReport]) -> Document:
    """``doc``, which a worker process died on twice, kept as read with an
    ``internal_error`` flag and counted under the ``worker_crash`` stage."""
    from ..model import Flag

    doc.flags.append(
        Flag(
            kind="internal_error",
            reason="a worker process died while processing this document (a crash "
            "or the memory limit); it was kept unprocessed",
        )
    )
    rep = reports.setdefault("worker_crash", StageReport())
    rep.documents += 1
    rep.counters["documents_left_unprocessed"] += 1
    return doc


WorkerResult = tuple[list[Document], dict[str, StageReport]]


def collect_recovered(
    docs: list[Document],
    got: list[WorkerResult | None],
    alone: Callable[[Document], WorkerResult | None],
) -> WorkerResult:
    """A broken batch put back together, in its order: ``got`` holds what each
    document gave when redone as its own task (None where its worker died
    again); those are tried ``alone`` twice more -- another batch beside them
    may have been the killer -- and a document that still kills its worker is
    kept unprocessed (:func:`left_unprocessed`). Stage reports add up once."""
    out: list[Document] = []
    reports: dict[str, StageReport] = {}
    for doc, res in zip(docs, got, strict=True):
        for _ in range(2 if res is None else 0):
            res = alone(doc)
            if res is not None:
                break
        if res is None:
            out.append(left_unprocessed(doc, reports))
            continue
        out.extend(res[0])
        for name, r in res[1].items():
            reports.setdefault(name, StageReport()).add(r)
    return out, reports


class _PoolHandle:
    """A batch submitted to the pool. When a worker process dies under it (the
    OOM killer, a crash inside a C library on one hostile page), the batch is
    run again in a fresh pool one document per task (all at once, then those
    broken again one after another), so that only a document that kills a
    worker by itself is left unprocessed -- kept, and flagged."""

    __slots__ = ("_docs", "_executor", "_future", "_generation")

    def __init__(self, executor: LocalExecutor, docs: list[Document]):
        self._executor, self._docs = executor, docs
        self._generation = executor._generation
        self._future: Future[Any] | None
        try:
            self._future = executor._pool_now().submit(_run_in_worker, docs)
        except BrokenProcessPool:  # a worker died under an earlier batch
            self._future = None

    def result(self) -> tuple[list[Document], dict[str, StageReport]]:
        if self._future is not None:
            try:
                return self._future.result()
            except BrokenProcessPool:
                pass
        return self._executor._recover(self._docs, self._generation)


class LocalExecutor:
    """Runs stages in a process pool (``workers`` > 1) or in this process.

    Work is pulled batch by batch by the runner, which bounds the batches in
    flight, so memory stays flat however large the corpus. A worker that dies
    does not end the run: see :class:`_PoolHandle`.
    """

    def __init__(self, stages: list[Stage], workers: int = 0):
        self.stages = stages
        self.workers = workers or default_workers()
        self._pool: ProcessPoolExecutor | None = None
        self._generation = 0  # pools started so far, less one
        # The pool starts with the first batch, not here: what that batch is
        # (web pages or text) says what the warm-up loads before the fork.
        self._parallel = self.workers > 1 and bool(stages)
        self._warmed: frozenset[str] = frozenset()  # warm_needs already loaded

    def _start(self, docs: list[Document]) -> None:
        self._warm(warm_needs(docs))
        self._pool = self._new_pool()

    def _warm(self, needs: frozenset[str]) -> None:
        new = needs - self._warmed
        _warm_up(self.stages, html="html" in new, scripts=new - {"html"})
        self._warmed |= new

    def _warm_and_refork(self, needs: frozenset[str]) -> None:
        """A batch needs what the warm-up did not load (the first Thai or
        Chinese page, or the first web page, of a run that began without):
        loaded here once, and the workers started again from this process,
        instead of each worker loading it for itself. The old pool finishes
        the batches it holds (their handles keep their futures) and ends."""
        self._warm(needs)
        old = self._pool
        self._pool = self._new_pool()
        self._generation += 1
        if old is not None:
            old.shutdown(wait=False)

    def _new_pool(self) -> ProcessPoolExecutor:
        # fork: workers inherit loaded modules, so start-up is cheap; the
        # stages build their heavy resources lazily inside each worker.
        ctx = mp.get_context("fork")
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=ctx,
            initializer=_init_worker,
            initargs=(self.stages, os.getpid()),
        )

    def _pool_now(self) -> ProcessPoolExecutor:
        assert self._pool is not None
        return self._pool

    def _replace_pool(self, generation: int) -> None:
        """A fresh pool in place of the broken one of ``generation`` (once:
        every batch that was in the broken pool reports the same breakage)."""
        if generation != self._generation or self._pool is None:
            return
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._new_pool()
        self._generation += 1

    def _recover(
        self, docs: list[Document], generation: int
    ) -> tuple[list[Document], dict[str, StageReport]]:
        self._replace_pool(generation)
        # First every document as its own task, all at once: a batch that was
        # only running beside the page that killed a worker (every batch in
        # flight breaks with it) is redone at full speed, not one document
        # after another on one worker. The documents broken again go on alone.
        got: list[WorkerResult | None] = [None] * len(docs)
        gen = self._generation
        futures: list[Future[Any]] = []
        try:
            for doc in docs:
                futures.append(self._pool_now().submit(_run_in_worker, [doc]))
        except BrokenProcessPool:
            pass
        broken = len(futures) < len(docs)
        for k, fut in enumerate(futures):
            try:
                got[k] = fut.result()
            except BrokenProcessPool:
                broken = True
        if broken:
            self._replace_pool(gen)

        def alone(doc: Document) -> WorkerResult | None:
            gen = self._generation
            try:
                return self._pool_now().submit(_run_in_worker, [doc]).result()
            except BrokenProcessPool:
                self._replace_pool(gen)
                return None

        return collect_recovered(docs, got, alone)

    @property
    def max_in_flight(self) -> int:
        return 2 * self.workers

    def submit(self, docs: list[Document]) -> _PoolHandle | _Done | _Joined:
        if not self._parallel:
            return _Done(lambda d: run_stages(self.stages, d), docs)
        if self._pool is None and self._generation == 0:
            self._start(docs)
        elif self._warmed != _ALL_WARM:
            needs = warm_needs(docs, self._warmed)
            if not needs <= self._warmed:
                self._warm_and_refork(needs)
        if len(docs) < 2 * self.workers:
            return _PoolHandle(self, docs)
        # Every worker takes a share of each batch, rather than one worker
        # the whole batch: the runner waits for its oldest batch, so that
        # batch is done (and stored) sooner, and at the end of a run no
        # worker sits idle while another finishes the last batch alone.
        size = -(-len(docs) // self.workers)
        return _Joined([_PoolHandle(self, docs[k : k + size]) for k in range(0, len(docs), size)])

    def close(self) -> None:
        self._parallel = False  # a batch after close runs here, as it always did
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
