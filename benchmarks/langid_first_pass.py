"""How often langid's cheap first pass (CLD2, see
``LangSettings.first_pass_languages``) decides a Latin-script line, and
whether it ever answers otherwise than lingua would.

    python benchmarks/langid_first_pass.py [--articles 400] [--show 20]

Reads, at run time and only when present, the lines of
../shared/eval/langid/language-testdata (sentences, word pairs, single words),
benchmarks/data/langid/heldout*.jsonl, ``--articles`` cl-tls articles
(../shared/eval/timelines/cl-tls, es/fr/en), the scraped seeds
(../shared/corpus/seeds) and benchmarks/data/clean pages; lines of 200
characters or more are cut into sentences as ``detect_spans`` does. Each
Latin-script line is identified twice: with the first pass and with it
turned off (lingua as before). Prints, per language the pass answered, the
lines it decided alone (long), with lingua's cheap mode (short), and the
lines where the two answers differ, with the gold language where the set
has one. Also lingua's calls per line each way.

This script must never be imported by the package.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import newsline.langid.detect as D
from newsline.langid import scripts as S
from newsline.settings import LangSettings

SHARED = ROOT.parent / "shared"


def lines(n_articles: int) -> list[tuple[str, str | None, str]]:
    """(source, gold language or None, line)."""
    out: list[tuple[str, str | None, str]] = []
    data = SHARED / "eval" / "langid" / "language-testdata"
    for f in sorted(data.glob("*/*.txt")):
        out += [(f.parent.name, f.stem, s.strip()) for s in f.open(encoding="utf-8") if s.strip()]
    for f in sorted((ROOT / "benchmarks" / "data" / "langid").glob("heldout*.jsonl")):
        for raw in f.open(encoding="utf-8"):
            j = json.loads(raw)
            out.append((f.stem, j.get("gold"), j["text"]))
    arts = sorted((SHARED / "eval" / "timelines" / "cl-tls").glob("*/*/*/*.txt"))
    random.Random(1).shuffle(arts)
    for f in arts[:n_articles]:
        lang = f.parents[2].name
        out += [("cl-tls", lang, s.strip()) for s in f.open(encoding="utf-8") if s.strip()]
    pages = sorted((SHARED / "corpus" / "seeds").glob("*")) + sorted(
        (ROOT / "benchmarks" / "data" / "clean").rglob("*.txt")
    )
    for f in pages:
        if f.is_file():
            for s in f.open(encoding="utf-8", errors="replace"):
                s = s.split("\t")[-1].strip()
                if s:
                    out.append(("pages", None, s))
    cut = []
    for src, gold, t in out:
        if len(t) < 200:
            cut.append((src, gold, t))
            continue
        bounds = [0] + [m.end() for m in D._SENTENCE_END.finditer(t)] + [len(t)]
        cut += [(src, gold, t[a:b]) for a, b in itertools.pairwise(bounds) if b > a]
    return cut


class Counting:
    def __init__(self) -> None:
        self.calls = 0
        self.real = D._detector

    def __call__(self, languages, high):
        real = self.real(languages, high)
        outer = self

        class Wrapped:
            def compute_language_confidence_values(self, text):
                outer.calls += 1
                return real.compute_language_confidence_values(text)

        return Wrapped()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=400, help="cl-tls articles to read")
    ap.add_argument("--show", type=int, default=20, help="differing lines to print")
    a = ap.parse_args()
    on, off = LangSettings(), LangSettings(first_pass_languages=())
    units = [
        (src, gold, t)
        for src, gold, t in lines(a.articles)
        if D._script_of(S.script_counts(t), on.non_latin_min_share) == S.LATIN
        and len(S.script_counts(t)) == 1
    ]
    if not units:
        sys.exit("no test data found under ../shared or benchmarks/data")
    counting = Counting()
    D._detector = counting
    # what the first pass answered inside detect_language (None: it left the
    # line to lingua), with the letters it counted
    answered: list[tuple[str, int]] = []
    first_pass = D._first_pass

    def recording_first_pass(text, words, settings):
        got = first_pass(text, words, settings)
        if got:
            answered.append((got, sum(map(len, words))))
        return got

    D._first_pass = recording_first_pass
    decided: Counter[tuple[str, str]] = Counter()
    differ: Counter[tuple[str | None, str | None]] = Counter()
    gold_right: Counter[str] = Counter()
    calls = {"on": 0, "off": 0}
    shown = 0
    for src, gold, t in units:
        text = S.strip_controls(t)
        D._cached_confidences.cache_clear()
        counting.calls = 0
        answered.clear()
        new = D.detect_language(text, on)
        calls["on"] += counting.calls
        D._cached_confidences.cache_clear()
        counting.calls = 0
        old = D.detect_language(text, off)
        calls["off"] += counting.calls
        if not answered:
            continue
        first, letters = answered[-1]
        decided[
            (first, "alone" if letters >= on.first_pass_alone_min_letters else "confirmed")
        ] += 1
        if new != old:
            differ[(old, new)] += 1
            if gold:
                gold_right[
                    "first pass right"
                    if new == gold
                    else "lingua right"
                    if old == gold
                    else "both wrong"
                ] += 1
            if shown < a.show:
                shown += 1
                print(f"  {src:<14} gold={gold} lingua={old} first-pass={new}: {t[:110]}")
    n = len(units)
    print(f"\n{n:,} Latin-script lines; the first pass decided {sum(decided.values()):,}")
    print(f"{'lang':<6}{'alone':>8}{'confirmed':>11}")
    for lang in sorted({k[0] for k in decided}):
        print(f"{lang:<6}{decided[(lang, 'alone')]:>8}{decided[(lang, 'confirmed')]:>11}")
    print(f"answers that differ from lingua's: {sum(differ.values())} {dict(differ)}")
    print(f"  where the line has a gold language: {dict(gold_right)}")
    print(
        f"lingua calls per line: {calls['off'] / n:.3f} without the first pass, "
        f"{calls['on'] / n:.3f} with it"
    )


if __name__ == "__main__":
    main()
