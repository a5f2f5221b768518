"""Search latency of the web UI's search (newsline.web.search) on a large synthetic db.

    python benchmarks/search_latency.py [--docs 100000] [--queries 1000] [--db PATH] [--rebuild]

Builds (once; reused when it exists with the right size) a database of N
synthetic documents -- a quarter each Vietnamese, Thai, Chinese, English,
about 3 kB each, from benchmarks/gen_corpus.py -- written through
Store.write_batch with labelled blocks, so both FTS indexes are the real
ones. 5 % of documents carry a flag; documents belong to 1,000 stories.

Then runs Q queries (fixed seed) through ``search()`` exactly as the app
does (first page of 20, snippets included) and prints p50 / p95 / p99 /
max latency overall and per kind of query: Vietnamese with and without
accents, English words, Thai substrings, Chinese 2-character (scan
fallback) and 3+-character (trigram) substrings, filtered queries.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

from gen_corpus import TABLES, iter_documents

from newsline.model import Block, Document, Flag, make_doc_id
from newsline.store import Store
from newsline.web import index as gram_index
from newsline.web.search import fold, search

N_STORIES = 1000
FLAG_SHARE = 0.05


def to_document(d: dict, n: int, rng: random.Random) -> Document:
    parts = [(d["title"], "title"), (d["dateline"], "dateline")]
    parts += [(p, "body") for p in d["paragraphs"]]
    parts += [(c, "footer") for c in d["chrome"]]
    text, blocks = "", []
    for i, (t, label) in enumerate(parts):
        if i:
            text += "\n"
        blocks.append(
            Block(
                len(text),
                len(text) + len(t),
                label,
                d["lang"],
                [] if label in ("title", "body") else [f"synthetic {label}"],
            )
        )
        text += t
    published = date(2022, 1, 1).toordinal() + rng.randrange(3 * 365)
    doc = Document(
        id=make_doc_id(d["url"], text),
        source=d["url"],
        url=d["url"],
        text=text,
        lang=d["lang"],
        title=d["title"],
        blocks=blocks,
        published=date.fromordinal(published).isoformat(),
    )
    if rng.random() < FLAG_SHARE:
        doc.flags = [Flag("spam", "synthetic flag")]
    return doc


def build(db: Path, n_docs: int) -> None:
    if db.exists():
        db.unlink()
    rng = random.Random(11)
    t0 = time.perf_counter()
    story_docs: dict[int, list[str]] = defaultdict(list)
    with Store(db) as store:
        run = store.start_run(["synthetic"])
        batch: list[Document] = []
        for n, d in enumerate(iter_documents(n_docs, seed=7)):
            doc = to_document(d, n, rng)
            story_docs[n % N_STORIES].append(doc.id)
            batch.append(doc)
            if len(batch) == 1000:
                store.write_batch(run, batch)
                batch = []
                print(f"\r  built {n + 1} documents", end="", file=sys.stderr)
        if batch:
            store.write_batch(run, batch)
        store.write_corpus_tables(
            {
                "stories": [
                    {"id": f"story-{k}", "title": f"story {k}", "languages": [], "documents": ids}
                    for k, ids in story_docs.items()
                ]
            }
        )
        store.finish_run(run, {"read": n_docs})
    print(
        f"\n  built {n_docs} documents in {time.perf_counter() - t0:.0f} s "
        f"({db.stat().st_size / 1e6:.0f} MB)",
        file=sys.stderr,
    )


def _words(lang: str) -> list[str]:
    t = TABLES[lang]
    out: list[str] = []
    for key in ("subj", "obj", "place"):
        out += [x for x in t.get(key, [])]  # type: ignore[union-attr]
    return out


def make_queries(n: int, seed: int = 5) -> list[tuple[str, str, dict]]:
    rng = random.Random(seed)
    vi, en, th, zh = (_words(x) for x in ("vi", "en", "th", "zh"))
    out = []
    for i in range(n):
        kind = ("vi", "vi_plain", "en", "th", "zh2", "zh3", "filtered")[i % 7]
        if kind in ("vi", "vi_plain"):
            words = rng.choice(vi).split()
            k = rng.randint(0, max(0, len(words) - 2))
            q = " ".join(words[k : k + 2])
            if kind == "vi_plain":
                q = fold(q)[0]
        elif kind == "en":
            q = " ".join(rng.choice(en).split()[-2:])
        elif kind == "th":
            w = rng.choice(th)
            k = rng.randrange(max(1, len(w) - 4))
            q = w[k : k + rng.randint(3, 6)]
        elif kind in ("zh2", "zh3"):
            w = rng.choice(zh)
            size = 2 if kind == "zh2" else rng.randint(3, 4)
            k = rng.randrange(max(1, len(w) - size + 1))
            q = w[k : k + size]
        else:
            lang = rng.choice(["vi", "en", "th", "zh"])
            pool = {"vi": vi, "en": en, "th": th, "zh": zh}[lang]
            q = (
                rng.choice(pool).split()[0][:4]
                if lang in ("th", "zh")
                else rng.choice(pool).split()[-1]
            )
            f: dict = rng.choice(
                [
                    {"lang": lang},
                    {"date_from": date(2023, 1, 1), "date_to": date(2023, 6, 30)},
                    {"flag": "spam"},
                    {"story": f"story-{rng.randrange(N_STORIES)}"},
                ]
            )
            out.append((kind, q, f))
            continue
        out.append((kind, q, {}))
    return out


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(p / 100 * (len(xs) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--queries", type=int, default=1000)
    ap.add_argument("--db", default="/tmp/newsline-search-bench.db")
    ap.add_argument("--rebuild", action="store_true")
    a = ap.parse_args()
    db = Path(a.db)
    have = 0
    if db.exists() and not a.rebuild:
        with Store(db, readonly=True) as s:
            have = s.count_documents()
    if have != a.docs:
        print(f"building {a.docs} documents into {db} ...", file=sys.stderr)
        build(db, a.docs)
    # What `newsline serve` does at start-up: bring the search helper indexes up to date.
    t0 = time.perf_counter()
    n = gram_index.sync_path(str(db))
    print(
        f"search helper indexes: {n} documents indexed in {time.perf_counter() - t0:.1f} s",
        file=sys.stderr,
    )
    conn = sqlite3.connect(f"file:{db.resolve()}?mode=ro", uri=True, check_same_thread=False)
    queries = make_queries(a.queries)
    # One warm-up pass over a few queries so the figures are for a warm page cache.
    for _, q, f in queries[:20]:
        search(conn, q, **f)
    times: dict[str, list[float]] = defaultdict(list)
    found: dict[str, int] = defaultdict(int)
    for kind, q, f in queries:
        t0 = time.perf_counter()
        res = search(conn, q, limit=20, **f)
        dt = (time.perf_counter() - t0) * 1000
        times[kind].append(dt)
        times["all"].append(dt)
        found[kind] += bool(res.hits)
    print(
        f"search latency over {len(queries)} queries on {a.docs} documents "
        f"(first page of 20 with snippets; ms)"
    )
    print(f"{'kind':<10} {'n':>5} {'hit%':>5} {'p50':>8} {'p95':>8} {'p99':>8} {'max':>8}")
    for kind in ["all", "vi", "vi_plain", "en", "th", "zh2", "zh3", "filtered"]:
        xs = times[kind]
        if not xs:
            continue
        hit = 100 * (found[kind] if kind != "all" else sum(found.values())) / len(xs)
        print(
            f"{kind:<10} {len(xs):>5} {hit:>5.0f} {pct(xs, 50):>8.1f} {pct(xs, 95):>8.1f} "
            f"{pct(xs, 99):>8.1f} {max(xs):>8.1f}"
        )
    print(f"mean {statistics.mean(times['all']):.1f} ms")


if __name__ == "__main__":
    main()
