"""BCubed precision/recall/F1 of story clustering on cl-tls (Spanish + French).

Gold: the topic folder (egypt, libya, syria, yemen). All Spanish and French
articles are fed to ClusterStories together, in publication order (as a
crawl would bring them), in batches of Settings.batch_size (256), what
``newsline run`` hands the stage; the stage merges stories after every
StorySettings.merge_every (64) pages, whatever the batch, so any batch
size gives the same stories. Clusters must mix the two
languages: the script also prints how many documents sit in a cluster that
holds both languages.

Both levels are scored: stories (finalize's story rows) and topics (the
``topic`` key of each row); the headline figure is the topic level, since
the gold is one topic per country over years.

Run:  PYTHONPATH=src python3 benchmarks/stories_cltls.py [--cache /tmp/cltls.pkl] [--join T] [--topic T]
          [--misplaced]   (lists the documents whose topic's majority gold is not theirs)
          [--batches 16,32,64,100,256,all]   (topic F1 for each batch size, then their mean and
                          worst: clustering is incremental, and a figure read at one batch size
                          can be a lucky one; ``newsline run`` hands the stage 256 at a time;
                          since merges follow StorySettings.merge_every, all sizes should agree)
Data: ../shared/eval/timelines/cl-tls relative to the repository (read only).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from newsline.model import Document
from newsline.settings import Settings, StorySettings
from newsline.stories import ClusterStories

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "eval" / "timelines" / "cl-tls"


def load(langs=("es", "fr")) -> list[tuple[Document, str]]:
    """(document, gold topic) for every article, a small loader of our own."""
    out = []
    for lang in langs:
        for topic_dir in sorted((DATA / lang).iterdir()):
            if topic_dir.name == "reference" or not topic_dir.is_dir():
                continue
            for f in sorted(topic_dir.rglob("*.txt")):
                text = f.read_bytes().decode("utf-8", "replace")
                date = f.parent.name
                rel = f.relative_to(DATA).as_posix()
                # No title: `newsline run` reads a .txt page with none and
                # cleaning picks it; handing in the first line as the title
                # let a teaser or cookie notice on that line glue pages.
                doc = Document(
                    id=rel,
                    source=rel,
                    text=text,
                    lang=lang,
                    published=date if date[:4].isdigit() else None,
                )
                out.append((doc, topic_dir.name))
    out.sort(key=lambda t: (t[0].published or "", t[0].id))
    return out


def clean(docs: list[Document]) -> str:
    """Label blocks with newsline's own cleaning stages when they are present
    (as the real pipeline does before stories); returns what was used."""
    try:
        from newsline.clean import ClassifyBlocks, SegmentBlocks
        from newsline.pipeline import run_stages
        from newsline.settings import Settings
    except ImportError:
        return "none (newsline.clean not importable)"
    st = Settings()
    for i in range(0, len(docs), 64):
        run_stages([SegmentBlocks(st), ClassifyBlocks(st)], docs[i : i + 64])
    return "newsline.clean SegmentBlocks + ClassifyBlocks"


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    by_pred, by_gold = defaultdict(set), defaultdict(set)
    for d, c in pred.items():
        by_pred[c].add(d)
    for d, g in gold.items():
        by_gold[g].add(d)
    p = r = 0.0
    for d in gold:
        same_pred = by_pred[pred[d]]
        same_gold = by_gold[gold[d]]
        inter = len(same_pred & same_gold)
        p += inter / len(same_pred)
        r += inter / len(same_gold)
    n = len(gold)
    p, r = p / n, r / n
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--join", type=float, default=None)
    ap.add_argument("--merge", type=float, default=None)
    ap.add_argument("--attach", type=float, default=None)
    ap.add_argument("--anchor-weight", type=float, default=None)
    ap.add_argument("--topic", type=float, default=None)
    ap.add_argument("--topic-min-documents", type=int, default=None)
    ap.add_argument("--topic-attach", type=float, default=None)
    ap.add_argument(
        "--batch",
        type=int,
        default=Settings().batch_size,
        help="documents per call (default: what `newsline run` hands the stage)",
    )
    ap.add_argument(
        "--batches",
        help="comma-separated batch sizes ('all': one batch) scored one after another",
    )
    ap.add_argument("--show", type=int, default=8, help="largest topics listed")
    ap.add_argument(
        "--misplaced",
        action="store_true",
        help="list the documents whose topic's majority gold is not theirs",
    )
    ap.add_argument("--cache", help="pickle of cleaned documents to reuse between runs (tuning)")
    ap.add_argument(
        "--no-clean", action="store_true", help="cluster raw text (site chrome included)"
    )
    args = ap.parse_args()
    if not DATA.is_dir():
        print(f"cl-tls not found at {DATA}; nothing measured")
        return 0
    s = StorySettings()
    # each command-line override names the StorySettings field it sets
    for arg, field in (
        ("join", "join_threshold"),
        ("merge", "merge_threshold"),
        ("attach", "attach_threshold"),
        ("anchor_weight", "anchor_weight"),
        ("topic", "topic_threshold"),
        ("topic_min_documents", "topic_min_documents"),
        ("topic_attach", "topic_attach_threshold"),
    ):
        if getattr(args, arg) is not None:
            setattr(s, field, getattr(args, arg))
    items = load()
    gold = {d.id: t for d, t in items}
    t_clean = time.perf_counter()
    if args.no_clean:
        cleaning = "none (--no-clean)"
    elif args.cache and Path(args.cache).is_file():
        import pickle

        items = pickle.loads(Path(args.cache).read_bytes())
        cleaning = f"cached blocks from {args.cache}"
    else:
        cleaning = clean([d for d, _ in items])
        if args.cache:
            import pickle

            Path(args.cache).write_bytes(pickle.dumps(items))
    t_clean = time.perf_counter() - t_clean
    stage = ClusterStories(s)
    stats: Counter = Counter()
    t0 = time.perf_counter()
    docs = [d for d, _ in items]
    for i in range(0, len(docs), args.batch):
        stage(docs[i : i + args.batch], stats)
    t_fin = time.perf_counter()
    stories = stage.finalize()["stories"]
    t_fin = time.perf_counter() - t_fin
    dt = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    pred, pred_story = {}, {}
    for st in stories:
        for d in st["documents"]:
            pred[d] = st.get("topic", st["id"])
            pred_story[d] = st["id"]
    missing = [d for d in gold if d not in pred]
    for d in missing:
        pred[d] = pred_story[d] = "none-" + d
    p, r, f = bcubed(pred, gold)
    sp, sr, sf = bcubed(pred_story, gold)
    topics: dict[str, list] = defaultdict(list)
    for st in stories:
        topics[st.get("topic", st["id"])].append(st)
    mixed_docs = sum(len(st["documents"]) for st in stories if len(st["languages"]) > 1)
    print(
        f"settings: join={s.join_threshold} merge={s.merge_threshold} attach={s.attach_threshold} anchor_weight={s.anchor_weight}"
        f" topic={s.topic_threshold} topic_min_documents={s.topic_min_documents} topic_attach={s.topic_attach_threshold}"
    )
    print(f"cleaning: {cleaning} ({t_clean:.1f}s, not counted below)")
    print(
        f"documents: {len(gold)} ({Counter(d.lang for d, _ in items)})  unassigned: {len(missing)}"
    )
    print(
        f"stories: {len(stories)}  mixing es+fr: {sum(len(st['languages']) > 1 for st in stories)}"
        f"  docs in mixed stories: {mixed_docs}/{len(gold)}"
    )
    print(
        f"story level: {len(stories)} stories  BCubed precision {sp:.4f}  recall {sr:.4f}  F1 {sf:.4f}"
    )
    mixed_topics = sum(
        len({lang for st in grp for lang in st["languages"]}) > 1 for grp in topics.values()
    )
    print(f"topic level: {len(topics)} topics, {mixed_topics} mixing languages")
    print(f"BCubed (topic level) precision {p:.4f}  recall {r:.4f}  F1 {f:.4f}")
    print(
        f"time {dt:.1f}s ({len(gold) / dt:.0f} docs/s; finalize incl. topics {t_fin:.2f}s)  peak RSS {peak / 2**20:.0f} MiB  state {len(stage.state_dict()) / 2**10:.0f} KiB"
    )
    for tid, grp in sorted(
        topics.items(), key=lambda kv: -sum(len(st["documents"]) for st in kv[1])
    )[: args.show]:
        docs_in = [d for st in grp for d in st["documents"]]
        langs = sorted({lang for st in grp for lang in st["languages"]})
        print(
            f"  topic {tid[:40]:40s} stories={len(grp):3d} n={len(docs_in):4d} langs={langs}"
            f" gold={dict(Counter(gold[d] for d in docs_in))}"
        )
        print(f"      {grp[0].get('topic_title', grp[0]['title'])[:150]}")
    print("counters:", dict(stats))
    if args.misplaced:
        print_misplaced(docs, gold, pred)
    if args.batches:
        print_batches(docs, gold, s, args.batches)
    return 0


def print_batches(docs: list[Document], gold: dict[str, str], s: StorySettings, spec: str) -> None:
    """Topic and story BCubed F1 for each batch size in ``spec``, then the
    mean and the worst topic F1 over them."""
    got = []
    for size in spec.split(","):
        n = len(docs) if size.strip() == "all" else int(size)
        stage = ClusterStories(s)
        stats: Counter = Counter()
        for i in range(0, len(docs), n):
            stage(docs[i : i + n], stats)
        pred, pred_story = {}, {}
        for st in stage.finalize()["stories"]:
            for d in st["documents"]:
                pred[d], pred_story[d] = st.get("topic", st["id"]), st["id"]
        for d in gold:
            pred.setdefault(d, "none-" + d)
            pred_story.setdefault(d, "none-" + d)
        p, r, f = bcubed(pred, gold)
        got.append(f)
        print(
            f"batch {size.strip():>5s}: topic P {p:.4f} R {r:.4f} F1 {f:.4f}"
            f"  ({len(set(pred.values()))} topics)  story F1 {bcubed(pred_story, gold)[2]:.4f}"
        )
    print(
        f"over {len(got)} batch sizes: topic F1 mean {sum(got) / len(got):.4f}  worst {min(got):.4f}"
    )


def print_misplaced(docs: list[Document], gold: dict[str, str], pred: dict[str, str]) -> None:
    """Each document whose topic's majority gold is not its own, with the
    start of its cleaned body; a topic of 5 documents or fewer counts as
    "alone" (too small to have a majority worth the name)."""
    members: dict[str, list[str]] = defaultdict(list)
    for d, t in pred.items():
        members[t].append(d)
    majority = {
        t: Counter(gold[d] for d in ds).most_common(1)[0][0] if len(ds) > 5 else "alone"
        for t, ds in members.items()
    }
    n = 0
    for doc in docs:
        where = majority[pred[doc.id]]
        if where != gold[doc.id]:
            n += 1
            body = doc.clean_text()[:200].replace("\n", " ")
            print(f"{doc.id:40s} gold={gold[doc.id]:6s} in={where:6s} {body!r}")
    print(f"misplaced: {n}/{len(docs)}")


if __name__ == "__main__":
    sys.exit(main())
