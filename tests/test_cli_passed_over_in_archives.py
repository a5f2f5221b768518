"""A WARC's passed-over records (requests, revisits, redirects, images) are
counted once in `newsline runs`, whether the WARC is read as it is or from
inside a tar or ZIP archive, and when the file holds nothing but such records
(it is then rejected as a file, its records still counted once). Pins what a
review suspected was counted twice (the same on 3427268)."""

from __future__ import annotations

import gzip
import io
import sys
import tarfile
import zipfile
from pathlib import Path

from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent / "readers"))
from read_samples import EXPECTED_PASSED_OVER as EXPECTED
from read_samples import mixed_crawl, warc_record, warc_request, warc_response

from newsline.cli import app
from newsline.store import Store

runner = CliRunner()


def _runs_report(folder: Path, db: str) -> dict:
    r = runner.invoke(app, ["run", str(folder), "--db", db, "-q", "--workers", "1"])
    assert r.exit_code in (0, 3), r.output
    with Store(db) as s:
        return s.runs()[0]["report"]


def test_records_of_a_warc_inside_archives_are_counted_once(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    crawl = b"".join(gzip.compress(r) for r in mixed_crawl())
    with tarfile.open(folder / "a.tar", "w") as t:
        member = tarfile.TarInfo("crawls/crawl.warc.gz")
        member.size = len(crawl)
        t.addfile(member, io.BytesIO(crawl))
    with zipfile.ZipFile(folder / "b.zip", "w") as z:
        z.writestr("crawl.warc", b"".join(mixed_crawl()))
    report = _runs_report(folder, str(tmp_path / "n.db"))
    assert report["passed_over"] == {k: 2 * n for k, n in EXPECTED.items()}
    assert report["passed_over_by_file"] == {
        f"{folder}/a.tar": EXPECTED,
        f"{folder}/b.zip": EXPECTED,
    }


def test_a_warc_of_passed_over_records_alone_counts_each_once(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    base = "https://diario.example.cl"
    (folder / "c.warc").write_bytes(
        warc_request(base + "/a", "rq")
        + warc_response(base + "/foto.png", b"\x89PNG", record_id="im", content_type="image/png")
        + warc_record("revisit", base + "/a", "application/http", b"", "rv")
    )
    report = _runs_report(folder, str(tmp_path / "n.db"))
    assert report["passed_over"] == {
        "record:request": 1,
        "record:revisit": 1,
        "not HTML:image/png": 1,
    }
    assert report["rejected"] == 1  # the file, which gave no page
