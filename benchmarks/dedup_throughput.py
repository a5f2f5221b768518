"""Throughput, peak memory and accuracy of the dedup stage on synthetic documents.

    PYTHONPATH=src python3 benchmarks/dedup_throughput.py --docs 100000 [--batch 1000] [--no-blocks]

Streams documents from benchmarks/synth.py (never all in memory), feeds
them to Deduplicate in batches, and prints: documents/s of the stage alone
(generation timed apart), peak RSS of the process, state size, and
precision/recall of the injected exact and near copies (a near copy counts
as found when it is linked to its source or to another copy of it).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import iter_documents

from newsline.dedup import Deduplicate
from newsline.settings import DedupSettings


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--batch", type=int, default=1000)
    ap.add_argument("--threshold", type=float, default=None)
    ap.add_argument("--no-blocks", action="store_true")
    ap.add_argument("--state", action="store_true", help="also time state_dict/load_state")
    args = ap.parse_args()
    s = DedupSettings()
    if args.threshold is not None:
        s.threshold = args.threshold
    s.blocks = not args.no_blocks
    stage = Deduplicate(s)
    stats: Counter = Counter()
    # ground truth: doc -> source; groups of the same source
    root_of: dict[str, str] = {}
    truth = Counter()
    found = Counter()
    false_links = 0
    t_gen = t_stage = 0.0
    base = rss_mib()
    gen = iter_documents(args.docs)
    done = 0
    t_all = time.perf_counter()
    while done < args.docs:
        t0 = time.perf_counter()
        batch = []
        for d in gen:
            batch.append(d)
            if len(batch) == args.batch:
                break
        t_gen += time.perf_counter() - t0
        if not batch:
            break
        t0 = time.perf_counter()
        stage(batch, stats)
        t_stage += time.perf_counter() - t0
        for d in batch:
            sy = d.meta["synth"]
            root = root_of.get(sy["source"], sy["source"]) if sy["source"] else d.id
            if sy["kind"] == "original":
                continue
            root_of[d.id] = root
            kind = sy["kind"] if sy["kind"] == "exact" else f"near@{sy['edit']:.2f}"
            truth[kind] += 1
            links = []
            if "duplicate_of" in d.meta:
                links.append(d.meta["duplicate_of"])
            links += [x["id"] for x in d.meta.get("near_duplicates", [])]
            ok = [x for x in links if root_of.get(x, x) == root]
            if ok:
                found[kind] += 1
            false_links += len(links) - len(ok)
        done += len(batch)
        if done % (args.batch * 100) == 0:
            print(
                f"  {done} docs  stage {done / t_stage:,.0f} docs/s  peak RSS {rss_mib():,.0f} MiB",
                flush=True,
            )
    wall = time.perf_counter() - t_all
    print(
        f"documents {done:,}  batch {args.batch}  threshold {s.threshold}  shingle {s.shingle_size}  "
        f"num_perm {s.num_perm}  blocks {s.blocks}  LSH bands x rows {stage.index.bands}x{stage.index.rows}"
    )
    print(
        f"dedup stage: {t_stage:.1f}s = {done / t_stage:,.0f} docs/s   generation {t_gen:.1f}s   wall {wall:.1f}s"
    )
    print(f"peak RSS {rss_mib():,.0f} MiB (start {base:,.0f} MiB)")
    print(
        "recall by injected kind (near@R = R of the words replaced):  "
        + "  ".join(f"{k} {found[k]}/{truth[k]}={found[k] / truth[k]:.3f}" for k in sorted(truth))
    )
    reported = stats["dedup_exact"] + stats["dedup_near"]
    print(
        f"docs reported as duplicates: {reported:,}  (injected {sum(truth.values()):,})  "
        f"links to a wrong document: {false_links}  "
        f"precision(docs) {min(1.0, sum(found.values()) / max(reported, 1)):.4f}"
    )
    print("counters:", {k: v for k, v in stats.items()})
    if args.state:
        t0 = time.perf_counter()
        data = stage.state_dict()
        t1 = time.perf_counter()
        fresh = Deduplicate(s)
        fresh.load_state(data)
        t2 = time.perf_counter()
        print(
            f"state {len(data) / 2**20:,.1f} MiB  save {t1 - t0:.1f}s  load {t2 - t1:.1f}s  peak RSS {rss_mib():,.0f} MiB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
