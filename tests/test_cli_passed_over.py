"""A run counts, by reason, the WARC records it passed over, keeps the counts
with its report, prints them in `newsline run` and `newsline runs`, and
counts each file's once even when an interrupted run is resumed.

Records hand-written (warcio is not installed here), as in tests/readers.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsline.cli import app
from newsline.runner import run_corpus
from newsline.settings import Settings
from newsline.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent / "readers"))
from read_samples import EXPECTED_PASSED_OVER as EXPECTED
from read_samples import PAGE_PT, mixed_crawl, warc_request, warc_response

runner = CliRunner()


def _inputs(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "crawl-01.warc.gz").write_bytes(b"".join(gzip.compress(r) for r in mixed_crawl()))
    (inp / "note.txt").write_text(
        "Il consiglio comunale di Bari ha approvato martedì il nuovo piano dei trasporti.\n",
        encoding="utf-8",
    )
    return inp


def test_run_report_counts_records_passed_over_and_keeps_them(tmp_path):
    inp = _inputs(tmp_path)
    db = tmp_path / "n.db"
    res = run_corpus([str(inp)], db)
    assert res.report.read == 3 and res.report.rejected == 0
    assert dict(res.report.passed_over) == EXPECTED
    assert res.report.to_dict()["passed_over"] == EXPECTED
    with Store(db) as s:
        assert s.runs()[0]["report"]["passed_over"] == EXPECTED
    # a second run skips the unchanged file unread: nothing is counted twice
    again = run_corpus([str(inp)], db)
    assert again.report.files_skipped == 2 and not again.report.passed_over


def test_text_inputs_alone_pass_nothing_over(tmp_path):
    (tmp_path / "a.html").write_bytes(PAGE_PT)
    res = run_corpus([str(tmp_path / "a.html")], tmp_path / "n.db")
    assert res.report.read == 1 and not res.report.passed_over
    assert res.report.to_dict()["passed_over"] == {}


def test_an_interrupted_run_and_its_resume_count_each_record_once(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    base = "https://diario.example.ar/n"
    pages = [
        warc_response(
            f"{base}{i}",
            (
                f"<html><body><p>El concejo de Rosario votó el punto {i} del presupuesto "
                "municipal para el año próximo.</p></body></html>"
            ).encode(),
            record_id=f"p-{i}",
        )
        for i in range(6)
    ]
    others = [warc_request(f"{base}{i}", f"rq-{i}") for i in range(6)] + [
        warc_response(base + "x", b"", record_id="mv", status="301 Moved")
    ]
    records = [r for pair in zip(others, pages, strict=False) for r in pair] + others[6:]
    (inp / "c.warc.gz").write_bytes(b"".join(gzip.compress(r) for r in records))
    db = tmp_path / "n.db"
    settings = Settings(batch_size=1, workers=1)

    def stop_at_first_batch(event, data):
        if event == "batch":
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_corpus([str(inp)], db, settings=settings, progress=stop_at_first_batch)
    rerun = run_corpus([str(inp)], db, settings=settings)
    with Store(db) as s:
        reports = [r["report"] for r in sorted(s.runs(), key=lambda r: r["id"])]
    assert reports[0] is not None and rerun.report.skipped_existing >= 1  # it re-read the file
    total: dict[str, int] = {}
    for rep in reports:
        for k, n in (rep.get("passed_over") or {}).items():
            total[k] = total.get(k, 0) + n
    assert total == {"record:request": 6, "redirect:301": 1}


def test_cli_run_and_runs_print_what_was_passed_over(tmp_path):
    inp = _inputs(tmp_path)
    db = str(tmp_path / "n.db")
    res = runner.invoke(app, ["run", str(inp), "--db", db, "-q"], terminal_width=300)
    assert res.exit_code == 0, res.output
    line = next(x for x in res.output.splitlines() if x.startswith("passed over:"))
    assert line == (
        "passed over: 2 redirects (301 ×1, 302 ×1), 2 errors (404 ×1, 500 ×1), "
        "2 not HTML (application/pdf ×1, image/jpeg ×1), 1 empty page (text/html ×1), "
        "5 request/metadata/revisit/warcinfo records "
        "(request ×2, metadata ×1, revisit ×1, warcinfo ×1)"
    )
    res = runner.invoke(app, ["runs", "--db", db], terminal_width=300)
    assert res.exit_code == 0 and "   " + line in res.output.splitlines()


def test_cli_run_over_text_says_nothing_passed_over(tmp_path):
    (tmp_path / "a.html").write_bytes(PAGE_PT)
    db = str(tmp_path / "n.db")
    res = runner.invoke(app, ["run", str(tmp_path / "a.html"), "--db", db, "-q"])
    assert res.exit_code == 0 and "passed over" not in res.output
    res = runner.invoke(app, ["runs", "--db", db])
    assert "passed over" not in res.output
