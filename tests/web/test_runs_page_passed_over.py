"""The web app's Runs page says what `newsline runs` says about a run: the
WARC records passed over by reason, the changed versions among the new
documents and the settings that were not the defaults. The page showed none
of them, so a crawl of redirects and images looked like a crawl of nothing."""

from __future__ import annotations

import gzip
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from newsline.runner import run_corpus
from newsline.settings import DedupSettings, Settings
from newsline.web.app import create_app
from tests.readers.read_samples import PAGE_PT, warc_response

NOTE = "Mestni svet Maribora je v torek potrdil novo kolesarsko pot ob Dravi.\n"


def test_runs_page_names_records_passed_over_versions_and_settings(tmp_path):
    base = "https://jornal.example.pt/porto"
    crawl = tmp_path / "in" / "crawl.warc.gz"
    crawl.parent.mkdir()
    crawl.write_bytes(
        gzip.compress(warc_response(base, PAGE_PT, record_id="p-1"))
        + gzip.compress(warc_response(base + "/x", b"", record_id="r-1", status="302 Found"))
        + gzip.compress(
            warc_response(base + "/f.jpg", b"\xff\xd8", record_id="i-1", content_type="image/jpeg")
        )
    )
    note = tmp_path / "in" / "maribor.txt"
    note.write_text(NOTE, "utf-8")
    db = tmp_path / "r.db"
    run_corpus([crawl.parent], db, settings=Settings(workers=1))
    note.write_text(NOTE + "Dela se začnejo maja.\n", "utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the settings differ from run 1's: said, not tested here
        run_corpus([note], db, settings=Settings(workers=1, dedup=DedupSettings(threshold=0.7)))
    with TestClient(create_app(db)) as client:
        html = client.get("/runs").text
    assert "passed over (not pages): 1 redirect (302 ×1), 1 not HTML (image/jpeg ×1)" in html
    assert "changed versions of a page already stored: 1" in html
    assert "dedup.threshold=0.7" in html
