"""Title, author(s), publish date and site name on an invented held-out set.

The set (benchmarks/data/meta/heldout1/, see its README) is 37 short HTML
pages in vi, th, zh, en, es, fr, pt, id, ja and ko, written before the
metadata code was read, with realistic heads, bylines and stamps: JSON-LD
authors that are Organizations or Persons, several authors per byline, role
words ("Phóng viên", "Reporter", "特约记者", "기자"), photographers and
editors who are not authors, "Updated" beside "Published", Buddhist-era
stamps, a meta date that is the crawl time, a date only in the URL, a wire
credit beside a local editor, authors whose names are places, site names in
og:site_name, in a title suffix or only in the copyright line.
``gold.json`` gives per page what a careful analyst records: ``title``,
``authors`` (a list, [] where no person is credited), ``published`` (ISO day
or null) with a ``note`` on which evidence is trusted, and ``sitename``.

Each page is read as ``newsline run`` reads it (the HTML reader), then goes
through segmentation, language identification, block labelling and dates,
and the document's final ``title``, ``author``, ``published`` and
``sitename`` are compared with the gold:

* title: equal after Unicode NFC and whitespace normalisation;
* authors: the set of names (``author`` split on ";", each whitespace-
  normalised) equals the gold set; no author equals [];
* published: the first ten characters (the day) equal the gold day;
* sitename: equal after whitespace normalisation.

Printed: per field, pages right / pages, then every miss with what came out.

Run:  PYTHONPATH=src python3 benchmarks/meta_heldout.py [--data DIR] [--quiet]
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsline.model import Document
from newsline.pipeline import run_stages
from newsline.settings import Settings

DATA = ROOT / "benchmarks" / "data" / "meta" / "heldout1"
FIELDS = ("title", "authors", "published", "sitename")


def read_documents(paths: list[Path]) -> list[Document]:
    from newsline.clean import ClassifyBlocks, SegmentBlocks
    from newsline.dates import ResolveDates
    from newsline.langid import IdentifyLanguages
    from newsline.readers import read_path

    s = Settings()
    stages = [SegmentBlocks(s), IdentifyLanguages(s.lang), ClassifyBlocks(s), ResolveDates(s.dates)]
    docs = []
    for p in paths:
        got = [d for d in read_path(str(p), s) if isinstance(d, Document)]
        if not got:
            sys.exit(f"{p.name}: the reader gave no document")
        doc = got[0]
        doc.source = p.name
        docs.append(doc)
    run_stages(stages, docs)
    return docs


def norm(s: str | None) -> str | None:
    if s is None:
        return None
    return unicodedata.normalize("NFC", " ".join(s.split()))


def author_set(author: str | None) -> set[str]:
    if not author:
        return set()
    return {n for n in (norm(a) for a in author.split(";")) if n}


def got_fields(doc: Document) -> dict:
    return {
        "title": norm(doc.title),
        "authors": sorted(author_set(doc.author)),
        "published": (doc.published or "")[:10] or None,
        "sitename": norm(doc.sitename),
    }


def right(field: str, got: dict, want: dict) -> bool:
    if field == "authors":
        return set(got["authors"]) == {norm(a) for a in want["authors"]}
    if field == "published":
        return got["published"] == want["published"]
    return got[field] == norm(want[field])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(DATA))
    ap.add_argument("--quiet", action="store_true", help="figures only")
    args = ap.parse_args()
    data = Path(args.data)
    gold = json.loads((data / "gold.json").read_text(encoding="utf-8"))
    names = sorted(gold)
    docs = read_documents([data / n for n in names])
    ok = dict.fromkeys(FIELDS, 0)
    misses: list[str] = []
    for name, doc in zip(names, docs):
        want, got = gold[name], got_fields(doc)
        for f in FIELDS:
            if right(f, got, want):
                ok[f] += 1
            else:
                shown = want[f] if f != "authors" else sorted(want[f])
                source = ""
                if f == "published":
                    source = "  " + json.dumps(
                        {k: v for k, v in doc.meta.items() if k.startswith("published")},
                        ensure_ascii=False,
                    )
                misses.append(
                    f"  {name} {f}: got {json.dumps(got[f], ensure_ascii=False)}"
                    f" want {json.dumps(shown, ensure_ascii=False)}{source}"
                )
    n = len(names)
    for f in FIELDS:
        print(f"{f:10s} {ok[f]:3d}/{n}  {ok[f] / n:.3f}")
    total = sum(ok.values())
    print(f"{'all':10s} {total:3d}/{n * len(FIELDS)}  {total / (n * len(FIELDS)):.3f}")
    if not args.quiet and misses:
        print("misses:")
        print("\n".join(misses))


if __name__ == "__main__":
    main()
