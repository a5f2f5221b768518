"""The whole pipeline on a seeds-like bundle, scored stage by stage.

Each set (benchmarks/data/bundle/bundle1/, see its README) is a handful of
scraped pages about one invented story in several languages, plus one page
of an unrelated story, carrying the defects real scrapes carry (site chrome,
related lists told twice, bylines, captions, adverts injected into the body,
a content-farm footer, paragraphs in a second language, a publish stamp the
text contradicts, machine translation, Buddhist-era and year-less dates).
``NAME.txt`` labels every line of a page (``label<TAB>text``, the
clean_lines convention); the page read is the gold's file (``NAME.html``,
``NAME.warc``, ``NAME.jsonl``: copied byte for byte, in whatever encoding it
was written) where it is not ``NAME.txt``, else the text of ``NAME.txt``
without its labels (a scraper's text dump). A page read from a record
(WARC, JSON Lines) is stored under its URL, which the gold gives as ``url``;
several pages held in one file (a WARC of two pages) name it as ``file``.
A stored document the gold does not name (a record cut short, read anyway)
is listed and left out of the scores. A page saved again (another query
string, another view count) is named in its page's ``copies``: the copy is
read too, and scored only on whether the store records it as a duplicate
(exact or near) of its page; when it is, an event its sentence gives counts
as the page's (the run reads the two in file-name order, and the one read
first carries their events).
``gold.json`` gives, per page, its language, publication day, story, the
flags a careful reader expects (the flags_heldout convention), the language
of its foreign paragraphs and the events it tells (the timeline_story
convention: a quote inside the sentence, the gold event's id; dates in the
top-level ``events``).

The pages are copied into a temporary folder and run by ``run_corpus`` into
a temporary database, as ``newsline run`` would; everything is scored on
what the store holds:

* line labels: exact accuracy, precision/recall of "set aside" and "kept";
* flags: per kind, gold items found / expected and flags right / raised;
* languages: page languages right, foreign paragraphs' block languages right;
* publication days right;
* copies: a page's copies recorded as its duplicates;
* stories: BCubed precision / recall / F1;
* events: gold mentions found on their sentence with their date, pairs of
  mentions of one event in two languages merged, pairs of different events
  merged (wrong merges), events dated from set-aside blocks.

Run:  PYTHONPATH=src python3 benchmarks/bundle_check.py [--set bundle1] [--errors]
"""

from __future__ import annotations

import argparse
import itertools
import json
import shutil
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from clean_lines import aside_and_kept, load_page  # the same line convention and P/R
from flags_heldout import matches  # the same flag matching
from stories_cltls import bcubed  # the same BCubed

from newsline.model import KEPT_LABELS
from newsline.runner import run_corpus
from newsline.store import Store
from newsline.textnorm import composed_view, needs_composing

SETS = ROOT / "benchmarks" / "data" / "bundle"


def stage_inputs(data: Path, pages: dict, into: Path) -> None:
    """Each page as a scraper would have saved it, under its own name."""
    for name, page in pages.items():
        for copy in page.get("copies", []):
            shutil.copy(data / copy, into / copy)
        src = data / page.get("file", name)
        if src.suffix != ".txt":
            shutil.copy(src, into / src.name)
        else:
            text, _ = load_page(src)
            (into / name).write_text(text, encoding="utf-8")


def score_lines(doc, labels: list[str], pairs: list, errors: list, name: str) -> None:
    if len(doc.blocks) != len(labels):
        print(f"!! {name}: {len(doc.blocks)} blocks for {len(labels)} labelled lines")
        return
    for b, want in zip(doc.blocks, labels, strict=True):
        pairs.append((want, b.label))
        if want != b.label:
            errors.append((name, want, b.label, doc.text[b.start : b.end][:70], b.reasons))


def find_span(text: str, needle: str) -> tuple[int, int] | None:
    """Where ``needle`` is in ``text``, canonical equivalents matching: the
    gold is written composed (NFC) while a page in windows-1258 or typed
    with combining tone marks is stored as decoded ("a" + U+0323 for "ạ");
    both spell the same words, so the span is found in the composed view
    and mapped back to the stored offsets."""
    at = text.find(needle)
    if at >= 0:
        return at, at + len(needle)
    if not needs_composing(text):
        return None
    composed, _, back = composed_view(text)
    at = composed.find(unicodedata.normalize("NFC", needle))
    if at < 0:
        return None
    return back[at], back[at + len(unicodedata.normalize("NFC", needle))]


def anchor_span(doc, anchor: str | None) -> tuple[int, int] | None:
    if not anchor:
        return None
    span = find_span(doc.text, anchor)
    if span is None:
        print(f"!! {doc.source}: anchor not in the stored text: {anchor!r}")
    return span


def copy_recorded(store, docs: dict, copy: str, page: str) -> bool:
    """Whether the store links a page's copy to the page as a duplicate (either way)."""
    if copy not in docs or page not in docs:
        return copy not in docs and page in docs  # not stored at all: dropped as a copy
    a, b = docs[copy].id, docs[page].id
    links = [store.duplicates_of(a), store.duplicates_of(b)]
    return (
        links[0]["duplicate_of"] == b
        or links[1]["duplicate_of"] == a
        or any(n["id"] in (a, b) for ln in links for n in ln["near_duplicates"])
    )


def main() -> int:
    from newsline.flags.stage import KINDS

    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default="bundle1", help="a set under benchmarks/data/bundle")
    ap.add_argument("--errors", action="store_true", help="list every error")
    args = ap.parse_args()
    data = SETS / args.set
    gold = json.loads((data / "gold.json").read_text(encoding="utf-8"))
    pages, event_dates = gold["pages"], gold["events"]

    # A fresh folder per run: a document's id follows its path, and the
    # event merge orders documents by what they say, not by id, so the
    # figures do not move with the folder's name (tests/events/
    # test_merge_order_independent.py).
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "pages"
        inputs.mkdir()
        stage_inputs(data, pages, inputs)
        db = Path(tmp) / "bundle.db"
        run_corpus([str(inputs)], str(db))
        with Store(str(db), readonly=True) as store:
            by_url = {p["url"]: name for name, p in pages.items() if p.get("url")}
            docs = {by_url.get(d.source, Path(d.source).name): d for d in store.iter_documents()}
            story_of = {name: store.story_of(d.id) or f"none-{name}" for name, d in docs.items()}
            merged = store.events()
            copies = {c: name for name, p in pages.items() for c in p.get("copies", [])}
            copy_dup = {c: copy_recorded(store, docs, c, name) for c, name in copies.items()}
    extra = sorted(set(docs) - set(pages) - set(copies))
    if extra:
        print(f"!! stored, not in the gold (not scored): {extra}")
        for name in extra:
            del docs[name], story_of[name]
    # a copy the store records as its page's duplicate is the page read
    # twice: whichever of the two the run read first carries their events
    # (the file names' order decides it), so either one's sentence counts
    recorded_copies: dict[str, list] = {}
    for c in copies:
        copy_doc = docs.pop(c, None)
        story_of.pop(c, None)
        if copy_doc is not None and copy_dup[c]:
            recorded_copies.setdefault(copies[c], []).append(copy_doc)
    missing = sorted(set(pages) - set(docs))
    if missing:
        print(f"!! pages not stored: {missing}")
    notes: list[str] = []

    # line labels
    pairs: list[tuple[str, str]] = []
    line_errors: list = []
    for name, doc in docs.items():
        _, labels = load_page(data / (Path(name).stem + ".txt"))
        score_lines(doc, labels, pairs, line_errors, name)
    n = max(1, len(pairs))
    print(f"{len(docs)} pages, {len(pairs)} labelled lines")
    print(f"lines: exact label accuracy {sum(w == g for w, g in pairs) / n:.3f}")
    for what, p, r, n_gold in aside_and_kept(pairs):
        print(f"  {what:<10} precision={p:.3f} recall={r:.3f}  (n={n_gold})")
    notes += [
        f"line {e[0]} want={e[1]} got={e[2]} {e[3]!r} <- {'; '.join(e[4])[:100]}"
        for e in line_errors
    ]

    # flags
    expected, found, raised, right = Counter(), Counter(), Counter(), Counter()
    for name, doc in docs.items():
        items = pages[name]["flags"]
        spans = [anchor_span(doc, it.get("anchor")) for it in items]
        flags = [f for f in doc.flags if f.kind in KINDS]
        for it, sp in zip(items, spans, strict=True):
            expected[it["kind"]] += 1
            if any(matches(f, it, sp) for f in flags):
                found[it["kind"]] += 1
            else:
                notes.append(f"flag missed {name}: {it['kind']} {it.get('anchor')!r}")
        for f in flags:
            raised[f.kind] += 1
            if any(matches(f, it, sp) for it, sp in zip(items, spans, strict=True)):
                right[f.kind] += 1
            else:
                text = doc.text[f.start : f.end][:60] if f.start is not None else "(page)"
                on_topic = " (on topic)" if f.data.get("on_topic") else ""
                notes.append(f"flag false {name}: {f.kind}{on_topic} {text!r} | {f.reason[:90]}")
    print("flags (found/expected, right/raised):")
    for kind in sorted(set(expected) | set(raised)):
        print(f"  {kind:<20} {found[kind]}/{expected[kind]}  {right[kind]}/{raised[kind]}")
    print(
        f"  {'all':<20} {sum(found.values())}/{sum(expected.values())}  "
        f"{sum(right.values())}/{sum(raised.values())}"
    )

    # languages and publication days
    lang_ok = sum(docs[n].lang == p["lang"] for n, p in pages.items() if n in docs)
    blocks_total = blocks_ok = 0
    day_ok = 0
    for name, doc in docs.items():
        for item in pages[name]["block_langs"]:
            blocks_total += 1
            sp = anchor_span(doc, item["anchor"])
            got = [b.lang for b in doc.blocks if sp and b.start <= sp[0] < b.end]
            if got and got[0] == item["lang"]:
                blocks_ok += 1
            else:
                notes.append(f"block lang {name}: want {item['lang']} got {got} {item['anchor']!r}")
        if (doc.published or "")[:10] == pages[name]["published"]:
            day_ok += 1
        else:
            notes.append(f"published {name}: want {pages[name]['published']} got {doc.published}")
        if doc.lang != pages[name]["lang"]:
            notes.append(f"lang {name}: want {pages[name]['lang']} got {doc.lang}")
    print(f"languages: pages {lang_ok}/{len(pages)}, foreign paragraphs {blocks_ok}/{blocks_total}")
    print(f"publication days: {day_ok}/{len(pages)}")
    if copies:
        recorded = sum(copy_dup.values())
        print(f"copies: recorded as duplicates of their page {recorded}/{len(copies)}")
        notes += [f"copy not recorded as a duplicate: {c}" for c, ok in copy_dup.items() if not ok]

    # stories
    p, r, f1 = bcubed(story_of, {n: pages[n]["story"] for n in docs})
    print(
        f"stories: {len(set(story_of.values()))} predicted for "
        f"{len({pg['story'] for pg in pages.values()})}; BCubed P {p:.3f} R {r:.3f} F1 {f1:.3f}"
    )
    for name in sorted(docs):
        notes.append(f"story {name}: gold {pages[name]['story']} got {story_of[name]}")

    # events: which merged event holds each gold mention, with the gold date?
    holder: dict[tuple[str, str], str] = {}
    total = 0
    for name, doc in docs.items():
        for g in pages[name]["events"]:
            total += 1
            want = g.get("date", event_dates[g["id"]])
            hit = []
            for reading in [doc, *recorded_copies.get(name, [])]:
                span = find_span(reading.text, g["quote"])
                a = span[0] if span else -1
                hit += [
                    m["id"]
                    for m in merged
                    if m["date"] == want
                    for s in m["sources"]
                    if a >= 0 and s["doc_id"] == reading.id and s["start"] <= a < s["end"]
                ]
            if hit:
                holder[(name, g["id"])] = hit[0]
            else:
                told = [(e.date, doc.text[e.start : e.end][:40]) for e in doc.events]
                notes.append(f"event missed {name} {g['id']} ({want}) {g['quote']!r} -> {told}")
    cross = cross_merged = wrong = 0
    for (n1, g1), (n2, g2) in itertools.combinations(
        [(n, g["id"]) for n in docs for g in pages[n]["events"]], 2
    ):
        same_event = holder.get((n1, g1)) is not None and holder.get((n1, g1)) == holder.get(
            (n2, g2)
        )
        if g1 == g2 and docs[n1].lang != docs[n2].lang:
            cross += 1
            cross_merged += same_event
        elif g1 != g2 and same_event:
            wrong += 1
            notes.append(f"wrong merge {g1} of {n1} with {g2} of {n2}")
    set_aside_events = 0
    for doc in docs.values():
        aside = [(b.start, b.end) for b in doc.blocks if b.label not in KEPT_LABELS]
        for e in doc.events:
            at = e.date_start if e.date_start is not None else e.start
            if any(a <= at < z for a, z in aside):
                set_aside_events += 1
                notes.append(f"event from a set-aside block {doc.source}: {e.date}")
    print(f"events: recall {len(holder)}/{total} = {len(holder) / max(1, total):.3f}")
    print(
        f"  cross-language merges {cross_merged}/{cross} = {cross_merged / max(1, cross):.3f}; "
        f"wrong merges {wrong}; events from set-aside blocks {set_aside_events}; "
        f"merged events {len(merged)}"
    )
    if args.errors:
        print()
        for line in notes:
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
