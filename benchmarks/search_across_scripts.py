"""Precision and recall of search with and without ``across_scripts``.

    python benchmarks/search_across_scripts.py [--db PATH] [--queries FILE] [--verbose]

Without ``--db``, the invented pages of
``benchmarks/data/search/across_scripts_pages.jsonl`` (a few people named in
English, Vietnamese, Thai, Chinese, Japanese and Russian pages, and pages
about other people whose names share a skeleton or a syllable with them) are
run by ``run_corpus`` into a temporary database. Each query of
``across_scripts_queries.jsonl`` lists the pages (by URL) that should be
found: every page that names that person, in any script. A hit is any page
the search returns (direct hits and cross-script hits, first page of 200).
Prints, per query and over all queries (micro-averaged), precision and
recall of plain search and of search with ``across_scripts``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsline.runner import run_corpus  # noqa: E402
from newsline.store import Store  # noqa: E402
from newsline.web.search import search  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "search"


def found(conn, query: str, across: bool) -> tuple[set[str], set[str]]:
    """(direct, cross-script) URLs (or ids) the search returns."""
    r = search(conn, query, limit=200, across_scripts=across)
    return {h.url or h.id for h in r.hits}, {h.url or h.id for h in r.across_scripts}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="an existing database (default: run the pages into a temp one)")
    ap.add_argument("--pages", default=str(DATA / "across_scripts_pages.jsonl"))
    ap.add_argument("--queries", default=str(DATA / "across_scripts_queries.jsonl"))
    ap.add_argument("--verbose", action="store_true", help="name each miss and false hit")
    a = ap.parse_args()
    queries = [json.loads(line) for line in Path(a.queries).read_text().splitlines() if line]
    with tempfile.TemporaryDirectory() as tmp:
        db = a.db
        if not db:
            db = str(Path(tmp) / "search.db")
            run_corpus([a.pages], db)
        store = Store(db)
        totals = {False: [0, 0, 0], True: [0, 0, 0]}  # true hits, hits, relevant
        print(f"{'query':24} {'plain P':>8} {'R':>6} {'across P':>9} {'R':>6}  cross hits")
        for q in queries:
            relevant = set(q["relevant"])
            cells = []
            extra = set()
            for across in (False, True):
                direct, cross = found(store.conn, q["query"], across)
                got = direct | cross
                if across:
                    extra = cross
                tp = len(got & relevant)
                t = totals[across]
                t[0] += tp
                t[1] += len(got)
                t[2] += len(relevant)
                p = tp / len(got) if got else 1.0
                cells += [f"{p:.2f}", f"{tp / len(relevant):.2f}"]
                if a.verbose and across:
                    for u in sorted(relevant - got):
                        print(f"    miss: {u}")
                    for u in sorted(got - relevant):
                        print(f"    false hit: {u}")
            print(
                f"{q['query']:24} {cells[0]:>8} {cells[1]:>6} {cells[2]:>9} {cells[3]:>6}  "
                f"{len(extra)} ({len(extra & relevant)} right)"
            )
        store.close()
    for across in (False, True):
        tp, got, rel = totals[across]
        name = "with --across-scripts" if across else "plain search"
        print(
            f"{name:22}: precision {tp / got if got else 1.0:.3f} ({tp}/{got}), "
            f"recall {tp / rel:.3f} ({tp}/{rel})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
