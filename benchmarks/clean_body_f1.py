"""Body F1 on ../shared/eval/article-extraction (181 pages), as the published table does.

Scoring is the scrapinghub article-extraction-benchmark's: word 4-gram
shingles (tokens = \\w+), per-page tp/fp/fn normalised to sum 1, precision
and recall averaged over pages, F1 from the averages.

    PYTHONPATH=src python3 benchmarks/clean_body_f1.py [--jobs 2] [--show-worst 5]

Prints one line per system: trafilatura alone (default, favor_precision,
favor_recall, no comments) and newsline (read -> segment -> classify;
body = doc.clean_text(), and body blocks only, without the title).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DATA = ROOT.parent / "shared" / "eval" / "article-extraction"
_TOK = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)


def shingles(text: str, n: int = 4) -> Counter:
    toks = _TOK.findall(text or "")
    return Counter(
        tuple(toks[i : i + n]) for i in range(max(1, len(toks) - n + 1)) if toks[i : i + n]
    )


def match(true: str, pred: str) -> tuple[float, float, float]:
    a, b = shingles(true), shingles(pred)
    tp = fp = fn = 0.0
    for k in set(a) | set(b):
        x, y = a.get(k, 0), b.get(k, 0)
        tp += min(x, y)
        fp += max(0, y - x)
        fn += max(0, x - y)
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s > 0 else (tp, fp, fn)


def metrics(rows: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    def p(tp, fp, fn):
        return 1.0 if fp == fn == 0 else 0.0 if tp == fp == 0 else tp / (tp + fp)

    def r(tp, fp, fn):
        return 1.0 if fp == fn == 0 else 0.0 if tp == fn == 0 else tp / (tp + fn)

    P = statistics.mean(p(*x) for x in rows if x[0] + x[1] > 0)
    R = statistics.mean(r(*x) for x in rows if x[0] + x[2] > 0)
    return P, R, 2 * P * R / (P + R)


def load_html(key: str) -> str:
    raw = gzip.open(DATA / "html" / f"{key}.html.gz").read()
    try:
        from charset_normalizer import from_bytes

        if raw[:4096].lower().find(b"charset") == -1:
            best = from_bytes(raw).best()
            if best is not None:
                return str(best)
    except Exception:  # noqa: BLE001
        pass
    return raw.decode("utf-8", "replace")


def run_one(args: tuple[str, str]) -> dict[str, str]:
    key, _url = args
    import trafilatura

    from newsline.clean import ClassifyBlocks, SegmentBlocks
    from newsline.clean.html import html_to_text_function
    from newsline.model import KEPT_LABELS, Document
    from newsline.settings import Settings

    html = load_html(key)
    out = {}
    out["trafilatura (default)"] = trafilatura.extract(html) or ""
    out["trafilatura favor_precision"] = trafilatura.extract(html, favor_precision=True) or ""
    out["trafilatura favor_recall"] = trafilatura.extract(html, favor_recall=True) or ""
    out["trafilatura no comments + favor_precision"] = (
        trafilatura.extract(html, favor_precision=True, include_comments=False) or ""
    )
    for name, fp, fast in (
        ("precision", True, False),
        ("balanced", False, False),
        ("precision, fast", True, True),
    ):
        s = Settings()
        s.clean.favor_precision = fp
        s.clean.trafilatura_fast = fast
        doc = Document(id=key, source=key, text=html_to_text_function()(html), html=html)
        st: Counter = Counter()
        SegmentBlocks(s)([doc], st)
        ClassifyBlocks(s)([doc], st)
        out[f"newsline clean_text (traf {name})"] = doc.clean_text()
        out[f"newsline body only (traf {name})"] = "\n\n".join(
            doc.text[b.start : b.end] for b in doc.blocks if b.label == "body"
        )
        # prior alone: blocks inside trafilatura's main text, no own rules
        if name == "precision":
            from newsline.clean.html import apply_trafilatura

            d2 = Document(id=key, source=key, text=doc.text, html=html, blocks=list(doc.blocks))
            mem = apply_trafilatura(d2, s.clean) or []
            out["newsline blocks in trafilatura main text (no own rules)"] = "\n\n".join(
                doc.text[b.start : b.end] for b, m in zip(doc.blocks, mem) if m
            )
    assert KEPT_LABELS
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--show-worst", type=int, default=0)
    a = ap.parse_args()
    if not (DATA / "ground-truth.json").exists():
        print(f"no data at {DATA}")
        return
    gt = json.loads((DATA / "ground-truth.json").read_text())
    keys = sorted(gt)[: a.limit or None]
    t0 = time.time()
    with ProcessPoolExecutor(a.jobs) as ex:
        results = list(ex.map(run_one, [(k, gt[k].get("url", "")) for k in keys], chunksize=4))
    from newsline.clean.html import html_to_text_function

    f = html_to_text_function()
    print(f"{len(keys)} pages, {time.time() - t0:.1f}s; page text by {f.__module__}.{f.__name__}")
    for name in results[0]:
        rows = [match(gt[k].get("articleBody", ""), r[name]) for k, r in zip(keys, results)]
        P, R, F = metrics(rows)
        print(f"{name:<58} precision={P:.3f} recall={R:.3f} F1={F:.3f}")
        if a.show_worst and name.startswith("newsline body only (traf precision"):
            worst = sorted(zip(rows, keys), key=lambda x: x[0][0])[: a.show_worst]
            for (tp, fp, fn), k in worst:
                print(f"   worst {k[:16]} tp={tp:.2f} fp={fp:.2f} fn={fn:.2f} {gt[k].get('url')}")


if __name__ == "__main__":
    main()
