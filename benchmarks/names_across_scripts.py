"""Precision and recall of matching one name across scripts, as events and stories do.

    python benchmarks/names_across_scripts.py [--set pairs1] [--verbose]

Each line of ``benchmarks/data/names/<set>.jsonl`` pairs a name written in
Latin script (``latin``) with a name written in Thai, Chinese, Japanese
kana, Korean, Cyrillic or Arabic (``other``, its language ``script``);
``match`` says whether both name the same place, person or firm (about
half are near names that must not match: Toulon / 图卢兹 Toulouse). Each name
is put in one short sentence of its language ("On Monday, X said that the
work would go on"), so a name the readers do not cut out of its sentence is a
miss too. Two matchers are scored:

* events: the two sentences' anchors (:func:`newsline.events.anchors.sentence_anchors`)
  share a name as event merging compares them (``events.merge._shared`` at the
  default ``anchor_similarity``), dates and numbers left out;
* stories: the two sentences' story features
  (:func:`newsline.stories.anchors.feature_counts`) share a name anchor (``k:``).

Prints per matcher precision, recall and F1 over the pairs, and with
``--verbose`` every pair that is wrong (a miss or a false match) with the
name anchors each side got. Sets: ``pairs1`` (90 pairs, written before the
matcher was read; first score in ``benchmarks/data/names/README.md``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsline.events.anchors import sentence_anchors  # noqa: E402
from newsline.events.merge import _shared  # noqa: E402
from newsline.model import Document  # noqa: E402
from newsline.settings import Settings  # noqa: E402
from newsline.stories.anchors import feature_counts  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "names"

# One neutral sentence per language, the name after a time word (a Latin
# word that opens a sentence is no name to the readers), as a page's
# sentence would hold it (a Thai name glued to the next word, a Chinese one
# to its verb).
FRAMES = {
    "en": "On Monday, {} said that the work would go on.",
    "th": "เมื่อวันจันทร์ {}ระบุว่างานจะดำเนินต่อไป",
    "zh": "周一，{}表示工作将继续进行。",
    "ja": "月曜日、{}は作業を続けると述べた。",
    "ko": "월요일 {}는 작업을 계속하겠다고 밝혔다.",
    "ru": "В понедельник {} заявил, что работа продолжится.",
    "ar": "قال {} يوم الاثنين إن العمل سيستمر.",
}


def _names(anchors: list[str]) -> list[str]:
    return [a for a in anchors if a.startswith(("name:", "read:"))]


def events_match(a: str, la: str, b: str, lb: str, sim: float) -> tuple[bool, list[str], list[str]]:
    xa = _names(sentence_anchors(FRAMES[la].format(a), la))
    xb = _names(sentence_anchors(FRAMES[lb].format(b), lb))
    return _shared(xa, xb, {}, sim)[1] > 0, xa, xb


def _story_names(text: str, lang: str) -> list[str]:
    counts = feature_counts(Document(id="p", source="p", text=text, lang=lang), text)
    return [item[0] for item in counts["a"] if item[0].startswith("k:")]


def stories_match(a: str, la: str, b: str, lb: str) -> tuple[bool, list[str], list[str]]:
    xa = _story_names(FRAMES[la].format(a), la)
    xb = _story_names(FRAMES[lb].format(b), lb)
    return bool(set(xa) & set(xb)), xa, xb


def score(got: list[tuple[bool, bool]]) -> tuple[float, float, float, int, int, int]:
    tp = sum(1 for g, m in got if g and m)
    fp = sum(1 for g, m in got if g and not m)
    fn = sum(1 for g, m in got if m and not g)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, tp, fp, fn


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default="pairs1")
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args()
    path = DATA / f"{args.set}.jsonl"
    if not path.exists():
        print(f"no such set: {path}", file=sys.stderr)
        return 2
    pairs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    sim = Settings().dates.anchor_similarity
    results = {"events": [], "stories": []}
    for p in pairs:
        for name, fn in (
            ("events", lambda p: events_match(p["latin"], "en", p["other"], p["script"], sim)),
            ("stories", lambda p: stories_match(p["latin"], "en", p["other"], p["script"])),
        ):
            got, xa, xb = fn(p)
            results[name].append((got, p["match"]))
            if args.verbose and got != p["match"]:
                kind = "MISS " if p["match"] else "FALSE"
                print(f"{name:7s} {kind} {p['id']} {p['latin']} | {p['other']} ({p['script']}): {xa} | {xb}")
    print(f"set {args.set}: {len(pairs)} pairs, {sum(p['match'] for p in pairs)} matching")
    for name, got in results.items():
        pr, rc, f1, tp, fp, fn = score(got)
        print(f"{name:7s} precision {pr:.3f}  recall {rc:.3f}  F1 {f1:.3f}  (tp {tp}, fp {fp}, fn {fn})")
    by_script: dict[str, list] = {}
    for p, e, s in zip(pairs, results["events"], results["stories"]):
        by_script.setdefault(p["script"], []).append((e, s))
    for script, rows in sorted(by_script.items()):
        e = score([x for x, _ in rows])
        s = score([y for _, y in rows])
        print(f"  {script}: events P {e[0]:.2f} R {e[1]:.2f}   stories P {s[0]:.2f} R {s[1]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
