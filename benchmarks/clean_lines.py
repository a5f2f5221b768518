"""Line-level precision/recall of the block classifier on newsline's own labelled pages.

    PYTHONPATH=src python3 benchmarks/clean_lines.py [--errors] [--set dev|heldout|heldout2..heldout18]

Pages: benchmarks/data/clean/*.txt (development set: rules were corrected
after looking at its errors); with ``--set heldout`` (or ``--heldout``)
benchmarks/data/clean/heldout/*.txt (written afterwards, never tuned on)
(``label<TAB>text`` per line, see the README there); with ``--set heldout2``
the HTML pages of benchmarks/data/clean/heldout2/ (each ``NAME.html`` with
its lines labelled in ``NAME.txt``; ``--set heldout3`` to ``--set heldout6``
likewise, a third to sixth set of whole pages in other sites' styles; ``--set heldout7`` to ``--set heldout18`` mix
HTML pages and plain-text dumps, a text page where no ``NAME.html`` exists), read by newsline's reader and labelled
by the stages a stored page goes through up to flags (segment, langid,
classify, dates, flags), so a block flags set aside ("foreign", "spam")
counts as the reader of ``newsline show`` sees it. Prints precision and recall of "set aside" (any label other
than body/title) and of "kept", then per label, over all lines.
``--errors`` lists every mislabelled line with the classifier's reasons.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DATA = ROOT / "benchmarks" / "data" / "clean"
# sets of whole HTML pages, and sets that mix HTML pages and text dumps
HTML_SETS = ("heldout2", "heldout3", "heldout4", "heldout5", "heldout6")
MIXED_SETS = tuple(f"heldout{i}" for i in range(7, 19))


def load_page(path: Path) -> tuple[str, list[str]]:
    """The page text (labels stripped) and the expected label of each non-blank line."""
    lines, labels = [], []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            lines.append("")
            continue
        label, _, text = raw.partition("\t")
        lines.append(text)
        labels.append(label.strip())
    return "\n".join(lines) + "\n", labels


def read_html_page(path: Path):
    """The HTML page as a run stores it: read, then labelled by every stage up
    to flags (the stages that set blocks aside)."""
    from newsline.model import Document
    from newsline.readers import read_path
    from newsline.settings import Settings

    settings = Settings()
    (doc,) = [d for d in read_path(str(path), settings) if isinstance(d, Document)]
    return run_to_flags(doc, settings)


def run_to_flags(doc, settings=None):
    """``doc`` labelled by every stage a run applies up to flags."""
    from newsline.settings import Settings
    from newsline.stages import default_stages

    settings = settings or Settings()
    st: Counter = Counter()
    docs = [doc]
    for stage in default_stages(settings):
        docs = stage(docs, st)
        if stage.name == "flags":
            break
    return docs[0]


def pr(tp: int, fp: int, fn: int) -> tuple[float, float]:
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)


def aside_and_kept(pairs: list[tuple[str, str]]) -> list[tuple[str, float, float, int]]:
    """(name, precision, recall, gold lines) of "set aside" (any label but
    body/title) and of "kept", over (expected, got) label pairs."""
    from newsline.model import KEPT_LABELS

    out = []
    for name, pos in (
        ("set aside", lambda x: x not in KEPT_LABELS),
        ("kept", lambda x: x in KEPT_LABELS),
    ):
        tp = sum(1 for w, g in pairs if pos(w) and pos(g))
        fp = sum(1 for w, g in pairs if not pos(w) and pos(g))
        fn = sum(1 for w, g in pairs if pos(w) and not pos(g))
        out.append((name, *pr(tp, fp, fn), tp + fn))
    return out


def main() -> None:
    from newsline.clean import ClassifyBlocks, SegmentBlocks
    from newsline.model import Document

    ap = argparse.ArgumentParser()
    ap.add_argument("--errors", action="store_true")
    ap.add_argument(
        "--heldout",
        action="store_true",
        help="score the held-out pages (written after the rules were fixed); = --set heldout",
    )
    ap.add_argument(
        "--set",
        choices=("dev", "heldout", *HTML_SETS, *MIXED_SETS),
        default="dev",
    )
    a = ap.parse_args()
    which = "heldout" if a.heldout else a.set
    pairs: list[tuple[str, str]] = []
    errors = []
    folder = DATA if which == "dev" else DATA / which
    pages = sorted(folder.glob("*.txt"))
    for p in pages:
        text, labels = load_page(p)
        if which in HTML_SETS:
            doc = read_html_page(p.with_suffix(".html"))
        elif which in MIXED_SETS:
            # mixed set: an HTML page where NAME.html exists, else the scraper's text dump;
            # either way labelled as a run stores it (up to flags)
            html = p.with_suffix(".html")
            doc = (
                read_html_page(html)
                if html.exists()
                else run_to_flags(Document(id=p.stem, source=str(p), text=text))
            )
        else:
            doc = Document(id=p.stem, source=str(p), text=text)
            st: Counter = Counter()
            SegmentBlocks()([doc], st)
            ClassifyBlocks()([doc], st)
        if len(doc.blocks) != len(labels):
            print(f"{p.name}: {len(doc.blocks)} blocks for {len(labels)} labelled lines")
            continue
        for b, want in zip(doc.blocks, labels):
            pairs.append((want, b.label))
            if want != b.label:
                errors.append((p.name, want, b.label, doc.text[b.start : b.end][:80], b.reasons))
    n = len(pairs)
    print(
        f"{len(pages)} pages, {n} labelled lines, exact label accuracy "
        f"{sum(w == g for w, g in pairs) / n:.3f}"
    )
    for name, P, R, n_gold in aside_and_kept(pairs):
        print(f"{name:<10} precision={P:.3f} recall={R:.3f}  (n={n_gold})")
    for label in sorted({w for w, _ in pairs} | {g for _, g in pairs}):
        tp = sum(1 for w, g in pairs if w == label and g == label)
        fp = sum(1 for w, g in pairs if w != label and g == label)
        fn = sum(1 for w, g in pairs if w == label and g != label)
        P, R = pr(tp, fp, fn)
        print(f"  {label:<12} precision={P:.3f} recall={R:.3f}  (n={tp + fn})")
    if a.errors:
        for e in errors:
            print(f"{e[0]:<28} want={e[1]:<11} got={e[2]:<11} {e[3]!r} <- {'; '.join(e[4])[:140]}")


if __name__ == "__main__":
    main()
