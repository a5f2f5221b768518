"""Throughput of segment + classify on plain-text input, one core.

    PYTHONPATH=src python3 benchmarks/clean_throughput.py [--repeat 20] [--gen 400] [--html]

Input: the seed pages (../shared/corpus/seeds) and the labelled pages in
benchmarks/data/clean, repeated; or (--gen N) N synthetic ~3 kB documents;
or (--html) the article-extraction HTML pages with trafilatura. Prints
documents/s (wall and per CPU-second) and chars/s on one core.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main() -> None:
    from newsline.clean import ClassifyBlocks, SegmentBlocks
    from newsline.model import Document

    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument(
        "--html",
        action="store_true",
        help="HTML pages of ../shared/eval/article-extraction instead (with trafilatura)",
    )
    ap.add_argument(
        "--gen",
        type=int,
        default=0,
        metavar="N",
        help="N synthetic ~3 kB documents of benchmarks/gen_corpus.py (vi/th/zh/en, title, "
        "dateline, paragraphs, chrome lines) instead, each block's language set to the "
        "document's as the language stage would",
    )
    a = ap.parse_args()
    if a.html:
        return html_throughput()
    texts = []
    langs: list[str | None] = []
    if a.gen:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from gen_corpus import as_text, iter_documents

        for d in iter_documents(a.gen):
            texts.append(as_text(d))
            langs.append(d["lang"])
    else:
        seeds = ROOT.parent / "shared" / "corpus" / "seeds"
        for p in sorted(seeds.glob("*.txt")) if seeds.exists() else []:
            texts.append(p.read_text(encoding="utf-8"))
        for p in sorted((ROOT / "benchmarks" / "data" / "clean").rglob("*.txt")):
            texts.append(
                "\n".join(
                    line.partition("\t")[2] for line in p.read_text(encoding="utf-8").splitlines()
                )
            )
        langs = [None] * len(texts)
    seg, cls = SegmentBlocks(), ClassifyBlocks()
    docs = [Document(id=str(i), source="bench", text=t) for i, t in enumerate(texts)]
    cls(seg(docs[:2], Counter()), Counter())  # warm caches (cue regex)
    n = chars = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in range(a.repeat):
        batch = [Document(id=d.id, source=d.source, text=d.text) for d in docs]
        seg(batch, Counter())
        for d, lang in zip(batch, langs):
            for b in d.blocks:
                b.lang = lang
        cls(batch, Counter())
        n += len(batch)
        chars += sum(len(d.text) for d in batch)
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    # CPU seconds beside wall seconds: the dev machine is shared, CPU time is
    # what one core would need on its own.
    print(
        f"{n} documents ({chars / n / 1000:.1f} k chars avg) in {dt:.2f}s wall, {cpu:.2f}s CPU: "
        f"{n / dt:.0f} docs/s per core (wall), {n / cpu:.0f} docs/s per CPU-second, "
        f"{chars / cpu / 1e6:.2f} M chars per CPU-second"
    )


def html_throughput() -> None:
    import gzip

    from newsline.clean import ClassifyBlocks, SegmentBlocks
    from newsline.clean.html import html_to_text_function
    from newsline.model import Document

    root = ROOT.parent / "shared" / "eval" / "article-extraction" / "html"
    if not root.exists():
        print(f"no data at {root}")
        return
    pages = []
    for p in sorted(root.glob("*.gz")):
        with gzip.open(p) as fh:
            pages.append(fh.read().decode("utf-8", "replace"))
    to_text = html_to_text_function()
    docs = [Document(id=str(i), source="b", text=to_text(h), html=h) for i, h in enumerate(pages)]
    seg, cls = SegmentBlocks(), ClassifyBlocks()
    cls(seg(docs[:1], Counter()), Counter())
    t0, c0 = time.perf_counter(), time.process_time()
    cls(seg(docs, Counter()), Counter())
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(
        f"{len(docs)} HTML pages ({sum(len(d.text) for d in docs) / len(docs) / 1000:.1f} k chars "
        f"of page text avg), segment+classify incl. trafilatura: {len(docs) / dt:.1f} docs/s per core "
        f"({dt / len(docs) * 1000:.1f} ms/page wall, {cpu / len(docs) * 1000:.1f} ms/page CPU)"
    )


if __name__ == "__main__":
    main()
