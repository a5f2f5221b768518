"""Document- and block-level duplicate finding scored on invented whole pages.

The corpus (benchmarks/data/dedup/heldout1/, see its README) is 37 whole HTML
pages in en, vi, zh, th, es, fr, id and de with each site's own chrome
(cookie banner, nav, newsletter teaser, "most read" rail, footer). gold.json
says which documents are duplicates of which (a wire story on four sites, a
content-farm repost, a diacritic-stripped repost, simplified/traditional
Chinese, Thai spaced another way, one press release on three sites, an
Indonesian repost) and which blocks recur across documents; every other pair
of documents is a negative, the hard ones listed (one site's template around
different bodies, one event written twice, a daily report with new figures,
a live blog and its summary, a brief and the article it teases).

The pages go through ``newsline run`` into a temporary database and are read
back with ``newsline export`` -- what a user sees:

documents  a predicted pair is two documents linked by ``duplicate_of`` or
           ``near_duplicates``. "direct" scores the links as exported;
           "grouped" scores the pairs of the groups those links make (a
           chain A-B, B-C also pairs A with C), as a user taking the groups
           would.
blocks     a predicted pair is two blocks on different documents in one
           ``duplicate_blocks`` group (its ``first`` page included: the
           entries sit on the later copies only). A block stands for a gold block when
           the gold text on that document contains it or it contains the
           gold text (the page's segmentation may split or join lines). A
           pair counts as right when both blocks stand for one gold block;
           pairs of gold blocks not judged (nav links, headlines, bylines:
           short and not what the block groups are for) count neither way.

Every miss and false link is listed. Later sets (heldout2..8, one README
each) add copy kinds written blind; pass one with ``--data``.

Run:  python3 benchmarks/dedup_heldout.py [--data DIR] [--quiet] [-- extra newsline run options]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data" / "dedup" / "heldout1"


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip().casefold()


def run_pipeline(pages: list[Path], extra: list[str]) -> list[dict]:
    env = dict(os.environ)
    # this tree's newsline, whatever is installed
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    cmd = [sys.executable, "-m", "newsline"]
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "h.db")
        out = str(Path(tmp) / "out.jsonl")
        subprocess.run(
            cmd + ["run", *map(str, pages), "--db", db, "-q", "--workers", "1", *extra],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        subprocess.run(
            cmd + ["export", "--db", db, "-o", out], check=True, env=env, stdout=subprocess.DEVNULL
        )
        return [json.loads(line) for line in Path(out).read_text(encoding="utf-8").splitlines()]


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float]:
    return (tp / n_pred if n_pred else 1.0), (tp / n_gold if n_gold else 1.0)


def pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def doc_level(records: list[dict], name_of: dict[str, str], gold: dict, quiet: bool) -> None:
    direct: set[tuple[str, str]] = set()
    sims: dict[tuple[str, str], str] = {}
    for r in records:
        me = name_of[r["id"]]
        if r.get("duplicate_of"):
            p = pair(me, name_of[r["duplicate_of"]])
            direct.add(p)
            sims[p] = "exact"
        for nd in r.get("near_duplicates") or []:
            p = pair(me, name_of[nd["id"]])
            direct.add(p)
            sims.setdefault(p, f"{nd['similarity']:.2f}")
    # groups the links make
    parent = {n: n for n in name_of.values()}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in direct:
        parent[find(a)] = find(b)
    comps: dict[str, list[str]] = defaultdict(list)
    for n in parent:
        comps[find(n)].append(n)
    grouped = {pair(a, b) for c in comps.values() for a, b in itertools.combinations(c, 2)}
    gold_pairs = {
        pair(a, b) for g in gold["duplicate_groups"] for a, b in itertools.combinations(g["docs"], 2)
    }
    group_of = {p: g["group"] for g in gold["duplicate_groups"] for p in itertools.combinations(sorted(g["docs"]), 2)}
    hard = {
        pair(a, b): h["set"] for h in gold["hard_negatives"] for a, b in itertools.combinations(h["docs"], 2)
    }
    for label, pred in (("direct", direct), ("grouped", grouped)):
        tp = len(pred & gold_pairs)
        p, r = prf(tp, len(pred), len(gold_pairs))
        print(
            f"documents ({label}): {len(pred)} pairs predicted, {len(gold_pairs)} gold, "
            f"{tp} right  precision {p:.4f}  recall {r:.4f}"
        )
    if quiet:
        return
    for a, b in sorted(gold_pairs - direct):
        how = "only through a chain" if pair(a, b) in grouped else "MISSED"
        print(f"  miss  [{group_of.get(pair(a, b), '?')}] {a} ~ {b}  ({how})")
    for a, b in sorted(direct - gold_pairs):
        print(f"  FALSE [{hard.get(pair(a, b), 'other')}] {a} ~ {b}  (similarity {sims[pair(a, b)]})")


def block_level(records: list[dict], name_of: dict[str, str], gold: dict, quiet: bool) -> None:
    # gold block text per (gold block, document)
    gold_text: dict[str, dict[int, str]] = defaultdict(dict)
    judged: dict[int, bool] = {}
    kind: dict[int, str] = {}
    for i, b in enumerate(gold["blocks"]):
        judged[i] = b["judged"]
        kind[i] = b["kind"]
        for o in b["occurrences"]:
            gold_text[o["doc"]][i] = norm(o["text"])

    def stands_for(doc: str, text: str) -> set[int]:
        t = norm(text)
        if len(t) < 4:
            return set()
        return {i for i, g in gold_text[doc].items() if t in g or g in t}

    def on(doc: str, gold_blocks: set[int]) -> set[int]:
        return {i for i in gold_blocks if i in gold_text[doc]}

    groups: dict[object, list[tuple[str, int | None, str, str]]] = defaultdict(list)
    for r in records:
        me = name_of[r["id"]]
        for db in r.get("duplicate_blocks") or []:
            text = r["blocks"][db["block"]]["text"] if db["block"] is not None else ""
            groups[db["group"]].append((me, db["block"], text, me))
            # the first page carries no entry: it is named by "first"; its block is
            # whichever gold block the later copy's block stands for there
            first = name_of[db["first"]]
            if all(m[0] != first for m in groups[db["group"]]):
                groups[db["group"]].append((first, None, text, me))
    right: set[tuple[int, str, str]] = set()
    false_links: list[tuple[str, str, str, str]] = []
    n_pred = 0
    for members in groups.values():
        for (d1, _, t1, s1), (d2, _, t2, s2) in itertools.combinations(members, 2):
            if d1 == d2:
                continue
            common = on(d1, stands_for(s1, t1)) & on(d2, stands_for(s2, t2))
            if common and not any(judged[i] for i in common):
                continue  # a right pair of an unjudged gold block: counts neither way
            n_pred += 1
            hits = [i for i in common if judged[i]]
            if hits:
                right.update((i, *pair(d1, d2)) for i in hits)
            else:
                false_links.append((d1, t1, d2, t2))
    gold_pairs = {
        (i, *pair(a["doc"], b["doc"]))
        for i, blk in enumerate(gold["blocks"])
        if blk["judged"]
        for a, b in itertools.combinations(blk["occurrences"], 2)
        if a["doc"] != b["doc"]  # one block twice on one page is no pair: predictions skip those too
    }
    tp_pred = n_pred - len(false_links)
    p = tp_pred / n_pred if n_pred else 1.0
    r = len(right & gold_pairs) / len(gold_pairs) if gold_pairs else 1.0
    print(
        f"blocks: {n_pred} judged pairs predicted, {len(gold_pairs)} gold, "
        f"{len(false_links)} false  precision {p:.4f}  recall {r:.4f}"
    )
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for g in gold_pairs:
        by_kind[kind[g[0]]][1] += 1
        by_kind[kind[g[0]]][0] += g in right
    print("  recall by kind: " + ", ".join(f"{k} {a}/{n}" for k, (a, n) in sorted(by_kind.items())))
    if quiet:
        return
    missed: dict[int, list[str]] = defaultdict(list)
    for i, a, b in sorted(gold_pairs - right):
        missed[i].append(f"{a}~{b}")
    for i, ps in missed.items():
        text = gold["blocks"][i]["occurrences"][0]["text"]
        print(f"  miss  [{kind[i]}] {text[:70]!r}: {len(ps)} pairs, e.g. {ps[0]}")
    for d1, t1, d2, t2 in false_links:
        print(f"  FALSE {d1} {t1[:60]!r} ~ {d2} {t2[:60]!r}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--quiet", action="store_true", help="figures only, no misses or false links")
    ap.add_argument("extra", nargs="*", help="options passed on to newsline run (after --)")
    args = ap.parse_args()
    gold_file = args.data / "gold.json"
    if not gold_file.is_file():
        print(f"held-out corpus not found at {args.data}; nothing measured")
        return 0
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    # a page is an HTML file or a one-record JSONL file (a scraper's dump line)
    pages = sorted([*args.data.glob("*.html"), *args.data.glob("*.jsonl")])
    names = {p.stem for p in pages}
    if names != set(gold["documents"]):
        raise SystemExit(f"gold.json and the pages disagree on: {sorted(names ^ set(gold['documents']))}")
    records = run_pipeline(pages, args.extra)
    name_of = {r["id"]: Path(r["source"]).stem for r in records}
    print(f"documents: {len(records)} pages, {len(gold['duplicate_groups'])} gold duplicate groups")
    doc_level(records, name_of, gold, args.quiet)
    block_level(records, name_of, gold, args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
