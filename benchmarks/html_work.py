"""Where the HTML path's time goes, per page: CPU ms of each part on a WARC sample.

    python benchmarks/html_work.py [--docs 300] [--warc DIR] [--repeat 3]

The sample is bench_datatrove.py's (gen_corpus's vi/th/zh/en crawl, seed 7,
plus the seed pages when ../shared is there; built in the temp folder if
missing), or ``--warc DIR``. The first ``--docs`` HTML pages are read once,
languages identified and blocks segmented as a run does, then each part is
timed alone over all of them (best of ``--repeat``) and printed in CPU ms
per page:

* reading: WARC record -> decoded page, visible text, the page's own
  metadata (``newsline.readers``);
* trafilatura as newsline calls it (``clean.html.extract_main``: main text,
  metadata, htmldate);
* of which metadata alone (trafilatura's ``extract_metadata`` with
  newsline's htmldate options, on a parsed page) -- datatrove keeps none;
* trafilatura without metadata (datatrove's call: favour precision, with
  its readability/jusText comparison);
* trafilatura without metadata nor that comparison (``fast``), for
  reference only: it lowers newsline's body F1 (benchmarks/clean_body_f1.py);
* block membership (``clean.html.main_text_membership``).

This script must never be imported by the package.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))


def best_cpu_ms(fn, items: list, repeat: int) -> float:
    """Least CPU ms per item of ``fn`` over all items, of ``repeat`` passes."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        for x in items:
            fn(x)
        best = min(best, time.process_time() - t0)
    return best * 1000 / max(1, len(items))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--warc", default=None, help="a folder of .warc.gz files")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "newsline-bench"))
    a = ap.parse_args()

    import trafilatura
    from trafilatura.metadata import extract_metadata
    from trafilatura.utils import load_html

    from newsline.clean import SegmentBlocks
    from newsline.clean import html as clean_html
    from newsline.langid import IdentifyLanguages
    from newsline.model import Document
    from newsline.readers import iter_documents
    from newsline.settings import Settings

    if a.warc:
        sample = Path(a.warc)
    else:
        from bench_datatrove import make_sample

        cache = Path(a.cache)
        cache.mkdir(parents=True, exist_ok=True)
        sample = make_sample(cache, 2000)
    settings = Settings()
    cfg = settings.clean

    def read() -> list[Document]:
        out = []
        for d in iter_documents([str(sample)], settings):
            if isinstance(d, Document) and d.html:
                out.append(d)
                if len(out) >= a.docs:
                    break
        return out

    docs = read()
    if not docs:
        raise SystemExit(f"no HTML pages in {sample}")
    t0 = time.process_time()
    for _ in range(a.repeat):
        read()
    read_ms = (time.process_time() - t0) * 1000 / a.repeat / len(docs)
    docs = IdentifyLanguages(settings.lang)(SegmentBlocks(settings)(docs, Counter()), Counter())
    main_text = {
        id(d): (clean_html.extract_main(d.html, cfg, d.url) or {}).get("text") or "" for d in docs
    }
    trees = {id(d): load_html(d.html) for d in docs}
    date_params = dict(clean_html._HTMLDATE_PARAMS)

    def without_metadata(fast: bool):
        def call(d: Document) -> None:
            opts = clean_html._extractor(cfg, d.url)
            opts.with_metadata = False
            opts.fast = fast
            trafilatura.bare_extraction(d.html, url=d.url, options=opts)

        return call

    from copy import copy

    rows = [
        ("reading (WARC -> text + page metadata)", read_ms),
        (
            "trafilatura as newsline calls it",
            best_cpu_ms(lambda d: clean_html.extract_main(d.html, cfg, d.url), docs, a.repeat),
        ),
        (
            "  of which metadata + htmldate",
            best_cpu_ms(
                lambda d: (
                    extract_metadata(copy(trees[id(d)]), d.url, date_params, False, None)
                    if trees[id(d)] is not None
                    else None
                ),
                docs,
                a.repeat,
            ),
        ),
        (
            "trafilatura without metadata (datatrove's)",
            best_cpu_ms(without_metadata(False), docs, a.repeat),
        ),
        (
            "  same, fast (no readability/jusText)",
            best_cpu_ms(without_metadata(True), docs, a.repeat),
        ),
        (
            "block membership",
            best_cpu_ms(
                lambda d: clean_html.main_text_membership(d, main_text[id(d)], cfg), docs, a.repeat
            ),
        ),
    ]
    kb = sum(len(d.html) for d in docs) / len(docs) / 1000
    print(f"{len(docs)} HTML pages of {sample} ({kb:.1f} k chars of HTML each), CPU ms per page:")
    for name, ms in rows:
        print(f"  {name:<44} {ms:7.3f}")


if __name__ == "__main__":
    main()
