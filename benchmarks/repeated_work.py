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

``--walks`` instead times how often each stage walks the text, by kind of
walk: every regex the package compiles (re.compile wrapped before the
package is imported, so each pattern is known by where it was compiled),
sentence splitting, word tokenising, folding/normalising and romanising
(package functions picked by name), and unicodedata.normalize. Per stage:
calls per document, "walks" (characters scanned over characters of the
documents: a search from ``pos`` to ``endpos`` counts that span, an anchored
match none, a finditer up to where its reader stopped) and CPU ms/doc; then
the same walk repeated on one document (same function or pattern, same text,
same arguments), by first stage -> repeating stage. Timing each call adds a
few microseconds to it: the figures are upper bounds.

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


class _Walks:
    """The --walks instrumentation (see the module docstring)."""

    KINDS = (
        ("sentences", r"split_sentences|_segments$"),
        ("tokenise", r"words$|_words\b|tokens|_run_words|tagged_runs|cut$"),
        ("normalise/fold", r"fold|normali[sz]e|skeleton"),
        ("romanise", r"pinyin|romani[sz]e"),
    )

    def __init__(self):
        self.stage = ""
        self.depth = 0  # inside a timed function: its own walks are its cost
        self.cost = defaultdict(lambda: [0, 0, 0.0])  # (stage, kind, name): calls, chars, cpu
        self.seen: dict = {}
        self.again = defaultdict(lambda: [0, 0, 0.0])  # (kind, name, first, stage)

    @staticmethod
    def key_of(x):
        if isinstance(x, str):
            return ("s", len(x), hash(x))
        if isinstance(x, (int, float, bool, type(None))):
            return x
        if isinstance(x, (tuple, list)) and len(x) < 50:
            return tuple(map(_Walks.key_of, x))
        return ("id", id(x))

    def record(self, kind, name, text, dt, rest, span):
        if not self.stage:
            return
        c = self.cost[(self.stage, kind, name)]
        c[0] += 1
        c[1] += span
        c[2] += dt
        key = (kind, name, len(text), hash(text), self.key_of(tuple(rest)))
        first = self.seen.setdefault(key, self.stage)
        if first is not self.stage or self.seen.get(("n",) + key):
            a = self.again[(kind, name, first, self.stage)]
            a[0] += 1
            a[1] += span
            a[2] += dt
        self.seen[("n",) + key] = True

    def install_regex(self) -> None:
        """Every pattern the package compiles from now on is timed."""
        import re

        w = self
        real = re._compile
        clock = time.process_time

        class Timed:
            __slots__ = ("_p", "_where")

            def __init__(self, p, where):
                self._p, self._where = p, where

            def __getattr__(self, a):
                return getattr(self._p, a)

            def __repr__(self):
                return repr(self._p)

            def __hash__(self):
                return hash(self._p)

            def __eq__(self, o):
                return self._p == getattr(o, "_p", o)

            def __copy__(self):
                return self

            def __deepcopy__(self, _memo):
                return self

            def finditer(self, s, *a, **k):
                it = self._p.finditer(s, *a, **k)
                if not isinstance(s, str) or w.depth:
                    return it
                return self._lazy(it, s, a, k)

            def _lazy(self, it, s, a, k):
                pos = a[0] if a else k.get("pos", 0)
                end = min(a[1] if len(a) > 1 else k.get("endpos", len(s)), len(s))
                spent, last, done = 0.0, pos, False
                try:
                    while True:
                        t0 = clock()
                        mt = next(it, None)
                        spent += clock() - t0
                        if mt is None:
                            done = True
                            return
                        last = mt.end()
                        yield mt
                finally:
                    span = max(0, (end if done else last) - pos)
                    w.record("regex", self._where, s, spent, (id(self._p), done, *a), span)

        def timed(meth, text_at):
            def f(self, *a, **k):
                m = getattr(self._p, meth)
                s = a[text_at] if len(a) > text_at else None
                if not isinstance(s, str) or w.depth:
                    return m(*a, **k)
                t0 = clock()
                out = m(*a, **k)
                dt = clock() - t0
                rest = a[text_at + 1 :]
                pos = rest[0] if rest else k.get("pos", 0)
                end = min(rest[1] if len(rest) > 1 else k.get("endpos", len(s)), len(s))
                span = 0 if meth == "match" else max(0, end - pos)
                w.record("regex", self._where, s, dt, (id(self._p), *map(w.key_of, a)), span)
                return out

            return f

        for meth in ("search", "match", "fullmatch", "findall", "split"):
            setattr(Timed, meth, timed(meth, 0))
        for meth in ("sub", "subn"):
            setattr(Timed, meth, timed(meth, 1))

        def unwrap(pattern, flags=0):
            return real(getattr(pattern, "_p", pattern), flags)

        def compile_(pattern, flags=0):
            p = unwrap(pattern, flags)
            fr = sys._getframe(1)
            where = fr.f_code.co_filename
            if "newsline" not in where:
                return p  # a library's own patterns: not the package's walks
            return Timed(p, f"{_short((where, fr.f_lineno, ''))[:-1]}")

        re._compile = unwrap
        re.compile = compile_

    def install_functions(self) -> None:
        """Package functions of the walk kinds (by name) and
        unicodedata.normalize are timed."""
        import re
        import unicodedata

        w = self
        clock = time.process_time
        kinds = [(k, re.compile(rx)) for k, rx in self.KINDS]

        def wrap(kind, name, f, at=0):
            @functools.wraps(f)
            def g(*a, **k):
                s = a[at] if len(a) > at else None
                if not isinstance(s, str) or w.depth:
                    return f(*a, **k)
                w.depth += 1
                t0 = clock()
                try:
                    return f(*a, **k)
                finally:
                    w.depth -= 1
                    rest = (*a[:at], *a[at + 1 :], *sorted(k.items()))
                    nums = [x for x in a[at + 1 : at + 3] if isinstance(x, int)]
                    span = (
                        len(s) - nums[0]
                        if len(nums) == 1
                        else nums[1] - nums[0]
                        if len(nums) == 2
                        else len(s)
                    )
                    w.record(kind, name, s, clock() - t0, rest, max(0, span))

            return g

        norm = unicodedata.normalize
        timed_norm = wrap("unicode-normalize", "unicodedata.normalize", norm, 1)
        unicodedata.normalize = timed_norm
        for m in pkgutil.walk_packages(importlib.import_module("newsline").__path__, "newsline."):
            if any(x in m.name for x in (".web", ".cli", "__main__", ".executors")):
                continue
            with contextlib.suppress(Exception):
                importlib.import_module(m.name)
        done: dict[int, object] = {}
        for mname, mod in list(sys.modules.items()):
            if not mname.startswith("newsline") or mod is None:
                continue
            for attr, obj in list(vars(mod).items()):
                if obj is norm:
                    setattr(mod, attr, timed_norm)
                    continue
                if not isinstance(obj, (types.FunctionType, functools._lru_cache_wrapper)):
                    continue
                owner = getattr(obj, "__module__", "") or ""
                if not owner.startswith("newsline"):
                    continue
                qn = getattr(obj, "__qualname__", attr)
                kind = next((k for k, rx in kinds if rx.search(qn)), None)
                if kind is not None:
                    if id(obj) not in done:
                        done[id(obj)] = wrap(kind, f"{owner[9:]}.{qn}", obj)
                    setattr(mod, attr, done[id(obj)])

    def run(self, stages, docs, stats) -> None:
        for doc in docs:
            self.seen.clear()
            one = [doc]
            for st in stages:
                self.stage = st.name
                one = st(one, stats)
            self.stage = ""

    def report(self, docs, top: int) -> None:
        n = len(docs)
        chars = sum(len(d.text) for d in docs) or 1
        print(f"== walks over the text by stage ({n} docs, {chars / n:.0f} chars/doc)")
        print(f"{'stage':16}{'walk':20}{'calls/doc':>10}{'walks':>8}{'cpu ms/doc':>11}")
        by_kind: dict = defaultdict(lambda: [0, 0, 0.0])
        for (st, kind, _), (c, ch, t) in self.cost.items():
            b = by_kind[(st, kind)]
            b[0] += c
            b[1] += ch
            b[2] += t
        for (st, kind), (c, ch, t) in sorted(by_kind.items(), key=lambda x: (x[0][0], -x[1][2])):
            print(f"{st:16}{kind:20}{c / n:10.1f}{ch / chars:8.2f}{1000 * t / n:11.3f}")
        print(f"\n== the costliest walks (top {top})")
        for (st, kind, name), (c, ch, t) in sorted(self.cost.items(), key=lambda x: -x[1][2])[:top]:
            print(
                f"{1000 * t / n:7.3f} ms/doc {c / n:7.1f}/doc walks {ch / chars:6.2f}  {st:15} {name}"
            )
        across = sum(t for (_, _, a, b), (_, _, t) in self.again.items() if a != b)
        within = sum(t for *_, t in self.again.values()) - across
        print(
            f"\n== the same walk repeated on one document: across stages "
            f"{1000 * across / n:.3f} ms/doc, within a stage {1000 * within / n:.3f} ms/doc"
        )
        for (kind, name, a, b), (c, ch, t) in sorted(self.again.items(), key=lambda x: -x[1][2])[
            :top
        ]:
            print(
                f"{1000 * t / n:7.3f} ms/doc {c / n:6.1f}/doc walks {ch / chars:5.2f}  {a} -> {b}  {name}"
            )


def walks(a) -> None:
    w = _Walks()
    w.install_regex()  # before the package is imported: its patterns are compiled then
    w.install_functions()
    stages, (_, docs), stats = _load(a)
    w.run(stages, docs, stats)
    w.report(docs, a.top)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--html", type=int, default=100)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--corpus", default=None, help="as bench_stages_hot.py --corpus")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--walks", action="store_true", help="time the walks over the text instead")
    a = ap.parse_args(argv)
    if a.walks:
        walks(a)
        return
    stages, (first, second), stats = _load(a)
    across_stages(stages, first, stats, a.top)
    repeated_calls(stages, second, stats, a.top)


if __name__ == "__main__":
    main()
