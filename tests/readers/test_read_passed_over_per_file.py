"""The run's report says which input file passed over which records (a run over
many crawl files otherwise only gave the sum), and keeps that with the run.
Records hand-written (see read_samples)."""

from __future__ import annotations

import gzip

from read_samples import EXPECTED_PASSED_OVER, PAGE_PT, mixed_crawl, warc_request, warc_response

from newsline.runner import run_corpus
from newsline.store import Store


def test_report_counts_records_passed_over_per_file(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "crawl-a.warc.gz").write_bytes(b"".join(gzip.compress(r) for r in mixed_crawl()))
    (inp / "crawl-b.warc").write_bytes(
        warc_request("https://jornal.example.pt/x", "b-rq")
        + warc_response("https://jornal.example.pt/x", PAGE_PT, record_id="b-ok")
        + warc_response("https://jornal.example.pt/y", b"", record_id="b-301", status="301 Moved")
    )
    (inp / "note.txt").write_text("Nada foi deixado de lado neste ficheiro de texto.\n")
    db = tmp_path / "n.db"
    res = run_corpus([str(inp)], db)
    by_file = res.report.to_dict()["passed_over_by_file"]
    names = {k.rsplit("/", 1)[-1]: v for k, v in by_file.items()}
    assert names == {
        "crawl-a.warc.gz": EXPECTED_PASSED_OVER,
        "crawl-b.warc": {"record:request": 1, "redirect:301": 1},
    }  # the text file passed nothing over and is not listed
    # the per-file counts add up to the run's counts
    total: dict[str, int] = {}
    for counts in by_file.values():
        for k, n in counts.items():
            total[k] = total.get(k, 0) + n
    assert total == dict(res.report.passed_over)
    with Store(db) as s:
        assert s.runs()[0]["report"]["passed_over_by_file"] == by_file
    # a second run skips both unchanged files: nothing is counted twice
    again = run_corpus([str(inp)], db)
    assert again.report.to_dict()["passed_over_by_file"] == {}
