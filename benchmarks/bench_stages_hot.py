"""Per-stage warm cost of the per-document stages, in one process.

    python benchmarks/bench_stages_hot.py [--docs 300] [--html 100] [--warmup 80]
        [--corpus DIR] [--extra PATH ...] [--profile STAGE] [--dump OUT.json] [--compare A.json B.json]

Reads a realistic mix through ``newsline.readers``: ``--docs`` synthetic ~3 kB
text documents (vi/th/zh/en, benchmarks/gen_corpus.py), ``--html`` synthetic
HTML pages of the same generator, the package's sample corpus and, when
present, the scraped seeds in ../shared/corpus/seeds (read at run time, never
copied). Then runs the default per-document stages
(``newsline.stages.default_stages(Settings())``, sequential stages left out)
in order, one document at a time, after a warm-up batch of ``--warmup``
synthetic documents of another seed that loads every lazy resource (and puts
none of the timed texts in any cache), and prints ms/doc and docs/s (wall and CPU) for each stage and in
total, for all documents and per group (synthetic txt/html, sample, seeds).

``--profile STAGE`` runs that stage's timed part under pyinstrument (if
installed) and prints the profile. ``--dump OUT`` writes each document's
stage outputs (blocks with labels, reasons and languages, flags, dates,
events, title/author/date/site name, meta -- story features included -- and a
hash of the text) as JSON so two versions of the code can be compared
(``--compare A B``).

This script must never be imported by the package.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# BENCH_SRC: another copy of the package (e.g. a frozen one, to compare outputs).
sys.path.insert(0, os.environ.get("BENCH_SRC") or str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

SEEDS = REPO.parent / "shared" / "corpus" / "seeds"
SAMPLE = REPO / "src" / "newsline" / "sample_corpus"


def write_synthetic(out: Path, n_txt: int, n_html: int, seed: int) -> None:
    import gen_corpus

    out.mkdir(parents=True, exist_ok=True)
    for n, doc in enumerate(gen_corpus.iter_documents(n_txt + n_html, seed)):
        if n < n_txt:
            (out / f"{n:06d}-{doc['lang']}.txt").write_text(gen_corpus.as_text(doc), "utf-8")
        else:
            (out / f"{n:06d}-{doc['lang']}.html").write_text(gen_corpus.as_html(doc), "utf-8")


def make_inputs(
    root: Path, n_txt: int, n_html: int, n_warm: int, seed: int
) -> tuple[list[str], list[str]]:
    """(warm-up inputs, timed inputs). The warm-up documents come from another
    seed, so nothing a stage caches while warming up is one of the timed texts."""
    if not (root / "synthetic").is_dir():
        write_synthetic(root / "synthetic", n_txt, n_html, seed)
        write_synthetic(root / "warmup", n_warm - n_warm // 4, n_warm // 4, seed + 1000)
    timed = [str(root / "synthetic"), str(SAMPLE)]
    if SEEDS.is_dir():
        timed.append(str(SEEDS))
    return [str(root / "warmup")], timed


def read_all(inputs: list[str], settings) -> list:
    from newsline.model import Document
    from newsline.readers import iter_documents

    return [d for d in iter_documents(inputs, settings) if isinstance(d, Document)]


def group_of(doc) -> str:
    src = doc.source.replace("\\", "/")
    if "/synthetic/" in src:
        return "synthetic-" + ("html" if src.endswith(".html") else "txt")
    if "/seeds/" in src:
        return "seeds"
    return "sample" if src.startswith(str(SAMPLE).replace("\\", "/")) else "extra"


def lang_group_of(doc) -> str | None:
    """The synthetic document's language as its file name gives it
    ("000123-zh.txt" -> "synthetic-zh"), text and HTML together; None for
    the others (their language is what langid says, not a fixed mix)."""
    src = doc.source.replace("\\", "/")
    if "/synthetic/" not in src:
        return None
    stem = src.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return "synthetic-" + stem.rsplit("-", 1)[-1]


def run_gc_settings() -> None:
    """The garbage collector as a run has it once its first batch loaded the
    stages' tables (newsline.runner): what lives on frozen, out of full
    collections, and the run's thresholds. With the interpreter's defaults
    the timed loop paid full collections walking the loaded tables (0.25 CPU
    s over the default mix, about 4 % of the stages' time) that a run never
    pays, and a profile put them on whatever function was running (a
    one-line ASCII test showed 1.7 ms a call). Code without the run's
    thresholds (an old BENCH_SRC) keeps the interpreter's."""
    import gc

    gc.collect()
    gc.freeze()
    try:
        from newsline.runner import RUN_GC_THRESHOLDS
    except ImportError:
        return
    gc.set_threshold(*RUN_GC_THRESHOLDS)


def outputs_of(doc) -> dict:
    """What the per-document stages decided for one document (comparison key)."""
    return {
        "lang": doc.lang,
        "blocks": [[b.start, b.end, b.label, b.lang, list(b.reasons)] for b in doc.blocks],
        "lang_spans": doc.meta.get("lang_spans"),
        "flags": [[f.kind, f.reason, f.start, f.end, f.data] for f in doc.flags],
        "dates": [
            [d.start, d.end, d.value, d.end_value, d.granularity, d.kind, d.anchor]
            for d in doc.dates
        ],
        "events": [
            [
                e.start,
                e.end,
                e.date,
                e.end_date,
                e.granularity,
                e.lang,
                list(e.anchors),
                e.date_start,
                e.date_end,
            ]
            for e in doc.events
        ],
        "warnings": doc.meta.get("warnings"),
        "story_features": doc.meta.get("story_features"),
        # what the cleaning stage sets besides the blocks: the page's metadata
        # (from trafilatura or the page's own lines) and the text itself
        "fields": [doc.title, doc.author, doc.published, doc.sitename],
        "meta": {
            k: v for k, v in sorted(doc.meta.items()) if k not in ("warnings", "story_features")
        },
        "text_sha1": hashlib.sha1(doc.text.encode("utf-8")).hexdigest(),
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=300, help="synthetic text documents")
    ap.add_argument("--html", type=int, default=100, help="synthetic HTML pages")
    ap.add_argument(
        "--warmup",
        type=int,
        default=80,
        help="synthetic documents of another seed passed through first, untimed",
    )
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument(
        "--corpus",
        default=None,
        help="keep the synthetic files in this folder and reuse them when it exists "
        "(so a changed generator does not change a before/after comparison)",
    )
    ap.add_argument(
        "--extra",
        action="append",
        default=[],
        metavar="PATH",
        help="more inputs to time (a folder of web pages, a WARC sample ...), group 'extra'",
    )
    ap.add_argument("--profile", default=None, help="stage name to profile with pyinstrument")
    ap.add_argument("--dump", default=None, help="write every document's stage outputs here")
    ap.add_argument(
        "--compare",
        nargs=2,
        default=None,
        metavar=("A", "B"),
        help="compare two --dump files and exit",
    )
    a = ap.parse_args(argv)

    if a.compare:
        raise SystemExit(compare(*a.compare))

    from newsline.settings import Settings
    from newsline.stages import default_stages

    settings = Settings()
    stages = [s for s in default_stages(settings) if s.parallel]
    with tempfile.TemporaryDirectory() as tmp:
        warm_inputs, inputs = make_inputs(Path(a.corpus or tmp), a.docs, a.html, a.warmup, a.seed)
        inputs += a.extra
        warm = read_all(warm_inputs, settings)
        t0 = time.perf_counter()
        timed = read_all(inputs, settings)
        read_s = time.perf_counter() - t0
    # Warm-up: documents of another seed pass every stage untimed (lazy models,
    # dictionaries, tables and regexes load here), then every timed document.
    stats: Counter[str] = Counter()
    for st in stages:
        warm = st(warm, stats)
    run_gc_settings()
    prof = None
    if a.profile:
        try:
            from pyinstrument import Profiler

            prof = Profiler(interval=0.0005)
        except ImportError:
            print("pyinstrument is not installed (pip install pyinstrument)", file=sys.stderr)
    out_docs = []
    # Each document passes the stages one at a time (a stage's per-batch work
    # is nil), so its cost can be put down to its group.
    groups: dict[str, list[int]] = {}
    cost: dict[tuple[str, str], list[float]] = {}
    for doc in timed:
        g = group_of(doc)
        groups.setdefault(g, []).append(len(doc.text))
        lg = lang_group_of(doc)
        if lg is not None:
            groups.setdefault(lg, []).append(len(doc.text))
        one = [doc]
        for st in stages:
            if prof is not None and st.name == a.profile:
                prof.start()
            w0, c0 = time.perf_counter(), time.process_time()
            one = st(one, stats)
            dw, dc = time.perf_counter() - w0, time.process_time() - c0
            if prof is not None and st.name == a.profile:
                prof.stop()
            for key in ((g, st.name), ("all", st.name), (lg, st.name)):
                c = cost.setdefault(key, [0.0, 0.0])
                c[0] += dw
                c[1] += dc
        out_docs.extend(one)
    n = len(timed)
    chars = sum(len(d.text) for d in timed)
    print(
        f"{n} documents read in {read_s:.2f} s and timed after a warm-up of {len(warm)} "
        f"others (mean {chars / max(n, 1):,.0f} chars/doc)"
    )
    names = [st.name for st in stages]
    for g in ["all", *sorted(groups)]:
        k = n if g == "all" else len(groups[g])
        if g != "all":
            print(f"-- {g}: {k} docs, mean {sum(groups[g]) / k:,.0f} chars")
        else:
            print("-- all timed documents")
        print(f"{'stage':<12}{'ms/doc':>10}{'docs/s':>10}{'cpu ms/doc':>12}{'cpu docs/s':>12}")
        tw = tc = 0.0
        for name in names:
            w, c = cost.get((g, name), (0.0, 0.0))
            tw, tc = tw + w, tc + c
            print(
                f"{name:<12}{1000 * w / k:>10.2f}{k / w if w else 0:>10.0f}"
                f"{1000 * c / k:>12.2f}{k / c if c else 0:>12.0f}"
            )
        print(
            f"{'total':<12}{1000 * tw / k:>10.2f}{k / tw if tw else 0:>10.0f}"
            f"{1000 * tc / k:>12.2f}{k / tc if tc else 0:>12.0f}"
        )
    if prof is not None:
        print(prof.output_text(unicode=True, color=False, show_all=False))
    if a.dump:
        # Keyed by file name (+ record offset): the synthetic files live under a
        # temporary folder, so paths and ids differ from run to run.
        dump = {f"{Path(d.source).name}#{d.offset}": outputs_of(d) for d in out_docs}
        Path(a.dump).write_text(
            json.dumps(dump, ensure_ascii=False, indent=0, sort_keys=True), "utf-8"
        )
        print(f"outputs of {len(dump)} documents written to {a.dump}")


def compare(path_a: str, path_b: str) -> int:
    """0 when both dumps hold the same outputs; prints the first differences."""
    da = json.loads(Path(path_a).read_text("utf-8"))
    db = json.loads(Path(path_b).read_text("utf-8"))
    diffs = 0
    for k in sorted(set(da) | set(db)):
        if da.get(k) != db.get(k):
            diffs += 1
            if diffs <= 10:
                a, b = da.get(k) or {}, db.get(k) or {}
                fields = [f for f in set(a) | set(b) if a.get(f) != b.get(f)]
                print(f"DIFF {k}: {fields}")
                for f in fields[:3]:
                    print(f"  A {f}: {json.dumps(a.get(f), ensure_ascii=False)[:400]}")
                    print(f"  B {f}: {json.dumps(b.get(f), ensure_ascii=False)[:400]}")
    print(f"{len(da)} vs {len(db)} documents, {diffs} differ")
    return 1 if diffs else 0


if __name__ == "__main__":
    main()
