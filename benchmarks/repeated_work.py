"""Work the per-document stages repeat on the same text, and what it costs.

    python benchmarks/repeated_work.py [--docs 300] [--html 100] [--corpus DIR] [--top 30]

Reads the same mix as bench_stages_hot.py (synthetic txt/html, the sample
corpus, the seeds when ../shared is present), warms every stage up, then
runs two passes over the timed documents, one document at a time through the
stages in order:

1. cProfile, one profiler per stage: the functions (the package's, its
   libraries', re's methods) called from more than one stage, with each
   stage's cumulative ms/doc and calls. A function in several stages is not
   yet repeated work: the stages may call it on different text.
2. Every function of the package wrapped: a call is *repeated* when the same
   function was already called on this document with the same arguments
   (strings by value, other objects by identity). Prints the cost of the
   outermost repeated calls (a repeated call's own repeated callees are not
   counted twice) by (first stage -> repeating stage, function). Wrapping
   adds its own overhead to every call, so the figures are upper bounds;
   calls answered by an lru_cache are counted too (they cost little).

This script must never be imported by the package.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import functools
import importlib
import pkgutil
import pstats
import sys
import tempfile
import time
import types
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_stages_hot as hot


def _load(a):
    """(stages, two fresh readings of the timed documents, stats), the
    stages warmed up on documents of another seed."""
    from newsline.settings import Settings
    from newsline.stages import default_stages

    settings = Settings()
    stages = [s for s in default_stages(settings) if s.parallel]
    with tempfile.TemporaryDirectory() as tmp:
        warm_in, timed_in = hot.make_inputs(Path(a.corpus or tmp), a.docs, a.html, 80, a.seed)
        warm = hot.read_all(warm_in, settings)
        # each pass reads the documents afresh (the stages fill them in)
        passes = [hot.read_all(timed_in, settings), hot.read_all(timed_in, settings)]
    stats: Counter[str] = Counter()
    for st in stages:
        warm = st(warm, stats)
    hot.run_gc_settings()  # as a run has it: no full collections on the loaded tables
    return stages, passes, stats


def _short(key: tuple) -> str:
    path, line, name = key
    for cut in ("site-packages/", "src/", "lib/python3"):
        if cut in path:
            path = path.split(cut, 1)[1]
    return f"{path}:{line}:{name}" if line else name


def across_stages(stages, docs, stats, top: int) -> None:
    """Functions called from more than one stage (pass 1)."""
    profs = {st.name: cProfile.Profile() for st in stages}
    for doc in docs:
        one = [doc]
        for st in stages:
            p = profs[st.name]
            p.enable()
            one = st(one, stats)
            p.disable()
    n = len(docs)
    per: dict[tuple, dict[str, tuple[int, float]]] = defaultdict(dict)
    for name, p in profs.items():
        for key, (_cc, nc, _tt, ct, _callers) in pstats.Stats(p).stats.items():
            per[key][name] = (nc, ct)
    rows = [(sum(c for _, c in d.values()), k, d) for k, d in per.items() if len(d) > 1]
    rows.sort(key=lambda r: -r[0])
    print(f"== functions called from more than one stage (cProfile, {n} docs)")
    print(f"{'ms/doc':>8}  function / per stage: ms/doc (calls)")
    shown = 0
    for total, key, d in rows:
        if key[0] == "~" and "method" not in key[2] and "built-in" not in key[2]:
            continue
        if key[2] in ("__call__", "<listcomp>", "<genexpr>") or "stages.py" in key[0]:
            continue
        by_cost = sorted(d.items(), key=lambda x: -x[1][1])
        parts = ", ".join(f"{s} {1000 * c / n:.2f} ({nc})" for s, (nc, c) in by_cost)
        print(f"{1000 * total / n:8.2f}  {_short(key)}\n          {parts}")
        shown += 1
        if shown >= top:
            break


def repeated_calls(stages, docs, stats, top: int) -> None:
    """Calls repeated with the same arguments on one document (pass 2)."""
    for m in pkgutil.walk_packages(importlib.import_module("newsline").__path__, "newsline."):
        if any(x in m.name for x in (".web", ".cli", "__main__", ".executors")):
            continue
        # an optional module that does not load is left out
        with contextlib.suppress(Exception):
            importlib.import_module(m.name)
    stage = [""]
    seen: dict = {}
    stack: list[bool] = []
    cost: dict[tuple[str, str, str], float] = defaultdict(float)
    count: Counter = Counter()

    def key_of(x):
        if isinstance(x, str):
            return ("s", len(x), hash(x))
        if isinstance(x, (int, float, bool, type(None))):
            return x
        if isinstance(x, (tuple, list, frozenset)) and len(x) < 50:
            return (type(x).__name__, *map(key_of, x))
        return ("id", id(x))

    def wrap(f, name):
        @functools.wraps(f)
        def w(*args, **kw):
            try:
                key = (name, key_of(args), key_of(tuple(sorted(kw.items()))))
            except Exception:  # noqa: BLE001 - an argument that cannot be keyed
                key = None
            first = seen.get(key) if key is not None else None
            if key is not None and first is None:
                seen[key] = stage[0]
            outer = first is not None and not any(stack)
            stack.append(first is not None)
            t0 = time.perf_counter()
            try:
                return f(*args, **kw)
            finally:
                stack.pop()
                if outer:
                    cost[(name, first, stage[0])] += time.perf_counter() - t0
                    count[(name, first, stage[0])] += 1

        return w

    wrapped: dict[int, object] = {}
    for mname, mod in list(sys.modules.items()):
        if not mname.startswith("newsline") or mod is None:
            continue
        for attr, obj in list(vars(mod).items()):
            if not isinstance(obj, (types.FunctionType, functools._lru_cache_wrapper)):
                continue
            owner = getattr(obj, "__module__", "") or ""
            if not owner.startswith("newsline") or owner in ("newsline.model", "newsline.pipeline"):
                continue
            if id(obj) not in wrapped:
                wrapped[id(obj)] = wrap(obj, f"{owner}.{getattr(obj, '__qualname__', attr)}")
            setattr(mod, attr, wrapped[id(obj)])
    for doc in docs:
        seen.clear()
        one = [doc]
        for st in stages:
            stage[0] = st.name
            one = st(one, stats)
    n = len(docs)
    cross = sum(c for (_, a, b), c in cost.items() if a != b)
    print(
        f"\n== calls repeated on one document with the same arguments (wrapped: upper bounds)\n"
        f"across stages {1000 * cross / n:.2f} ms/doc, within a stage "
        f"{1000 * (sum(cost.values()) - cross) / n:.2f} ms/doc"
    )
    for (name, a, b), c in sorted(cost.items(), key=lambda x: -x[1])[:top]:
        print(f"{1000 * c / n:7.3f} ms/doc {count[(name, a, b)] / n:7.1f}/doc  {a} -> {b}  {name}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--html", type=int, default=100)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--corpus", default=None, help="as bench_stages_hot.py --corpus")
    ap.add_argument("--top", type=int, default=30)
    a = ap.parse_args(argv)
    stages, (first, second), stats = _load(a)
    across_stages(stages, first, stats, a.top)
    repeated_calls(stages, second, stats, a.top)


if __name__ == "__main__":
    main()
