"""What a fresh process pays before and for its first document, per stage.

    python benchmarks/first_document_cost.py [--first PATH] [--second PATH] [--runs 1]

In a fresh interpreter (one per run, so nothing is warm), times in CPU
seconds: importing ``newsline``, building the default stages, reading the
FIRST document and running the per-document default stages on it one at a
time, then the same for a SECOND similar document. The first document pays
every lazy load (models, tables, compiled regexes); the second shows what a
warm document costs, so first minus second is the per-process setup. With
``--runs N`` each run is its own process and the table gives the median.
A full garbage collection (~50 ms once the language models are loaded)
lands in whichever step crosses the collector's threshold, so a code change
can move it from one row to another; ``--no-gc`` turns the collector off in
the timed process to compare rows.
Defaults: two English HTML pages of the package's sample corpus.

``python -X importtime benchmarks/first_document_cost.py --importtime`` lists
the slowest imports (self time) the run triggered, from stderr.

BENCH_SRC: another copy of the package (e.g. an archived old src) to time.
Byte-compile both copies first (``python -m compileall -q SRC``): where
PYTHONDONTWRITEBYTECODE is set a fresh archive has no .pyc and its import
and "build stages" rows pay the compilation (~0.25 s).
This script must never be imported by the package.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SRC = os.environ.get("BENCH_SRC") or str(REPO / "src")
SAMPLE = REPO / "src" / "newsline" / "sample_corpus"


def one_run(first: str, second: str) -> dict[str, float]:
    """The timings of one process (this one), in CPU seconds."""
    sys.path.insert(0, SRC)
    out: dict[str, float] = {}
    c0 = time.process_time()
    import newsline  # noqa: F401
    from newsline.settings import Settings
    from newsline.stages import default_stages

    out["import"] = time.process_time() - c0
    c0 = time.process_time()
    settings = Settings()
    stages = [s for s in default_stages(settings) if s.parallel]
    out["build stages"] = time.process_time() - c0
    from collections import Counter

    from newsline.model import Document
    from newsline.readers import iter_documents

    stats: Counter[str] = Counter()
    for tag, path in (("first", first), ("second", second)):
        c0 = time.process_time()
        docs = [d for d in iter_documents([path], settings) if isinstance(d, Document)]
        out[f"{tag}:read"] = time.process_time() - c0
        for st in stages:
            c0 = time.process_time()
            docs = st(docs, stats)
            out[f"{tag}:{st.name}"] = time.process_time() - c0
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--first", default=str(SAMPLE / "en_phnompenhcourier_summit.html"))
    ap.add_argument("--second", default=str(SAMPLE / "en_gadgetpulse_lumora_fold3.html"))
    ap.add_argument("--runs", type=int, default=1, help="fresh processes to take the median of")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--no-gc", action="store_true", help="no garbage collection while timing")
    ap.add_argument(
        "--importtime",
        action="store_true",
        help="run in this process (start it with python -X importtime) and list "
        "the slowest imports from stderr's log",
    )
    a = ap.parse_args(argv)
    if a.child:
        if a.no_gc:
            import gc

            gc.disable()
        print(json.dumps(one_run(a.first, a.second)))
        return
    if a.importtime:
        # -X importtime writes to this process's stderr: re-run as a child
        # with the flag and read its log.
        cmd = [sys.executable, "-X", "importtime", __file__, "--child"]
        cmd += ["--first", a.first, "--second", a.second]
        p = subprocess.run(cmd, capture_output=True, text=True, check=True)
        rows = []
        for line in p.stderr.splitlines():
            if line.startswith("import time:") and "|" in line:
                parts = line[len("import time:") :].split("|")
                try:
                    rows.append((int(parts[0]), int(parts[1]), parts[2].rstrip()))
                except ValueError:
                    continue
        print(f"{'self ms':>8} {'cumul ms':>9}  module")
        for self_us, cum_us, name in sorted(rows, reverse=True)[:25]:
            print(f"{self_us / 1000:8.1f} {cum_us / 1000:9.1f}  {name}")
        top = [r for r in rows if r[2].strip() == "newsline"]
        if top:
            print(f"newsline import, cumulative: {top[0][1] / 1000:.1f} ms")
        return
    runs = []
    for _ in range(a.runs):
        cmd = [sys.executable, __file__, "--child", "--first", a.first, "--second", a.second]
        cmd += ["--no-gc"] if a.no_gc else []
        p = subprocess.run(cmd, capture_output=True, text=True, check=True)
        runs.append(json.loads(p.stdout.strip().splitlines()[-1]))
    keys = list(runs[0])
    stage_names = [k.split(":", 1)[1] for k in keys if k.startswith("first:")]
    print(f"src: {SRC}  runs: {a.runs} (median CPU ms)")
    for k in ("import", "build stages"):
        print(f"{k:<22} {1000 * statistics.median(r[k] for r in runs):9.1f}")
    print(f"{'stage':<22} {'first doc':>9} {'second':>9}")
    tot1 = tot2 = 0.0
    for s in stage_names:
        f = statistics.median(r[f"first:{s}"] for r in runs)
        g = statistics.median(r[f"second:{s}"] for r in runs)
        tot1, tot2 = tot1 + f, tot2 + g
        print(f"{s:<22} {1000 * f:9.1f} {1000 * g:9.1f}")
    print(f"{'all stages':<22} {1000 * tot1:9.1f} {1000 * tot2:9.1f}")
    total = [r["import"] + r["build stages"] + sum(r[f"first:{s}"] for s in stage_names) for r in runs]
    print(f"import+build+first doc {1000 * statistics.median(total):9.1f}")


if __name__ == "__main__":
    main()
