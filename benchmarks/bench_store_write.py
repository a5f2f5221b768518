"""CPU seconds the SQLite store spends writing 1,000 processed documents.

    python benchmarks/bench_store_write.py [--docs 1000] [--repeat 3]

Runs the default pipeline once over the synthetic text corpus that
bench_pipeline.py uses (cached, with the processed documents, under
--cache), then writes those documents into fresh databases batch by batch
(``Store.write_batch``, 64 a batch, then the full-text indexes, as ``newsline
run`` does) and prints the CPU seconds of the writes, and of syncing the
search index, per run (median of --repeat). Nothing is timed that the stages do.
"""

from __future__ import annotations

import argparse
import os
import pickle
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_common import REPO
from bench_pipeline import corpus

sys.path.insert(0, str(REPO / "src"))


def processed_docs(cache: Path, n: int) -> list:
    src = corpus(cache, "txt", n)
    pkl = cache / f"{src.name}.processed.pkl"
    if pkl.exists():
        return pickle.loads(pkl.read_bytes())
    from newsline.model import ReadError
    from newsline.pipeline import run_stages
    from newsline.readers import iter_input_files, read_path
    from newsline.runner import default_pipeline
    from newsline.settings import Settings

    st = Settings()
    stages = default_pipeline(st).stages
    docs = [
        x
        for f in iter_input_files([str(src)], st)
        if not isinstance(f, ReadError)
        for x in read_path(f, st)
        if not isinstance(x, ReadError)
    ]
    out: list = []
    for i in range(0, len(docs), 64):
        out += run_stages(stages, docs[i : i + 64])[0]
    pkl.write_bytes(pickle.dumps(out))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "newsline-bench"))
    a = ap.parse_args()
    cache = Path(a.cache)
    cache.mkdir(parents=True, exist_ok=True)
    docs = processed_docs(cache, a.docs)

    from newsline.runner import _sync_search_index
    from newsline.store import Store

    writes, syncs = [], []
    for _ in range(a.repeat):
        with tempfile.TemporaryDirectory(prefix="nlstore-") as tmp:
            # as newsline run writes: the full-text indexes filled once at
            # the end where the store can (older versions: batch by batch)
            at_end = hasattr(Store, "index_new_documents")
            kw = {"defer_text_index": True} if at_end else {}
            store = Store(os.path.join(tmp, "w.db"), **kw)
            run_id = store.start_run(["bench"])
            t0 = time.process_time()
            for i in range(0, len(docs), 64):
                store.write_batch(run_id, docs[i : i + 64])
            if at_end:
                store.index_new_documents()
            t1 = time.process_time()
            _sync_search_index(store)
            t2 = time.process_time()
            store.close()
        writes.append(t1 - t0)
        syncs.append(t2 - t1)
    print(
        f"{len(docs)} documents: write_batch {statistics.median(writes):.3f} CPU s, "
        f"search index sync {statistics.median(syncs):.3f} CPU s "
        f"(median of {a.repeat}; all writes {', '.join(f'{w:.3f}' for w in writes)})"
    )


if __name__ == "__main__":
    main()
