"""Language-ID accuracy, throughput and memory on ../shared/eval/langid/language-testdata.

Prints one table per test set (sentences, word pairs, single words) with the
accuracy of newsline's detector and, for comparison, of lingua alone restricted
to the same languages; an extra row for Vietnamese with its accents removed;
then throughput and peak RSS.

    PYTHONPATH=src python3 benchmarks/langid_accuracy.py [--no-baseline] [--data DIR]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsline.langid.detect import _detector, detect_language, detect_spans
from newsline.langid.vietnamese import fold
from newsline.settings import LangSettings

LANGS = ("vi", "th", "zh", "en", "ja", "ko", "id", "ms", "fr", "de", "es", "ru")
SETS = ("sentences", "word-pairs", "single-words")


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def lingua_only(settings: LangSettings):
    det = _detector(tuple(settings.languages), settings.high_accuracy)

    def guess(text: str) -> str | None:
        lang = det.detect_language_of(text)
        return lang.iso_code_639_1.name.lower() if lang else None

    return guess


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(ROOT.parent / "shared/eval/langid/language-testdata"))
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--low-accuracy", action="store_true")
    args = ap.parse_args()
    data = Path(args.data)
    if not data.exists():
        sys.exit(f"no test data at {data}")
    settings = LangSettings(languages=LANGS, high_accuracy=not args.low_accuracy)
    rss0 = rss_mb()
    systems = {"newsline": lambda t: detect_language(t, settings)}
    if not args.no_baseline:
        systems["lingua"] = lingua_only(settings)
    for name in SETS:
        print(f"\n## {name}  (accuracy %, {'/'.join(systems)})")
        print(f"{'lang':6}" + "".join(f"{s:>10}" for s in systems) + f"{'n':>7}")
        for lang in LANGS:
            path = data / name / f"{lang}.txt"
            if not path.exists():
                continue
            lines = [x.strip() for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
            row = f"{lang:6}"
            for guess in systems.values():
                ok = sum(1 for x in lines if guess(x) == lang)
                row += f"{100 * ok / len(lines):10.1f}"
            print(row + f"{len(lines):7}")
        # Vietnamese typed without accents (common in comments and URLs-as-titles).
        path = data / name / "vi.txt"
        lines = [
            fold(x.strip()) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()
        ]
        row = f"{'vi-noacc':8}"[:6]
        for guess in systems.values():
            ok = sum(1 for x in lines if guess(x) == "vi")
            row += f"{100 * ok / len(lines):10.1f}"
        print(row + f"{len(lines):7}  (vi with accents removed)")

    # Throughput on all sentences, newsline detector, models already loaded.
    texts = []
    for lang in LANGS:
        p = data / "sentences" / f"{lang}.txt"
        texts += [x for x in p.read_text(encoding="utf-8").splitlines() if x.strip()]
    chars = sum(len(t) for t in texts)
    # CPU time of this process: other jobs on a shared machine do not count.
    t0 = time.process_time()
    for t in texts:
        detect_language(t, settings)
    dt = time.process_time() - t0
    print(
        f"\ndetect_language: {len(texts) / dt:,.0f} lines/s, {chars / dt / 1e6:.2f} M chars/s "
        f"per CPU-second ({len(texts)} sentence lines, {chars:,} chars, one core)"
    )
    blob = "\n".join(texts[i] for i in range(0, len(texts), 7))
    t0 = time.process_time()
    spans = detect_spans(blob, settings)
    dt = time.process_time() - t0
    print(
        f"detect_spans: {len(blob) / dt / 1e6:.2f} M chars/s per CPU-second on one "
        f"{len(blob):,}-char mixed text ({len(spans)} spans)"
    )
    print(
        f"peak RSS: {rss_mb():.0f} MB (before the detector: {rss0:.0f} MB); "
        f"high_accuracy={settings.high_accuracy}, {len(LANGS)} languages"
    )


if __name__ == "__main__":
    main()
