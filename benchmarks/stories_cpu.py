"""CPU of the ``story_features`` and ``stories`` stages, warm, in one process.

    python benchmarks/stories_cpu.py [INPUT ...] [--docs 1000] [--format txt]
        [--cold] [--dump OUT.json] [--compare A.json B.json]

Reads INPUT (files or folders, any format ``newsline run`` reads), or by
default a synthetic corpus of ``--docs`` documents of benchmarks/gen_corpus.py
(seed 7, cached under --cache as bench_pipeline.py caches it). Every stage
before ``story_features`` runs untimed, batch by batch (64 documents, as
``newsline run``), in this process (so the tokenisers' caches are as warm as
in a worker); then ``story_features`` and, after the sequential stages
between them (untimed), ``stories`` are timed in CPU seconds. A warm-up
corpus of another seed goes through all of them first, so lazy tables load
untimed and none of the timed texts is in a cache.

``--cold``: no warm-up for ``stories`` -- it runs in a fresh process on
features stored by this one, as the main process of a parallel run does
(its tables then load inside the timed stage).

``--dump OUT`` writes the stories (finalize's rows), each document's story
id and stored features, so two versions of the code can be compared
(``--compare A B``: exit status 1 when they differ). Set BENCH_SRC to time
another copy of the package (a frozen one).

This script must never be imported by the package.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
# bench_pipeline (through bench_common) puts this tree's src on the path
from bench_pipeline import corpus

# BENCH_SRC: another copy of the package (e.g. a frozen one), first on the path
sys.path.insert(0, os.environ.get("BENCH_SRC") or str(REPO / "src"))

BATCH = 64


def read(inputs: list[str]) -> list:
    from newsline.model import Document
    from newsline.readers import iter_documents
    from newsline.settings import Settings

    return [d for d in iter_documents(inputs, Settings()) if isinstance(d, Document)]


def run(docs: list, stop_before: str | None = None, timed=("story_features", "stories")):
    """Run the default stages over ``docs`` in batches; CPU seconds of the
    ``timed`` stages, the stories stage (finalized unless stopped before it)
    and the batches as they left the last stage run."""
    from newsline.settings import Settings
    from newsline.stages import default_stages

    stages = default_stages(Settings())
    if stop_before:
        stages = stages[: [s.name for s in stages].index(stop_before)]
    cpu: Counter[str] = Counter()
    out = []
    for i in range(0, len(docs), BATCH):
        batch = docs[i : i + BATCH]
        for stage in stages:
            if stage.name == "merge_events":
                break  # after stories: not measured here
            c0 = time.process_time()
            batch = stage(batch, Counter())
            if stage.name in timed:
                cpu[stage.name] += time.process_time() - c0
        out.append(batch)
    cluster = next((s for s in stages if s.name == "stories"), None)
    return cpu, cluster, out


def dump(path: str, cluster, batches: list) -> None:
    docs = [d for b in batches for d in b]
    data = {
        "stories": cluster.finalize()["stories"],
        "documents": {d.id: [d.meta.get("story_id"), d.meta.get("story_features")] for d in docs},
    }
    Path(path).write_text(json.dumps(data, ensure_ascii=False, sort_keys=True), "utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="*")
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--format", default="txt", help="synthetic corpus format: txt, html, warc")
    ap.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "newsline-bench"))
    ap.add_argument("--cold", action="store_true", help="stories in a fresh process (see above)")
    ap.add_argument("--dump")
    ap.add_argument("--compare", nargs=2, metavar=("A", "B"))
    ap.add_argument("--stories-only", help=argparse.SUPPRESS)  # the --cold child
    a = ap.parse_args()

    if a.compare:
        x, y = (json.loads(Path(p).read_text("utf-8")) for p in a.compare)
        differ = [
            k
            for k in sorted(set(x["documents"]) | set(y["documents"]))
            if x["documents"].get(k) != y["documents"].get(k)
        ]
        same_stories = x["stories"] == y["stories"]
        print(
            f"{len(x['documents'])} vs {len(y['documents'])} documents, {len(differ)} differ; "
            f"stories {'identical' if same_stories else 'DIFFER'}"
        )
        return 0 if same_stories and not differ else 1

    if a.stories_only:
        batches = pickle.loads(Path(a.stories_only).read_bytes())
        from newsline.settings import Settings
        from newsline.stories import ClusterStories

        cluster = ClusterStories(Settings())
        c0 = time.process_time()
        for b in batches:
            cluster(b, Counter())
        print(json.dumps({"stories": time.process_time() - c0}))
        return 0

    inputs = a.inputs or [str(corpus(Path(a.cache), a.format, a.docs))]
    warm = read([str(corpus(Path(a.cache), "txt", 80, seed=1007))])
    docs = read(inputs)
    run(warm)  # loads every lazy table untimed
    if a.cold:
        cpu, _, batches = run(docs, stop_before="stories", timed=("story_features",))
        with tempfile.NamedTemporaryFile(suffix=".pkl", delete=False) as fh:
            pickle.dump(batches, fh)
        try:
            got = subprocess.run(
                [sys.executable, __file__, "--stories-only", fh.name],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
        finally:
            os.unlink(fh.name)
        cpu["stories"] = json.loads(got.strip().splitlines()[-1])["stories"]
        cluster = None
    else:
        cpu, cluster, batches = run(docs)
    import newsline

    n = len(docs)
    print(f"{n} documents from {', '.join(inputs)}{' (stories cold)' if a.cold else ''}")
    print(f"  package: {Path(newsline.__file__).parent}")
    for name in ("story_features", "stories"):
        print(f"  {name:15s} {cpu[name]:7.2f} s CPU  {1000 * cpu[name] / max(n, 1):6.2f} ms/doc")
    total = cpu["story_features"] + cpu["stories"]
    print(f"  {'both':15s} {total:7.2f} s CPU  {1000 * total / max(n, 1):6.2f} ms/doc")
    if a.dump and cluster is not None:
        dump(a.dump, cluster, batches)
        print(f"outputs written to {a.dump}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
