"""How often the flags fire on ordinary real news pages (a false-alarm rate).

Runs the article-extraction pages (../shared/eval/article-extraction/html,
181 real pages, mostly English newspapers, none written by a content farm or
a machine translator as far as is known) through trafilatura's main text, the
segmenter, IdentifyLanguages, the block classifier, the dates stage and
FlagDocuments, then prints how many pages got each kind of flag and, with
--show, every flag with its reason so a person can judge them.

    PYTHONPATH=src python3 benchmarks/flags_false_alarms.py [--show] [--data DIR]

Needs newsline.clean and newsline.dates; pages where trafilatura finds no
text are counted and skipped.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsline.model import Document
from newsline.pipeline import run_stages
from newsline.settings import Settings


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(ROOT.parent / "shared/eval/article-extraction/html"))
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    import trafilatura

    from newsline.clean import ClassifyBlocks, SegmentBlocks
    from newsline.dates import ResolveDates
    from newsline.flags import FlagDocuments
    from newsline.langid import IdentifyLanguages

    s = Settings()
    stages = [
        SegmentBlocks(s),
        IdentifyLanguages(s.lang),
        ClassifyBlocks(s),
        ResolveDates(s.dates),
        FlagDocuments(s.flags),
    ]
    paths = sorted(Path(args.data).glob("*.html.gz"))
    if not paths:
        sys.exit(f"no pages in {args.data}")
    pages_with: Counter[str] = Counter()
    flags_total: Counter[str] = Counter()
    langs: Counter[str] = Counter()
    empty = 0
    t0 = time.perf_counter()
    for p in paths:
        with gzip.open(p) as fh:
            html = fh.read().decode("utf-8", "replace")
        text = trafilatura.extract(html) or ""
        if not text.strip():
            empty += 1
            continue
        meta = trafilatura.extract_metadata(html)
        doc = Document(
            id=p.name[:12],
            source=str(p),
            text=text,
            published=meta.date if meta and meta.date else None,
        )
        run_stages(stages, [doc])
        langs[doc.lang or "?"] += 1
        kinds = set()
        for f in doc.flags:
            key = f.kind + (f":{f.data['signal']}" if "signal" in f.data else "")
            if f.kind == "spam":
                key += f":{f.data.get('source', '')}"
            flags_total[key] += 1
            kinds.add(key)
            if args.show:
                span = repr(doc.text[f.start : f.end][:60]) if f.start is not None else ""
                print(f"{doc.id} [{doc.lang}] {key} {span} | {f.reason[:160]}")
        pages_with.update(kinds)
    n = len(paths) - empty
    print(
        f"\n{n} pages with text ({empty} empty), languages: {dict(langs)}; "
        f"{time.perf_counter() - t0:.1f} s"
    )
    print(f"{'flag':48}{'pages':>7}{'% pages':>9}{'flags':>7}")
    for key in sorted(flags_total):
        print(f"{key:48}{pages_with[key]:7}{100 * pages_with[key] / n:9.1f}{flags_total[key]:7}")


if __name__ == "__main__":
    main()
