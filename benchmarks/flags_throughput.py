"""Throughput and memory of the langid and flags stages on the seed pages.

Each seed is segmented one block per non-blank line (the segmenter's default),
then IdentifyLanguages and FlagDocuments run over the seeds repeated N times
on one core. Prints documents/s, blocks/s and characters/s per stage, the
flags found per seed, and the peak RSS of the process.

    PYTHONPATH=src python3 benchmarks/flags_throughput.py [--repeat 40] [--seeds DIR]
"""

from __future__ import annotations

import argparse
import copy
import resource
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsline.flags import FlagDocuments
from newsline.langid import IdentifyLanguages
from newsline.model import Block, Document


def line_blocks(text: str) -> list[Block]:
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            a = pos + len(line) - len(line.lstrip())
            out.append(Block(a, pos + len(line.rstrip())))
        pos += len(line)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", default=str(ROOT.parent / "shared/corpus/seeds"))
    ap.add_argument("--repeat", type=int, default=40)
    args = ap.parse_args()
    paths = sorted(Path(args.seeds).glob("*.txt"))
    if not paths:
        sys.exit(f"no seeds in {args.seeds}")
    base = []
    for p in paths:
        text = p.read_text(encoding="utf-8")
        base.append(Document(id=p.stem, source=str(p), text=text, blocks=line_blocks(text)))

    # Warm-up: load lingua models, pythainlp/jieba dictionaries, babel tables.
    warm = [copy.deepcopy(d) for d in base]
    IdentifyLanguages()(warm, Counter())
    FlagDocuments()(warm, Counter())
    for d in warm:
        kinds = Counter(f.kind for f in d.flags)
        print(f"{d.id}: lang={d.lang} blocks={len(d.blocks)} flags={dict(kinds)}")

    docs = [copy.deepcopy(d) for _ in range(args.repeat) for d in base]
    chars = sum(len(d.text) for d in docs)
    blocks = sum(len(d.blocks) for d in docs)
    for stage in (IdentifyLanguages(), FlagDocuments()):
        # CPU time of this process: other jobs on a shared machine do not count.
        t0 = time.process_time()
        stage(docs, Counter())
        dt = time.process_time() - t0
        print(
            f"{stage.name:8}: {len(docs) / dt:8.1f} docs/s  {blocks / dt:9.0f} blocks/s  "
            f"{chars / dt / 1e6:6.2f} M chars/s per CPU-second ({len(docs)} docs, one core)"
        )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {rss:.0f} MB")


if __name__ == "__main__":
    main()
