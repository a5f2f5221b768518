"""How far can any topic clustering get on cl-tls es+fr? Upper bounds for
``stories_cltls.py``'s BCubed figure, from the gold labels themselves.

The gold of the topic benchmark is the folder an article was filed in
(egypt, libya, syria, yemen). Some articles are filed in two folders, and
some are about another country or about none of the four. No clustering
that reads an article's text can place those where the gold wants them.
This script measures how much that costs, with three references:

* ``copies``: every article in its gold topic, except that a text filed
  under several topics can only sit in one of them (the topic where most
  of its copies are). This is the ceiling for any method at all.
* ``supervised``: a TF-IDF + linear classifier trained on the gold labels
  (10-fold cross-validation, word 1-2-grams over the cleaned body, Spanish
  and French together). It is not a clustering: it is told the four
  topics and learns their words from 90 % of the labels. A text-based
  clustering that reaches this figure does about as well as bag-of-words
  can.
* ``newsline``: ClusterStories as ``stories_cltls.py`` runs it (batches of 64).

All three are scored by the same BCubed as ``stories_cltls.py``.

Run:  PYTHONPATH=src python3 benchmarks/stories_cltls_ceiling.py [--cache /tmp/cltls.pkl]
(the cache is the same pickle of cleaned documents as ``stories_cltls.py``'s)
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stories_cltls import DATA, bcubed, clean, load  # noqa: E402

from newsline.settings import StorySettings  # noqa: E402
from newsline.stories import ClusterStories  # noqa: E402


def body_text(doc) -> str:
    """Title and body blocks (what cleaning kept), else the whole text."""
    kept = [b for b in (doc.blocks or []) if b.label in ("title", "body", "heading")]
    return "\n".join(b.text_of(doc) for b in kept) if kept else doc.text


def copies_ceiling(items) -> dict[str, str]:
    by_text: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for doc, topic in items:
        key = hashlib.sha1(" ".join(doc.text.split()).encode("utf-8")).hexdigest()
        by_text[key].append((doc.id, topic))
    pred = {}
    for group in by_text.values():
        best = Counter(t for _, t in group).most_common(1)[0][0]
        for doc_id, _ in group:
            pred[doc_id] = best
    return pred


def supervised(items, folds: int) -> tuple[dict[str, str], float]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.model_selection import StratifiedKFold, cross_val_predict
    from sklearn.pipeline import make_pipeline
    from sklearn.svm import LinearSVC

    texts = [body_text(d) for d, _ in items]
    labels = [t for _, t in items]
    model = make_pipeline(
        TfidfVectorizer(sublinear_tf=True, min_df=2, ngram_range=(1, 2)), LinearSVC(C=1.0)
    )
    got = cross_val_predict(
        model, texts, labels, cv=StratifiedKFold(folds, shuffle=True, random_state=0)
    )
    acc = sum(a == b for a, b in zip(got, labels, strict=True)) / len(labels)
    return {d.id: t for (d, _), t in zip(items, got, strict=True)}, acc


def newsline_topics(items, batch: int) -> dict[str, str]:
    stage = ClusterStories(StorySettings())
    docs = [d for d, _ in items]
    stats: Counter = Counter()
    for i in range(0, len(docs), batch):
        stage(docs[i : i + batch], stats)
    pred = {}
    for st in stage.finalize()["stories"]:
        for d in st["documents"]:
            pred[d] = st.get("topic", st["id"])
    for d in docs:
        pred.setdefault(d.id, "none-" + d.id)
    return pred


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", help="pickle of cleaned documents (as stories_cltls.py writes it)")
    ap.add_argument("--folds", type=int, default=10)
    ap.add_argument("--batch", type=int, default=64)
    args = ap.parse_args()
    if not DATA.is_dir():
        print(f"cl-tls not found at {DATA}; nothing measured")
        return 0
    if args.cache and Path(args.cache).is_file():
        items = pickle.loads(Path(args.cache).read_bytes())
    else:
        items = load()
        clean([d for d, _ in items])
        if args.cache:
            Path(args.cache).write_bytes(pickle.dumps(items))
    gold = {d.id: t for d, t in items}
    print(f"documents: {len(gold)}  gold topics: {dict(Counter(gold.values()))}")
    print(f"{'reference':32s} {'P':>7s} {'R':>7s} {'F1':>7s}")
    rows = [("copies (any method's ceiling)", copies_ceiling(items))]
    try:
        pred, acc = supervised(items, args.folds)
        rows.append((f"supervised {args.folds}-fold (acc {acc:.3f})", pred))
    except ImportError as e:
        print(f"supervised reference skipped: {e}")
    rows.append(("newsline ClusterStories", newsline_topics(items, args.batch)))
    for name, pred in rows:
        p, r, f = bcubed(pred, gold)
        print(f"{name:32s} {p:7.4f} {r:7.4f} {f:7.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
