"""Peak memory as the corpus grows: does `newsline run` stay flat?

    python benchmarks/bench_memory.py [--sizes 10000,100000] [--stages all|segment,langid,dedup]
                                      [--format jsonl] [--workers 0] [--engine local]

For each size it generates (once, cached) a synthetic vi/th/zh/en corpus of
~3 kB documents with benchmarks/gen_corpus.py, runs the pipeline into a fresh
database as a separate process (what ``newsline run`` runs: ``run_corpus``
over the default stages, or the named ones) and samples the memory of the
whole process tree -- runner, worker processes, Ray's processes -- four
times a second.

Printed per size: wall time, docs/s, peak PSS and RSS of the tree, the peak
in each quarter of the run (flat memory means the last quarter is no higher
than the first quarters apart from what corpus-wide state must hold), the
database size and the size of each sequential stage's saved state (the
compact MinHash index, story centroids ...) per document.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_common import cores, mb
from bench_pipeline import _table, corpus, run_measured


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--stages", default="all", help="all, or stage names: segment,langid,dedup")
    ap.add_argument("--format", default="jsonl", choices=("txt", "jsonl", "warc"))
    ap.add_argument("--workers", type=int, default=0)
    ap.add_argument("--engine", default="local")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "newsline-bench"))
    ap.add_argument("--keep-db", default=None, help="folder to keep the databases in")
    a = ap.parse_args()

    cache = Path(a.cache)
    cache.mkdir(parents=True, exist_ok=True)
    stages = None if a.stages == "all" else a.stages
    workers = a.workers or cores()
    rows = []
    for n in [int(x) for x in a.sizes.split(",")]:
        src = corpus(cache, a.format, n)
        with tempfile.TemporaryDirectory(prefix="nlmem-", dir=a.keep_db) as tmp:
            db = os.path.join(a.keep_db or tmp, f"mem-{a.format}-{n}.db")
            for suffix in ("", "-wal", "-shm"):
                Path(db + suffix).unlink(missing_ok=True)
            r = run_measured(
                [str(src)],
                db,
                workers=workers,
                engine=a.engine,
                stages=stages,
                batch_size=a.batch_size,
            )
            docs = r["report"]["processed"]
            size = sum(Path(db + s).stat().st_size for s in ("", "-wal") if Path(db + s).exists())
            con = sqlite3.connect(db)
            states = {
                name: len(blob or b"")
                for name, blob in con.execute("SELECT name, state FROM stage_state")
            }
            con.close()
            state_txt = (
                ", ".join(f"{k} {v / max(docs, 1):,.0f} B/doc" for k, v in sorted(states.items()))
                or "-"
            )
            q = " / ".join(mb(x) for x in r["peak_quarters"])
            rows.append(
                (
                    f"{n:,}",
                    f"{r['outer_wall_s']:.0f}",
                    f"{docs / r['outer_wall_s']:,.0f}",
                    f"{docs / r['cpu_s']:,.0f}",
                    mb(r["peak_pss"]),
                    mb(r["peak_rss"]),
                    q,
                    mb(size),
                    f"{size / max(docs, 1) / 1024:.1f}",
                    state_txt,
                )
            )
            print(f"[{n:,} docs done: peak PSS {mb(r['peak_pss'])} MB]", file=sys.stderr)

    print(
        f"\nnewsline memory benchmark: {a.format} input, stages: {a.stages}, "
        f"engine {a.engine}, {workers} workers, batch {a.batch_size}"
    )
    _table(
        (
            "docs",
            "wall s",
            "docs/s",
            "docs/CPU-s",
            "peak PSS MB",
            "peak RSS MB",
            "PSS peak per quarter MB",
            "db MB",
            "db kB/doc",
            "saved stage state",
        ),
        rows,
    )


if __name__ == "__main__":
    main()
