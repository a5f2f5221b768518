"""``newsline run`` and ``newsline runs`` name the crawl file that held the
records passed over when a run read several (the sum alone did not say which
file held the redirects or the images); one file adds no line."""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent / "readers"))
from read_samples import PAGE_PT, mixed_crawl, warc_request, warc_response

from newsline.cli import app

runner = CliRunner()


def _crawls(folder: Path, both: bool) -> None:
    folder.mkdir()
    (folder / "crawl-a.warc.gz").write_bytes(b"".join(gzip.compress(r) for r in mixed_crawl()))
    if both:
        (folder / "crawl-b.warc").write_bytes(
            warc_request("https://jornal.example.pt/x", "b-rq")
            + warc_response("https://jornal.example.pt/x", PAGE_PT, record_id="b-ok")
            + warc_response(
                "https://jornal.example.pt/y", b"", record_id="b-301", status="301 Moved"
            )
        )


def test_run_and_runs_name_each_file_with_passed_over_records(tmp_path):
    _crawls(tmp_path / "in", both=True)
    db = str(tmp_path / "n.db")
    r = runner.invoke(app, ["run", str(tmp_path / "in"), "--db", db, "--workers", "1"])
    assert r.exit_code == 0, r.output
    out = " ".join(r.output.split())
    assert "in " in out and "crawl-a.warc.gz:" in out, r.output
    assert "crawl-b.warc: 1 redirect (301 ×1), 1 request record (request ×1)" in out, r.output
    r = runner.invoke(app, ["runs", "--db", db])
    out = " ".join(r.output.split())
    assert "crawl-b.warc: 1 redirect (301 ×1)" in out, r.output


def test_one_file_adds_no_per_file_line(tmp_path):
    _crawls(tmp_path / "in", both=False)
    db = str(tmp_path / "n.db")
    r = runner.invoke(app, ["run", str(tmp_path / "in"), "--db", db, "--workers", "1"])
    assert r.exit_code == 0, r.output
    assert "passed over:" in r.output
    assert "crawl-a.warc.gz:" not in r.output
