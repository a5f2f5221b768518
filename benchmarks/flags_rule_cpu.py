"""CPU cost of each flag rule on the hot-bench documents, robust to a loaded
machine: the minimum over repeats, per rule.

The documents are those of bench_stages_hot.py (synthetic txt/html of
gen_corpus.py and the sample corpus, read, segmented, language-identified,
labelled and dated once); then FlagDocuments runs over copies of them
``--repeat`` times, each rule's CPU time summed per run, and the least run
of each rule printed in ms/doc with their sum. On a machine shared with
other work the whole stage's time swings by 10-20 % from run to run; each
rule's minimum barely moves, so two trees are compared rule by rule.

    python3 benchmarks/flags_rule_cpu.py [--repeat 7] [--docs 300] [--html 100]

The tree's own src is put first on sys.path (as bench_stages_hot.py does):
to time another copy, run that copy's script. This script must never be
imported by the package.
"""

from __future__ import annotations

import argparse
import copy
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

# the stage's rules, in its order (a rule a tree lacks is left out)
RULES = (
    "units_of", "spam_flags", "alt_text_spam_flags", "lure_flags", "giveaway_flags", "injection_flags", "foreign_flags", "farm_flags", "spun_flags", "farm_wrapper_flags",
    "name_variant_flags", "era_year_flags", "mixed_script_flags", "punctuation_flags",
    "untranslated_flags", "stutter_flags", "calque_flags", "doubled_word_flags",
    "translation_signs_flags", "suspect_date_flags", "credited_repost_flags",
)  # fmt: skip


def main() -> None:
    import bench_stages_hot as hot

    from newsline.clean import ClassifyBlocks, SegmentBlocks
    from newsline.dates import ResolveDates
    from newsline.flags import FlagDocuments
    from newsline.flags import rules as R
    from newsline.langid import IdentifyLanguages
    from newsline.settings import Settings

    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--html", type=int, default=100)
    a = ap.parse_args()
    s = Settings()
    with tempfile.TemporaryDirectory() as tmp:
        _, timed = hot.make_inputs(Path(tmp), a.docs, a.html, 80, 7)
        docs = hot.read_all(timed, s)
    for stage in (SegmentBlocks(s), IdentifyLanguages(s.lang), ClassifyBlocks(s), ResolveDates(s.dates)):
        docs = stage(docs, Counter())
    spent: dict[str, float] = defaultdict(float)

    def timed_rule(name, rule):
        def run(*args, **kw):
            t = time.process_time()
            try:
                return rule(*args, **kw)
            finally:
                spent[name] += time.process_time() - t

        return run

    names = [n for n in RULES if hasattr(R, n)]
    for n in names:
        setattr(R, n, timed_rule(n, getattr(R, n)))
    flag = FlagDocuments(s.flags)
    flag([copy.deepcopy(d) for d in docs], Counter())  # warm the caches
    least: dict[str, float] = {}
    for _ in range(a.repeat):
        spent.clear()
        flag([copy.deepcopy(d) for d in docs], Counter())
        for n in names:
            least[n] = min(least.get(n, float("inf")), spent[n])
    print(f"{len(docs)} documents, least of {a.repeat} runs, CPU ms/doc per rule")
    for n in names:
        print(f"{n:26}{1000 * least[n] / len(docs):9.4f}")
    print(f"{'sum':26}{1000 * sum(least.values()) / len(docs):9.4f}")


if __name__ == "__main__":
    main()
