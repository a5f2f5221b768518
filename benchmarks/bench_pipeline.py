"""Documents/s per core, per stage and end to end, for text and WARC input.

    python benchmarks/bench_pipeline.py [--docs 2000] [--formats txt,warc]
                                        [--workers 0] [--engines local,ray]
                                        [--marginal 250]

For each input format it generates (once, cached under --cache) a synthetic
corpus of ~3 kB vi/th/zh/en news documents with benchmarks/gen_corpus.py,
then runs the pipeline into a fresh database as a separate process:

1. with one worker (stages inline): each stage's seconds and docs/s come from
   the run report (``RunReport.stages``); reading is timed on its own; the
   store write is what is left of the wall time;
2. with all cores (and with Ray, if asked): end-to-end wall time, docs/s,
   docs/s per core, CPU seconds of the whole process tree (from wait4, so
   worker processes count) and its peak memory.

"docs per CPU-second" is the figure that holds on a busy machine: it is
what one core would do if it had nothing else to run. The goal of issue 7 is
>= 300 documents/s per core on the text path.

``--marginal M`` also runs a one-worker pass over an M-document corpus and
prints the marginal rate, (docs - M) / (CPU of docs - CPU of M): what each
further document costs once the process has paid its fixed costs (imports,
model and dictionary loads on first use, regex compiles). It tells a
crawl-sized run's rate from a small benchmark's, where those fixed seconds
weigh on every document.

Prints one table; writes nothing outside --cache and a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_common import REPO, TreeMemory, compile_package, cores, mb
from gen_corpus import GENERATOR_VERSION, write_corpus

GOAL_DOCS_PER_CORE = 300


def corpus(cache: Path, fmt: str, n: int, seed: int = 7) -> Path:
    d = cache / f"{fmt}-{n}-s{seed}-g{GENERATOR_VERSION}"
    done = cache / f"{d.name}.complete"  # outside the corpus: it is not a document
    if not done.exists():
        import shutil

        shutil.rmtree(d, ignore_errors=True)
        t0 = time.perf_counter()
        write_corpus(d, n, fmt, seed)
        done.write_text("ok")
        print(
            f"[generated {n} {fmt} documents in {time.perf_counter() - t0:.1f}s -> {d}]",
            file=sys.stderr,
        )
    return d


def run_measured(
    inputs: list[str],
    db: str,
    workers: int,
    engine: str = "local",
    stages: str | None = None,
    batch_size: int = 64,
) -> dict:
    """One pipeline run in a child process: its report, wall, CPU and peak memory."""
    out_json = db + ".json"
    cmd = [
        sys.executable,
        str(REPO / "benchmarks" / "bench_common.py"),
        "run",
        *inputs,
        "--db",
        db,
        "--workers",
        str(workers),
        "--engine",
        engine,
        "--json",
        out_json,
        "--batch-size",
        str(batch_size),
        "--cpu-stages",
    ]
    if stages:
        cmd += ["--stages", stages]
    # benchmarks/ on the path too: Ray workers unpickle the CpuTimed wrapper.
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join([str(REPO / "src"), str(REPO / "benchmarks")])
    )
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    with TreeMemory(proc.pid) as mem:
        _, status, ru = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if status != 0 or not Path(out_json).exists():
        raise SystemExit(f"run failed ({status}): {' '.join(cmd)}\n{err[-3000:]}")
    res = json.loads(Path(out_json).read_text("utf-8"))
    # wait4 counts the child and the workers it reaped; Ray's actors are
    # children of its raylet, so the sampled tree CPU is the larger figure.
    cpu = max(ru.ru_utime + ru.ru_stime, mem.cpu_seconds)
    res.update(
        outer_wall_s=wall,
        cpu_s=cpu,
        peak_rss=mem.peak_rss,
        peak_pss=mem.peak_pss,
        procs=mem.peak_procs,
        peak_quarters=[mem.peak_between(q / 4, (q + 1) / 4 + (q == 3)) for q in range(4)],
    )
    return res


def time_reading(path: Path) -> tuple[int, float]:
    sys.path.insert(0, str(REPO / "src"))
    from newsline.model import ReadError
    from newsline.readers import iter_input_files, read_path
    from newsline.settings import Settings

    st = Settings()
    n = 0
    t0 = time.process_time()
    for f in iter_input_files([str(path)], st):
        if isinstance(f, ReadError):
            continue
        for x in read_path(f, st):
            n += not isinstance(x, ReadError)
    return n, time.process_time() - t0


def fmt_rate(docs: int, seconds: float) -> str:
    return f"{docs / seconds:,.0f}" if seconds > 0 else "-"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--formats", default="txt,warc")
    ap.add_argument("--workers", type=int, default=0, help="all-core run (0 = all cores)")
    ap.add_argument("--engines", default="local", help="engines of the all-core run: local,ray")
    ap.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "newsline-bench"))
    ap.add_argument("--json", default=None, help="also write all figures here")
    ap.add_argument(
        "--marginal",
        type=int,
        default=0,
        metavar="M",
        help="also run M documents with one worker and print the marginal docs per CPU-second",
    )
    a = ap.parse_args()

    n_cores = a.workers or cores()
    cache = Path(a.cache)
    cache.mkdir(parents=True, exist_ok=True)
    compile_package()
    rows: list[tuple[str, ...]] = []
    ends: list[tuple[str, ...]] = []
    figures: dict = {"cores": n_cores, "docs": a.docs, "runs": {}}
    missing: list[str] = []
    marginals: list[str] = []
    for fmt in a.formats.split(","):
        src = corpus(cache, fmt, a.docs)
        n_read, read_cpu = time_reading(src)
        with tempfile.TemporaryDirectory(prefix="nlbench-") as tmp:
            one = run_measured([str(src)], os.path.join(tmp, "one.db"), workers=1)
            figures["runs"][f"{fmt}/1"] = one
            missing = one["missing_stages"]
            rep = one["report"]
            rows.append(
                (fmt, "read", "-", f"{read_cpu:.2f}", str(n_read), fmt_rate(n_read, read_cpu))
            )
            stage_cpu = 0.0
            for name, s in rep["stages"].items():
                cpu = s["counters"].get("cpu_us", 0) / 1e6
                stage_cpu += cpu
                rows.append(
                    (
                        fmt,
                        name,
                        f"{s['seconds']:.2f}",
                        f"{cpu:.2f}",
                        str(s["documents"]),
                        fmt_rate(s["documents"], cpu),
                    )
                )
            rest_cpu = max(0.0, one["cpu_s"] - stage_cpu - read_cpu)
            rows.append(
                (
                    fmt,
                    "store, runner, imports (rest)",
                    "-",
                    f"{rest_cpu:.2f}",
                    str(rep["processed"]),
                    fmt_rate(rep["processed"], rest_cpu),
                )
            )
            # what the rest is made of (measured inside the run's process)
            parts = one.get("cpu_parts") or {}
            left = rest_cpu
            for key, label in (
                ("start_and_imports", "  of which: start, imports (fixed)"),
                ("store_writes", "  of which: store writes"),
                ("search_index_sync", "  of which: search index sync"),
                ("stage_checkpoints", "  of which: stage checkpoints"),
            ):
                if key in parts:
                    left -= parts[key]
                    rows.append((fmt, label, "-", f"{parts[key]:.2f}", "-", "-"))
            if parts:
                rows.append(
                    (fmt, "  of which: runner, other", "-", f"{max(0.0, left):.2f}", "-", "-")
                )
            ends.append(_end_row(fmt, "local", 1, one))
            if 0 < a.marginal < a.docs:
                small = run_measured(
                    [str(corpus(cache, fmt, a.marginal))], os.path.join(tmp, "small.db"), workers=1
                )
                figures["runs"][f"{fmt}/1/{a.marginal}"] = small
                ends.append(_end_row(fmt, "local", 1, small))
                marginals.append(_marginal_line(fmt, small, one))
            for engine in a.engines.split(","):
                many = run_measured(
                    [str(src)], os.path.join(tmp, f"{engine}.db"), workers=n_cores, engine=engine
                )
                figures["runs"][f"{fmt}/{engine}/{n_cores}"] = many
                ends.append(_end_row(fmt, engine, n_cores, many))

    print(
        f"\nnewsline pipeline benchmark: {a.docs} synthetic ~3 kB documents (vi/th/zh/en), "
        f"{cores()} cores on this machine"
    )
    if missing:
        print(f"stages not present yet (left out): {', '.join(missing)}")
    print("\nper stage, one worker (wall s: the stage's own wall time; CPU s: its CPU time)")
    _table(("input", "stage", "wall s", "CPU s", "docs", "docs/CPU-s"), rows)
    print("\nend to end (reading, all stages, SQLite store)")
    _table(
        (
            "input",
            "engine",
            "workers",
            "wall s",
            "docs/s",
            "docs/s/core",
            "CPU s",
            "docs/CPU-s",
            "peak PSS MB",
            "peak RSS MB",
        ),
        ends,
    )
    text_best = [
        float(r[7].replace(",", "")) for r in ends if r[0] in ("txt", "jsonl") and r[7] != "-"
    ]
    if text_best:
        v = max(text_best)
        print(
            f"\ngoal: text path >= {GOAL_DOCS_PER_CORE} docs/s per core -> "
            f"{v:,.0f} docs per CPU-second: {'MET' if v >= GOAL_DOCS_PER_CORE else 'NOT MET'}"
        )
    for line in marginals:
        print(line)
    if a.json:
        Path(a.json).write_text(json.dumps(figures, indent=1), "utf-8")


def _end_row(fmt: str, engine: str, workers: int, r: dict) -> tuple[str, ...]:
    docs = r["report"]["processed"]
    wall = r["outer_wall_s"]
    return (
        fmt,
        engine,
        str(workers),
        f"{wall:.1f}",
        fmt_rate(docs, wall),
        fmt_rate(docs, wall * workers),
        f"{r['cpu_s']:.1f}",
        fmt_rate(docs, r["cpu_s"]),
        mb(r["peak_pss"]),
        mb(r["peak_rss"]),
    )


def _marginal_line(fmt: str, small: dict, big: dict) -> str:
    """What each further document costs: the difference of two one-worker runs."""
    n_small, n_big = small["report"]["processed"], big["report"]["processed"]
    extra_cpu = big["cpu_s"] - small["cpu_s"]
    fixed = small["cpu_s"] - n_small * extra_cpu / max(1, n_big - n_small)
    return (
        f"marginal, {fmt}: {n_big - n_small} more documents cost {extra_cpu:.1f} CPU s -> "
        f"{fmt_rate(n_big - n_small, extra_cpu)} docs per CPU-second once started "
        f"(fixed cost per process ~{fixed:.1f} CPU s)"
    )


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    widths = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(header)
    ]
    line = "  ".join(h.ljust(w) for h, w in zip(header, widths))
    print(line)
    print("-" * len(line))
    for r in rows:
        print(
            "  ".join(
                (c.ljust(w) if i < 2 else c.rjust(w)) for i, (c, w) in enumerate(zip(r, widths))
            )
        )


if __name__ == "__main__":
    main()
