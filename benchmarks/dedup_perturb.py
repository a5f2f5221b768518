"""Near-duplicate precision and recall on perturbed real articles.

    PYTHONPATH=src python3 benchmarks/dedup_perturb.py [--originals 400] [--seed 3]

Originals: real articles of ../shared/eval/timelines/cl-tls (es, fr) and
the seeds (vi, th). Each gets variants: words replaced (1..40 %), cut to
90/70/50 %, boilerplate added, paragraphs reordered, and a combination.
All originals then all variants go through Deduplicate at several
thresholds. The truth of a link is the exact Jaccard similarity of the two
documents' shingle sets (same normalisation and shingles as the stage),
so the figures measure the MinHash/LSH estimate, not the choice of shingles
(``--estimate-only``: links by the estimate alone; by default the stage also
links copies made of an original's blocks, at a Jaccard under the threshold
by design, which this truth counts as wrong):

* precision = reported links whose true Jaccard >= threshold / reported links
* recall    = (variant, original) pairs with true Jaccard >= threshold that
              were linked / such pairs, overall and per kind of perturbation.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from newsline.dedup import Deduplicate, normalise, shingle_hashes
from newsline.dedup.shingles import fold_marks
from newsline.model import Document
from newsline.settings import DedupSettings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BOILER = [
    "Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso.",
    "Tous droits réservés. Toute reproduction, même partielle, est interdite sans autorisation écrite de la rédaction.",
    "Bản quyền thuộc về tòa soạn. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.",
    "ติดตามข่าวสารล่าสุดได้ทุกวันผ่านช่องทางออนไลน์ของเรา สงวนลิขสิทธิ์ทุกประการ",
    "Follow us on social media. Subscribe to our newsletter for the latest headlines every morning.",
]


def originals(n: int, rng: random.Random) -> list[str]:
    texts = []
    for lang in ("es", "fr"):
        d = SHARED / "eval" / "timelines" / "cl-tls" / lang
        if d.is_dir():
            for f in sorted(d.rglob("*.txt")):
                if "reference" not in f.parts:
                    t = f.read_text("utf-8", "replace")
                    # the article body: lines long enough to be prose
                    body = "\n".join(ln for ln in t.split("\n") if len(ln) > 80)
                    if len(body) > 1500:
                        texts.append(body)
    rng.shuffle(texts)
    texts = texts[:n]
    seeds = SHARED / "corpus" / "seeds"
    if seeds.is_dir():
        texts += [f.read_text("utf-8", "replace") for f in sorted(seeds.glob("*.txt"))]
    return texts


def variants(text: str, pool: list[str], rng: random.Random) -> list[tuple[str, str]]:
    words = text.split(" ")
    paras = [p for p in text.split("\n") if p.strip()]
    out = []
    for rate in (0.01, 0.03, 0.05, 0.10, 0.20, 0.40):
        w = list(words)
        for i in rng.sample(range(len(w)), max(1, int(len(w) * rate))):
            w[i] = rng.choice(pool)
        out.append((f"edit{int(rate * 100):02d}", " ".join(w)))
    for frac in (0.9, 0.7, 0.5):
        out.append((f"cut{int(frac * 100)}", text[: int(len(text) * frac)]))
    out.append(("boiler", text + "\n" + "\n".join(rng.sample(BOILER, 2))))
    shuffled = list(paras)
    rng.shuffle(shuffled)
    out.append(("reorder", "\n".join(shuffled)))
    w = list(words)
    for i in rng.sample(range(len(w)), max(1, int(len(w) * 0.03))):
        w[i] = rng.choice(pool)
    combo = [p for p in " ".join(w).split("\n") if p.strip()]
    rng.shuffle(combo)
    out.append(("combo", "\n".join(combo) + "\n" + rng.choice(BOILER)))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--originals", type=int, default=400)
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--thresholds", default="0.5,0.7,0.8,0.9")
    ap.add_argument(
        "--estimate-only",
        action="store_true",
        help="links by the MinHash estimate alone: no contained-copy links (below the "
        "threshold by design) and no figures check",
    )
    args = ap.parse_args()
    rng = random.Random(args.seed)
    origs = originals(args.originals, rng)
    if not origs:
        print(f"no real text under {SHARED}; nothing measured")
        return 0
    pool = [w for t in origs[:50] for w in t.split(" ") if w.isalpha()]
    docs: list[tuple[str, str, str, str]] = []  # id, text, kind, original id
    for i, t in enumerate(origs):
        docs.append((f"o{i}", t, "original", f"o{i}"))
    for i, t in enumerate(origs):
        for kind, v in variants(t, pool, rng):
            docs.append((f"o{i}-{kind}", v, kind, f"o{i}"))
    s0 = DedupSettings()
    # the text the stage shingles: normalised, diacritics dropped
    norm = {d: fold_marks(normalise(t)) for d, t, _, _ in docs}
    ids = list(norm)
    h, off = shingle_hashes([norm[d] for d in ids], s0.shingle_size)
    sets = {d: set(h[int(off[i]) : int(off[i + 1])].tolist()) for i, d in enumerate(ids)}

    def jac(a: str, b: str) -> float:
        x, y = sets[a], sets[b]
        return len(x & y) / len(x | y) if x or y else 1.0

    true_j = {d: jac(d, o) for d, _, k, o in docs if k != "original"}
    print(
        f"originals {len(origs)}  variants {len(docs) - len(origs)}  (shingle {s0.shingle_size}, num_perm {s0.num_perm})"
    )
    by_kind = defaultdict(list)
    for d, _, k, _ in docs:
        if k != "original":
            by_kind[k].append(true_j[d])
    print(
        "true Jaccard to the original by kind (median): "
        + "  ".join(f"{k} {sorted(v)[len(v) // 2]:.2f}" for k, v in by_kind.items())
    )
    for th in (float(x) for x in args.thresholds.split(",")):
        extra = {"contained_threshold": None, "figures_shared": None} if args.estimate_only else {}
        st = Deduplicate(DedupSettings(threshold=th, **extra))
        t0 = time.perf_counter()
        batch = [Document(id=d, source=d, text=t) for d, t, _, _ in docs]
        for i in range(0, len(batch), 64):
            st(batch[i : i + 64], Counter())
        dt = time.perf_counter() - t0
        rows = st.finalize()["duplicates"]
        links = [(r["doc_id"], r["duplicate_of"]) for r in rows if r["kind"] in ("near", "exact")]
        good = sum(1 for a, b in links if jac(a, b) >= th)
        linked = set(links)
        pos = Counter()
        hit = Counter()
        for d, _, k, o in docs:
            if k != "original" and true_j[d] >= th:
                pos[k] += 1
                hit[k] += (d, o) in linked
        p = good / len(links) if links else 1.0
        r = sum(hit.values()) / max(sum(pos.values()), 1)
        print(
            f"threshold {th:.2f}: links {len(links)}  precision {p:.4f}  recall {r:.4f}  "
            f"({sum(pos.values())} true pairs)  {len(docs) / dt:,.0f} docs/s"
        )
        print("   recall by kind: " + "  ".join(f"{k} {hit[k]}/{pos[k]}" for k in sorted(pos)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
