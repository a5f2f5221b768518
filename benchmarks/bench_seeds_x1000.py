"""End-to-end throughput and peak memory of `newsline run` on the seeds repeated N times.

    python benchmarks/bench_seeds_x1000.py [--repeat 1000] [--workers 0]

Copies ../shared/corpus/seeds N times into a temporary folder (each copy is a
distinct input path, so every copy is processed; the copies are exact
duplicates of each other, which the dedup stage sees), runs the full default
pipeline into a fresh database, and prints documents/s (overall and per core)
and the peak resident memory of the run and its worker processes.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO.parent / "shared" / "corpus" / "seeds"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=0)
    ap.add_argument("--seeds", default=str(SEEDS))
    args = ap.parse_args()
    seeds = sorted(Path(args.seeds).glob("*.txt"))
    if not seeds:
        sys.exit(f"no seeds under {args.seeds}")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        for i in range(args.repeat):
            d = corpus / f"copy{i:05d}"
            d.mkdir(parents=True)
            for s in seeds:
                shutil.copyfile(s, d / s.name)
        n_docs = args.repeat * len(seeds)
        mb = sum(s.stat().st_size for s in seeds) * args.repeat / 1e6
        db = Path(tmp) / "bench.db"
        cmd = [
            sys.executable,
            "-m",
            "newsline.cli",
            "run",
            str(corpus),
            "--db",
            str(db),
            "-q",
            "--workers",
            str(args.workers),
        ]
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        wall = time.perf_counter() - t0
        if proc.returncode != 0:
            sys.exit(proc.stderr)
        # ru_maxrss of children: the largest of the run process and its workers (KiB).
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        workers = args.workers or len(os.sched_getaffinity(0))
        print(f"documents            {n_docs} ({mb:.1f} MB of text)")
        print(f"wall time            {wall:.1f} s")
        print(f"documents/s          {n_docs / wall:.1f}")
        print(f"documents/s per core {n_docs / wall / workers:.1f} ({workers} workers)")
        print(f"peak RSS (largest process of the run) {peak_mb:.0f} MB")
        print(f"database size        {db.stat().st_size / 1e6:.1f} MB")
        print(proc.stderr.strip().splitlines()[0] if proc.stderr.strip() else "")


if __name__ == "__main__":
    main()
