"""Stages and how they compose.

A *stage* is a small object over a batch of documents::

    class MyStage(Stage):
        name = "my_stage"
        def __call__(self, docs: list[Document], stats: Counter[str]) -> list[Document]:
            ...               # annotate docs in place, count things in stats
            return docs

Two kinds:

* ``parallel = True`` (default): the stage looks at one document at a time,
  keeps no state between batches and may run in any worker process. It must
  be picklable (build heavy resources lazily, e.g. with functools.cache).
* ``parallel = False``: the stage sees every batch in order in the main
  process and may keep corpus-wide state (an LSH index, story centroids).
  It persists that state through ``state_dict``/``load_state`` so that an
  interrupted or later run continues incrementally, and may produce
  corpus-level tables in ``finalize`` (e.g. ``{"stories": [...]}``).

A stage knows nothing of the CLI, the database or the executor: those
compose it. A :class:`Pipeline` is a plain list of stages.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .model import Document


class Stage:
    name: str = "stage"
    parallel: bool = True

    def __call__(self, docs: list[Document], stats: Counter[str]) -> list[Document]:
        raise NotImplementedError

    def warm(self) -> None:
        """Load heavy resources now (called in the parent before workers fork,
        so models are shared copy-on-write instead of loaded once per worker)."""

    # Sequential stages only -------------------------------------------------
    def state_dict(self) -> bytes | None:
        return None

    def load_state(self, data: bytes) -> None:
        pass

    def finalize(self) -> dict[str, list[dict[str, Any]]]:
        """Corpus-level tables computed from this stage's state, by table name."""
        return {}


_NUMBER = re.compile(r"\d+")


def rejection_kind(reason: str) -> str:
    """The kind of problem a rejected input's reason names, without its
    offsets, line numbers or details ("WARC record truncated at offset N",
    "invalid JSON on line N"): how the run report and the quality summary
    count rejections, so a thousand cut files are one line, not a thousand.
    A colon inside parentheses belongs to the kind ("binary content (a
    packaged document: Office, …)"): cut there, the kind lost its ")"."""
    depth = 0
    for i, ch in enumerate(reason):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(depth - 1, 0)
        elif ch == ":" and depth == 0:
            reason = reason[:i]
            break
    return _NUMBER.sub("N", reason).strip()


@dataclass
class StageReport:
    # Wall time summed over batches (inflated when the machine is shared) and
    # the CPU time of the thread that ran the stage (what the stage costs).
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    documents: int = 0
    counters: Counter[str] = field(default_factory=Counter)

    def add(self, other: StageReport) -> None:
        self.seconds += other.seconds
        self.cpu_seconds += other.cpu_seconds
        self.documents += other.documents
        self.counters.update(other.counters)

    def to_dict(self) -> dict[str, Any]:
        docs_per_s = self.documents / self.seconds if self.seconds > 0 else None
        per_cpu_s = self.documents / self.cpu_seconds if self.cpu_seconds > 0 else None
        return {
            "seconds": round(self.seconds, 4),
            "cpu_seconds": round(self.cpu_seconds, 4),
            "docs_per_cpu_second": round(per_cpu_s, 1) if per_cpu_s else None,
            "documents": self.documents,
            "docs_per_second": round(docs_per_s, 1) if docs_per_s else None,
            "counters": dict(self.counters),
        }


@dataclass
class RunReport:
    """What a run read, rejected (and why), and what each stage cost."""

    read: int = 0
    # documents already stored by an earlier run, plus unchanged input files
    # skipped unread (those are also counted in files_skipped: a file may hold
    # many documents)
    skipped_existing: int = 0
    files_skipped: int = 0
    # documents read again in this same run (one page in two input files):
    # stored once, from their first copy
    repeated_in_inputs: int = 0
    processed: int = 0
    # of those processed: pages an earlier run stored with other text (same
    # source or URL, another id) -- a re-crawl after an update, an overwritten
    # file; stored beside the earlier version, which is kept
    new_versions: int = 0
    rejected: int = 0
    rejected_reasons: Counter[str] = field(default_factory=Counter)
    # records of the inputs rightly not read as documents (a WARC's redirects,
    # errors, images, requests, empty pages), by reason: "redirect:301",
    # "not HTML:image/jpeg", "record:request". Counted when the batch that
    # finishes their file commits, so a resumed run re-reading a file counts
    # it once; a file skipped unread as unchanged adds nothing
    passed_over: Counter[str] = field(default_factory=Counter)
    # the same counts per input file, so a user can tell which crawl file held
    # the redirects or the images (a run over many WARCs sums them above)
    passed_over_by_file: dict[str, Counter[str]] = field(default_factory=dict)
    stages: dict[str, StageReport] = field(default_factory=dict)
    seconds: float = 0.0
    # settings.changed_settings(): the values this run used that are not the
    # defaults, kept with the run so that results made otherwise can be told
    settings: dict[str, Any] = field(default_factory=dict)

    def add_stage(self, name: str, rep: StageReport) -> None:
        self.stages.setdefault(name, StageReport()).add(rep)

    def to_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "skipped_existing": self.skipped_existing,
            "files_skipped": self.files_skipped,
            "repeated_in_inputs": self.repeated_in_inputs,
            "processed": self.processed,
            "new_versions": self.new_versions,
            "rejected": self.rejected,
            "rejected_reasons": dict(self.rejected_reasons),
            "passed_over": dict(sorted(self.passed_over.items())),
            "passed_over_by_file": {
                f: dict(sorted(c.items())) for f, c in sorted(self.passed_over_by_file.items())
            },
            "seconds": round(self.seconds, 3),
            "settings": dict(self.settings),
            "stages": {k: v.to_dict() for k, v in self.stages.items()},
        }


# How each kind of record passed over is named in a run's summary, in order.
PASSED_OVER_NAMES = {  # kind: (one, several)
    "redirect": ("redirect", "redirects"),
    "not modified": ("not modified", "not modified"),
    "error": ("error", "errors"),
    "status": ("other status", "other statuses"),
    "not HTML": ("not HTML", "not HTML"),
    "empty body": ("empty page", "empty pages"),
    "record": ("record", "records"),
    "database lock": ("database's lock file", "databases' lock files"),
    "hidden": ("hidden file or folder", "hidden files and folders"),
}


def passed_over_text(counts: dict[str, int]) -> str:
    """ "120 redirects (301 ×100, 302 ×20), 44 not HTML (image/jpeg ×30, ...),
    900 request/metadata records (...)": a run's passed-over records, grouped by kind."""
    groups: dict[str, Counter[str]] = {}
    for key, n in counts.items():
        kind, _, which = key.partition(":")
        groups.setdefault(kind, Counter())[which] += n
    parts = []
    for kind in [*PASSED_OVER_NAMES, *sorted(set(groups) - set(PASSED_OVER_NAMES))]:
        if kind not in groups:
            continue
        each = groups[kind]
        total = sum(each.values())
        label = PASSED_OVER_NAMES.get(kind, (kind, kind))[total != 1]
        top = sorted(each.items(), key=lambda wn: (-wn[1], wn[0]))
        if kind == "record":  # "request/metadata records", as WARC names them
            names = "/".join(w for w, _ in top[:4]) + ("/..." if len(top) > 4 else "")
            label = f"{names} {label}"
        shown = ", ".join(f"{w} ×{n}" for w, n in top[:6])
        more = f", +{len(top) - 6} more" if len(top) > 6 else ""
        parts.append(f"{total} {label} ({shown}{more})")
    return ", ".join(parts)


class Pipeline:
    """An ordered list of stages."""

    def __init__(self, stages: Iterable[Stage]):
        self.stages = list(stages)
        names = [s.name for s in self.stages]
        if len(set(names)) != len(names):
            raise ValueError(f"stage names must be unique: {names}")

    @property
    def parallel_prefix(self) -> list[Stage]:
        """The leading per-document stages, which workers may run."""
        out = []
        for s in self.stages:
            if not s.parallel:
                break
            out.append(s)
        return out

    @property
    def sequential_rest(self) -> list[Stage]:
        return self.stages[len(self.parallel_prefix) :]


def run_stages(
    stages: Iterable[Stage], docs: list[Document]
) -> tuple[list[Document], dict[str, StageReport]]:
    """Run stages over one batch, timing each; a failing document is isolated.

    A stage that raises on the batch is retried document by document so that
    one bad page cannot sink the others; the page that still fails gets an
    ``internal_error`` flag naming the stage and the error, and goes on.
    """
    reports: dict[str, StageReport] = {}
    for stage in stages:
        rep = StageReport(documents=len(docs))
        t0 = time.perf_counter()
        c0 = time.thread_time()
        try:
            docs = stage(docs, rep.counters)
        except Exception:  # noqa: BLE001 - isolate, never crash the batch
            kept: list[Document] = []
            for d in docs:
                try:
                    kept.extend(stage([d], rep.counters))
                except Exception as e:  # noqa: BLE001
                    from .model import Flag

                    d.flags.append(
                        Flag(
                            kind="internal_error",
                            reason=f"stage {stage.name} failed on this document: "
                            f"{type(e).__name__}: {e}",
                        )
                    )
                    rep.counters["errors"] += 1
                    kept.append(d)
            docs = kept
        rep.seconds = time.perf_counter() - t0
        rep.cpu_seconds = time.thread_time() - c0
        reports[stage.name] = rep
    return docs, reports
