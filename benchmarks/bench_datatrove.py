"""newsline side by side with datatrove on the same WARC sample: wall-time ratio.

    python benchmarks/bench_datatrove.py [--docs 2000] [--workers 0] [--warc DIR]
                                         [--venv ~/.cache/newsline-bench]

datatrove is installed only in the benchmark environment, a virtualenv that
sees this Python's packages (``--system-site-packages``) so both sides use
the same trafilatura, numpy ... where datatrove allows it; benchmarks/run_all.sh
creates it with ``pip install 'datatrove[processing]'``.

The sample is a folder of ``.warc.gz`` files: by default a synthetic
vi/th/zh/en news crawl from benchmarks/gen_corpus.py plus, when
../shared/corpus/seeds exists, the five real seed pages (one <p> per line)
wrapped as WARC responses; or ``--warc DIR`` for your own.

Both sides do the comparable work, each with all workers:

* datatrove -- WarcReader -> Trafilatura (favour_precision) -> language
  filter (vi/th/zh/en) -> GopherQualityFilter -> JSONL; then MinHash dedup in
  its four steps (signatures, buckets, clusters, filter) -> JSONL. Its stock
  LanguageFilter downloads a fastText model at run time, which this offline
  machine cannot do, so the language filter here is a datatrove BaseFilter
  over pycld2 (faster than fastText, if anything);
* newsline -- ``run_corpus`` with the default stages, as ``newsline run``:
  reading, trafilatura main-text prior, block labelling with reasons, block
  and document languages, dates, flags, events, exact/near/block dedup,
  stories, and everything stored in SQLite with full-text indexes.

Printed: wall time, CPU seconds of the whole process tree, peak memory,
documents in and out, and the newsline / datatrove wall-time ratio (goal
<= 1.0).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_VENV = Path(
    os.environ.get("NEWSLINE_BENCH_VENV", Path.home() / ".cache" / "newsline-bench")
)
KEEP_LANGS = ("vi", "th", "zh", "en")


# -- datatrove side (runs inside the benchmark virtualenv) ---------------------------------


def datatrove_side(sample: str, out: str, workers: int) -> dict:
    from datatrove.data import Document as DTDocument
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.dedup import (
        MinhashDedupBuckets,
        MinhashDedupCluster,
        MinhashDedupFilter,
        MinhashDedupSignature,
    )
    from datatrove.pipeline.dedup.minhash import MinhashConfig
    from datatrove.pipeline.extractors import Trafilatura
    from datatrove.pipeline.filters import GopherQualityFilter
    from datatrove.pipeline.filters.base_filter import BaseFilter
    from datatrove.pipeline.readers import JsonlReader, WarcReader
    from datatrove.pipeline.writers import JsonlWriter

    class Cld2LanguageFilter(BaseFilter):
        """datatrove's LanguageFilter, with pycld2 instead of a downloaded fastText model."""

        name = "🌍 Language ID (pycld2)"

        def __init__(self, languages=KEEP_LANGS):
            super().__init__()
            self.languages = set(languages)

        def filter(self, doc: DTDocument) -> bool:
            import pycld2

            text = "".join(c for c in doc.text if c.isprintable() or c in "\n\t")
            try:
                _, _, details = pycld2.detect(text)
            except pycld2.error:
                return False
            lang = details[0][1].split("-")[0]
            doc.metadata["language"] = lang
            return lang in self.languages

    cfg = MinhashConfig()  # 5-grams, 14 buckets x 8 hashes: datatrove's defaults
    o = Path(out)
    times: dict[str, float] = {}

    def run(name: str, pipeline: list, tasks: int) -> None:
        t0 = time.perf_counter()
        LocalPipelineExecutor(
            pipeline=pipeline,
            tasks=tasks,
            workers=min(tasks, workers),
            logging_dir=str(o / "logs" / name),
        ).run()
        times[name] = time.perf_counter() - t0

    run(
        "extract+filter+signatures",
        [
            WarcReader(sample, glob_pattern="*.warc.gz", default_metadata={}),
            Trafilatura(favour_precision=True, timeout=10.0),
            Cld2LanguageFilter(),
            GopherQualityFilter(),
            JsonlWriter(str(o / "filtered")),
            MinhashDedupSignature(output_folder=str(o / "sigs"), config=cfg),
        ],
        tasks=workers,
    )
    run(
        "minhash buckets",
        [
            MinhashDedupBuckets(
                input_folder=str(o / "sigs"), output_folder=str(o / "buckets"), config=cfg
            ),
        ],
        tasks=cfg.num_buckets,
    )
    run(
        "minhash clusters",
        [
            MinhashDedupCluster(
                input_folder=str(o / "buckets"), output_folder=str(o / "remove"), config=cfg
            ),
        ],
        tasks=1,
    )
    run(
        "minhash filter",
        [
            JsonlReader(str(o / "filtered")),
            MinhashDedupFilter(input_folder=str(o / "remove")),
            JsonlWriter(str(o / "final")),
        ],
        tasks=workers,
    )

    def count(folder: Path) -> int:
        n = 0
        for f in folder.glob("*.jsonl*"):
            with gzip.open(f, "rt") if f.suffix == ".gz" else open(f) as fh:
                n += sum(1 for _ in fh)
        return n

    return {
        "steps": times,
        "kept_after_filters": count(o / "filtered"),
        "kept_after_dedup": count(o / "final"),
    }


# -- sample ------------------------------------------------------------------------------------


def _seed_warc(seeds: Path, dest: Path) -> int:
    """The real seed pages (plain text, one line per block) as HTML responses."""
    import html as html_lib

    pages = sorted(p for p in seeds.iterdir() if p.is_file()) if seeds.is_dir() else []
    n = 0
    with open(dest, "wb") as fh:
        for p in pages:
            lines = p.read_text("utf-8", errors="replace").splitlines()
            body = (
                "<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>"
                + "".join(f"<p>{html_lib.escape(x)}</p>" for x in lines if x.strip())
                + "</body></html>"
            ).encode("utf-8")
            http = (
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                + f"Content-Length: {len(body)}\r\n\r\n".encode()
                + body
            )
            rid = hashlib.sha1(p.name.encode()).hexdigest()
            head = (
                "WARC/1.0\r\nWARC-Type: response\r\n"
                f"WARC-Target-URI: https://seed.invalid/{p.name}\r\n"
                "WARC-Date: 2024-05-01T00:00:00Z\r\n"
                f"WARC-Record-ID: <urn:uuid:{rid[:8]}-{rid[8:12]}-{rid[12:16]}-{rid[16:20]}-"
                f"{rid[20:32]}>\r\nContent-Type: application/http; msgtype=response\r\n"
                f"Content-Length: {len(http)}\r\n\r\n"
            ).encode()
            fh.write(gzip.compress(head + http + b"\r\n\r\n", mtime=0))
            n += 1
    if n == 0:
        dest.unlink()
    return n


# WARC files of this many records: datatrove hands whole files to its tasks,
# so a sample in one big file would run on one core whatever the workers
# (1,000 documents came as one 1,000-record file plus the seeds' small one).
SHARD_DOCS = 250


def make_sample(cache: Path, n: int) -> Path:
    """The benchmark crawl (gen_corpus's documents, seed 7) in WARC files of
    SHARD_DOCS records, plus the seed pages when ../shared is there."""
    sys.path.insert(0, str(HERE))
    from gen_corpus import GENERATOR_VERSION, _warc_record, iter_documents

    sample = cache / f"dt-sample-{n}-shard{SHARD_DOCS}-g{GENERATOR_VERSION}"
    done = cache / f"{sample.name}.complete"
    if not done.exists():
        import shutil

        shutil.rmtree(sample, ignore_errors=True)
        sample.mkdir(parents=True)
        fh = None
        for k, doc in enumerate(iter_documents(n, 7)):
            if k % SHARD_DOCS == 0:
                if fh is not None:
                    fh.close()
                fh = open(sample / f"part-{k // SHARD_DOCS:05d}.warc.gz", "wb")  # noqa: SIM115
            fh.write(_warc_record(doc, k))
        if fh is not None:
            fh.close()
        _seed_warc(HERE.parent.parent / "shared" / "corpus" / "seeds", sample / "seeds.warc.gz")
        done.write_text("ok")
    return sample


def measured(cmd: list[str], env: dict) -> tuple[dict, float, float, int, str]:
    import resource

    from bench_common import TreeMemory

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # One PSS sample reads every process's page tables (about 30 ms of CPU on
    # newsline's tree, less on datatrove's smaller one): taken four times a
    # second it stole CPU from the run it measures, more from the larger one.
    with TreeMemory(proc.pid, interval=1.0) as mem:
        out, err = proc.communicate()
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{err.decode(errors='replace')[-3000:]}")
    res = json.loads(out.decode().strip().splitlines()[-1])
    # CPU of the whole tree from the kernel's accounting of waited-for
    # children (short-lived processes finish between samples); the sampler's
    # sum when it saw more (a child nobody waited for)
    waited = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    cpu = max(waited, mem.cpu_seconds)
    return res, wall, cpu, mem.peak_pss, err.decode(errors="replace")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=0)
    ap.add_argument("--warc", default=None, help="a folder of .warc.gz files to use instead")
    ap.add_argument("--venv", default=str(DEFAULT_VENV))
    ap.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "newsline-bench"))
    ap.add_argument("--datatrove-side", nargs=2, metavar=("SAMPLE", "OUT"), help=argparse.SUPPRESS)
    a = ap.parse_args()

    sys.path.insert(0, str(HERE))
    from bench_common import REPO, compile_package, cores, mb

    workers = a.workers or cores()
    if a.datatrove_side:
        res = datatrove_side(a.datatrove_side[0], a.datatrove_side[1], workers)
        print(json.dumps(res))
        return

    venv_py = Path(a.venv) / "bin" / "python"
    if not venv_py.exists():
        raise SystemExit(
            f"no benchmark virtualenv at {a.venv}: run benchmarks/run_all.sh "
            "(or: python -m venv --system-site-packages DIR && "
            "DIR/bin/pip install 'datatrove[processing]')"
        )
    cache = Path(a.cache)
    cache.mkdir(parents=True, exist_ok=True)
    compile_package()
    sample = Path(a.warc) if a.warc else make_sample(cache, a.docs)
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))

    with tempfile.TemporaryDirectory(prefix="nl-vs-dt-") as tmp:
        dt_env = {k: v for k, v in env.items() if k != "PYTHONPATH"}
        dt, dt_wall, dt_cpu, dt_pss, _ = measured(
            [
                str(venv_py),
                __file__,
                "--workers",
                str(workers),
                "--datatrove-side",
                str(sample),
                os.path.join(tmp, "dt"),
            ],
            dt_env,
        )
        nl, nl_wall, nl_cpu, nl_pss, _ = measured(
            [
                sys.executable,
                str(HERE / "bench_common.py"),
                "run",
                str(sample),
                "--db",
                os.path.join(tmp, "nl.db"),
                "--workers",
                str(workers),
            ],
            env,
        )

    rep = nl["report"]
    rows = [
        (
            "datatrove " + _dt_version(venv_py),
            f"{dt_wall:.1f}",
            f"{dt_cpu:.1f}",
            mb(dt_pss),
            f"{dt['kept_after_filters']} kept by filters, {dt['kept_after_dedup']} after dedup",
            ", ".join(f"{k} {v:.1f}s" for k, v in dt["steps"].items()),
        ),
        (
            "newsline",
            f"{nl_wall:.1f}",
            f"{nl_cpu:.1f}",
            mb(nl_pss),
            f"{rep['processed']} stored, {rep['rejected']} rejected",
            ", ".join(f"{k} {v['seconds']:.1f}s" for k, v in rep["stages"].items()),
        ),
    ]
    from bench_pipeline import _table

    print(f"\nnewsline vs datatrove on the same WARC sample ({sample}), {workers} workers each")
    _table(("system", "wall s", "CPU s", "peak PSS MB", "documents", "steps"), rows)
    ratio = nl_wall / dt_wall
    print(
        f"\nnewsline / datatrove wall-time ratio: {ratio:.2f} "
        f"(goal <= 1.0: {'MET' if ratio <= 1.0 else 'NOT MET'}); "
        f"CPU-time ratio {nl_cpu / dt_cpu:.2f}"
    )


def _dt_version(py: Path) -> str:
    try:
        code = "from importlib.metadata import version; print(version('datatrove'))"
        return subprocess.run(
            [str(py), "-c", code], check=False, capture_output=True, text=True, timeout=60
        ).stdout.strip()
    except Exception:  # noqa: BLE001 - the version is a label only
        return "?"


if __name__ == "__main__":
    main()
