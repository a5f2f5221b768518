"""Near-duplicate detection at scale: time and peak memory of the dedup stage.

    python benchmarks/bench_neardup.py [--docs 1000000] [--batch 1000] [--every 100000]
                                       [--recall 0.95]

Feeds N synthetic ~3 kB vi/th/zh/en documents (benchmarks/gen_corpus.py; 8 %
near-copies, 2 % exact copies) through ``newsline.dedup.Deduplicate`` -- the
stage ``newsline run`` uses: exact keys, MinHash (rensa) + LSH near-duplicates,
repeated blocks -- in batches, in this one process, as the runner's main
process does. Documents are generated on the fly and dropped after their
batch, so the memory measured is the stage's own state plus the interpreter.

Printed every --every documents and at the end: documents, wall and CPU
seconds inside the stage (CPU time holds on a shared machine), docs/CPU-s, this process's resident memory (peak so far), the saved
state's size, and the links found. Goal of issue 7: 1M documents in
<= 10 min and <= 4 GB on the 2-core machine.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_common import REPO
from gen_corpus import as_text, iter_documents

sys.path.insert(0, str(REPO / "src"))


def rss_now_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1_000_000)
    ap.add_argument("--batch", type=int, default=1000)
    ap.add_argument("--every", type=int, default=100_000)
    ap.add_argument("--no-state", action="store_true", help="skip measuring the saved state")
    ap.add_argument(
        "--recall",
        type=float,
        default=None,
        help="DedupSettings.candidate_recall (newsline run --near-recall); default: none",
    )
    ap.add_argument(
        "--fold-marks",
        choices=("on", "off"),
        default=None,
        help="DedupSettings.fold_marks (newsline run --fold-marks); default: the setting's",
    )
    a = ap.parse_args()

    from newsline.dedup import Deduplicate
    from newsline.model import Document, make_doc_id
    from newsline.settings import Settings

    settings = Settings()
    settings.dedup.candidate_recall = a.recall
    if a.fold_marks is not None:
        settings.dedup.fold_marks = a.fold_marks == "on"
    stage = Deduplicate(settings.dedup)
    stats: Counter[str] = Counter()
    base_rss = rss_now_mb()
    stage_s = 0.0
    stage_cpu = 0.0
    gen_s = 0.0
    rows = []
    batch: list[Document] = []
    done = 0

    def flush() -> None:
        nonlocal stage_s, stage_cpu, batch, done
        t0, c0 = time.perf_counter(), time.process_time()
        stage(batch, stats)
        stage_s += time.perf_counter() - t0
        stage_cpu += time.process_time() - c0
        done += len(batch)
        batch = []

    t0 = time.perf_counter()
    for i, doc in enumerate(iter_documents(a.docs)):
        text = as_text(doc)
        batch.append(Document(id=make_doc_id(doc["url"], text), source=doc["url"], text=text))
        if len(batch) >= a.batch:
            gen_s += time.perf_counter() - t0
            flush()
            t0 = time.perf_counter()
            if done % a.every == 0:
                peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                rows.append((done, stage_s, stage_cpu, rss_now_mb(), peak, dict(stats)))
                print(
                    f"[{done:,} docs: dedup {stage_s:.0f}s wall, {stage_cpu:.0f}s CPU, "
                    f"rss {rss_now_mb():,.0f} MB]",
                    file=sys.stderr,
                    flush=True,
                )
    gen_s += time.perf_counter() - t0
    if batch:
        flush()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if not rows or rows[-1][0] != done:
        rows.append((done, stage_s, stage_cpu, rss_now_mb(), peak, dict(stats)))
    t_fin, c_fin = time.perf_counter(), time.process_time()
    tables = stage.finalize()
    fin_s = time.perf_counter() - t_fin
    fin_cpu = time.process_time() - c_fin
    state_mb = None
    state_s = 0.0
    if not a.no_state:
        t_st = time.perf_counter()
        state_mb = len(stage.state_dict() or b"") / 2**20
        state_s = time.perf_counter() - t_st
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(
        f"\nnear-duplicate detection (newsline.dedup.Deduplicate), {done:,} synthetic "
        f"~3 kB documents, batches of {a.batch}, one process, LSH "
        f"{stage.index.bands} bands x {stage.index.rows} rows"
        + (f" (candidate_recall {a.recall})" if a.recall is not None else "")
        + f", fold_marks {stage.settings.fold_marks}"
    )
    print(
        f"{'docs':>10}  {'wall s':>7}  {'CPU s':>7}  {'docs/CPU-s':>10}  {'rss MB':>7}  "
        f"{'peak MB':>7}  {'exact':>7}  {'near':>7}"
    )
    for n, s, c, rss, pk, st in rows:
        print(
            f"{n:>10,}  {s:>7.0f}  {c:>7.0f}  {n / max(c, 1e-9):>10,.0f}  {rss:>7,.0f}  "
            f"{pk:>7,.0f}  {st.get('dedup_exact', 0):>7,}  {st.get('dedup_near', 0):>7,}"
        )
    links = sum(len(v) for v in tables.values())
    print(
        f"\nfinalize: {fin_s:.1f}s, {links:,} duplicate links; saved state: "
        + (
            f"{state_mb:,.0f} MB ({state_mb * 2**20 / max(done, 1):,.0f} B/doc, {state_s:.1f}s)"
            if state_mb is not None
            else "not measured"
        )
    )
    print(
        f"interpreter + imports before the first document: {base_rss:,.0f} MB; "
        f"generating the documents took {gen_s:.0f}s (not counted)"
    )
    total, total_cpu = stage_s + fin_s, stage_cpu + fin_cpu
    print(
        f"goal: 1M documents <= 600 s and <= 4096 MB -> {total:,.0f} s wall "
        f"({total_cpu:,.1f} s CPU), peak {peak:,.0f} MB"
        + ("" if done >= 1_000_000 else f" (measured on {done:,} documents)")
    )


if __name__ == "__main__":
    main()
