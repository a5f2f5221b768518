"""What a run and each worker pay before their first document, item by item.

    python benchmarks/fixed_costs.py [--runs 3]

Each row is timed in its own fresh interpreter (what it needs first is
loaded untimed), so rows do not hide each other's shared imports: CPU ms
(median of ``--runs``) and the memory it adds (resident MB), with what in
the input makes a run pay it. The warm-up rows are what a multi-worker
local run loads before its workers fork (old code: every language, always;
new: what the first batch's pages need). The per-worker rows time starting
a two-worker pool after the warm-up and each worker's first (empty) task.

``--parts`` also splits each warm-up row into what it is made of, timed
inside the same call (median of ``--runs``): the stages' own ``warm`` (the
lingua models), each stage's pass over the warm pages (the first use of
jieba, pypinyin, the Thai tokenizer and tagger, the tables and regexes
built lazily) and the closing garbage collection. A warm-up row that moves
between two versions is read there: one part moving, or all of them (the
machine). On a shared machine the lingua load alone varies by 0.3 s from
one fresh process to the next.

``--as-run`` times each row with the garbage collector paused, as a run
has it while its first batch loads these (newsline.runner's
``_uncollected_while_loading``; a multi-worker warm-up pauses it too).
Without it a row also counts the collections its allocations set off in an
interpreter with default settings: a load that builds many containers (a
line-by-line dictionary read, a JSON model) then looks costlier than it is
in a run, and a change to it can look like a win that a run never sees.

BENCH_SRC: another copy of the package (e.g. an archived old src) to time;
byte-compile it first (``python -m compileall -q SRC``).
This script must never be imported by the package.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SRC = os.environ.get("BENCH_SRC") or str(REPO / "src")

_STAGES = (
    "from newsline.settings import Settings\n"
    "from newsline.stages import default_stages\n"
    "stages = [s for s in default_stages(Settings()) if s.parallel]\n"
)
_WS = "from newsline import wordseg\n"
# The warm-up of a multi-worker run whose first batch holds these scripts;
# code without the choice (30b0814) warms every language, always.
_WARM = (
    "from newsline.executors import local\n"
    "def warm(scripts):\n"
    "    if 'scripts' in local._warm_up.__code__.co_varnames:\n"
    "        local._warm_up(stages, scripts=frozenset(scripts))\n"
    "    else:\n"
    "        local._warm_up(stages)\n"
)

# (row, set-up code, timed code, what in the input needs it)
ROWS = (
    ("import newsline cli+runner", "", "import newsline.cli, newsline.runner", "every run"),
    (
        "build default stages",
        "import newsline.cli, newsline.runner",
        (
            "from newsline.settings import Settings\n"
            "from newsline.stages import default_stages\ndefault_stages(Settings())"
        ),
        "every run",
    ),
    ("scipy.sparse", _STAGES, "import scipy.sparse", "topics (main process, run end)"),
    ("trafilatura", _STAGES, "import trafilatura", "web pages"),
    (
        "lingua models, both modes",
        _STAGES,
        "stages[1].warm()",
        "any Latin-script text",
    ),
    ("pypinyin", _STAGES + _WS, "wordseg.pinyin('北')", "Chinese; story anchors' pinyin"),
    ("jieba dictionary", _STAGES + _WS, "wordseg._jieba()", "Chinese"),
    ("jieba tagger", _STAGES + _WS + "wordseg._jieba()\n", "wordseg.chinese_tagger()", "Chinese"),
    ("Thai tokenizer", _STAGES + _WS, "wordseg.thai_words('ประชุมสภา')", "Thai"),
    ("pykakasi", _STAGES + _WS, "wordseg.romanize_japanese('トランプ')", "Japanese"),
    (
        "warm-up: Latin pages",
        _STAGES + _WARM,
        "warm(['latin'])",
        "multi-worker run of Latin pages, once",
    ),
    (
        "warm-up: vi/th/zh/en pages",
        _STAGES + _WARM,
        "warm(['latin', 'thai', 'han'])",
        "multi-worker run of vi/th/zh/en, once",
    ),
    (
        "start 2 workers (fork)",
        _STAGES
        + _WARM
        + "warm(['latin', 'thai', 'han'])\n"
        + "ex = local.LocalExecutor(stages, workers=2)\n",
        (
            "ex._pool = ex._new_pool()\n"
            "[f.result() for f in [ex._pool.submit(local._run_in_worker, []) for _ in range(4)]]\n"
            "ex.close()  # joins the workers, so their CPU is counted"
        ),
        "per worker",
    ),
)

_CHILD = """
import sys, time, json, os, resource
sys.path.insert(0, {src!r})
{setup}
def rss():
    with open('/proc/self/statm') as f:
        return int(f.read().split()[1]) * os.sysconf('SC_PAGE_SIZE') / 2**20
{gc_setup}r0 = rss(); c0 = time.process_time()
kids0 = resource.getrusage(resource.RUSAGE_CHILDREN)
{timed}
cpu = time.process_time() - c0
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({{"cpu": cpu, "rss": rss() - r0,
    "children": (kids.ru_utime + kids.ru_stime) - (kids0.ru_utime + kids0.ru_stime)}}))
"""


# The warm-up call again, each part timed where it runs: the stages' warm
# methods and calls wrapped, and the executor's gc.collect.
_PARTS = """
import sys, time, json, gc
sys.path.insert(0, {src!r})
{setup}
parts = {{}}
def timed(name, fn):
    def w(*a, **k):
        c0 = time.process_time()
        try:
            return fn(*a, **k)
        finally:
            parts[name] = parts.get(name, 0.0) + time.process_time() - c0
    return w
for st in stages:
    if getattr(st, "warm", None) is not None:
        st.warm = timed("stage warm: " + st.name, st.warm)
    cls = type(st)
    cls.__call__ = (lambda f, n: lambda self, *a, **k: timed("pass: " + n, f)(self, *a, **k))(
        cls.__call__, st.name)
class _GC:
    def __getattr__(self, name):
        return getattr(gc, name)
local.gc = _GC()
local.gc.collect = timed("gc.collect", gc.collect)
c0 = time.process_time()
{timed}
parts["(whole call)"] = time.process_time() - c0
print(json.dumps(parts))
"""


def parts(setup: str, timed: str, runs: int) -> list[tuple[str, float]]:
    """(part, median CPU s) of a warm-up row (see _PARTS), in the order met."""
    got: list[dict[str, float]] = []
    for _ in range(runs):
        code = _PARTS.format(src=SRC, setup=setup, timed=timed)
        p = subprocess.run(
            [sys.executable, "-c", code], check=False, capture_output=True, text=True
        )
        if p.returncode == 0:
            got.append(json.loads(p.stdout.strip().splitlines()[-1]))
    names = list(dict.fromkeys(k for g in got for k in g))
    return [(k, statistics.median(g.get(k, 0.0) for g in got)) for k in names]


def one(setup: str, timed: str, as_run: bool = False) -> dict[str, float]:
    gc_setup = "import gc\ngc.disable()\n" if as_run else ""
    code = _CHILD.format(src=SRC, setup=setup, timed=timed, gc_setup=gc_setup)
    p = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True)
    if p.returncode:
        return {"cpu": float("nan"), "rss": float("nan"), "children": float("nan")}
    return json.loads(p.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--parts", action="store_true", help="split the warm-up rows into parts")
    ap.add_argument(
        "--as-run",
        action="store_true",
        help="time each row with the garbage collector paused, as a run's first batch",
    )
    a = ap.parse_args(argv)
    print(f"src: {SRC}  runs: {a.runs} (median)" + ("  collector paused" if a.as_run else ""))
    print(f"{'cost':<28} {'CPU ms':>8} {'+RSS MB':>8} {'workers CPU ms':>15}  needed by")
    for name, setup, timed, needed in ROWS:
        got = [one(setup, timed, a.as_run) for _ in range(a.runs)]
        cpu = statistics.median(g["cpu"] for g in got)
        rss = statistics.median(g["rss"] for g in got)
        kids = statistics.median(g["children"] for g in got)
        kid_s = f"{1000 * kids:15.1f}" if kids > 0 else f"{'':15}"
        print(f"{name:<28} {1000 * cpu:8.1f} {rss:8.1f} {kid_s}  {needed}")
        if a.parts and name.startswith("warm-up"):
            for part, s in parts(setup, timed, a.runs):
                if s >= 0.0005:
                    print(f"  {part:<26} {1000 * s:8.1f}")


if __name__ == "__main__":
    main()
