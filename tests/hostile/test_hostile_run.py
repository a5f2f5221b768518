"""The hostile corpus through ``run_corpus`` into SQLite: every bad input is
counted in the run report and recorded in the errors table with its reason,
and every good document is stored. (Big pages are left out here: they are
covered reader-side in test_hostile_inputs.py, and later stages' limits are
their own tests' business.)"""

from __future__ import annotations

import sqlite3

import pytest
from make_corpus import make_corpus

from newsline.pipeline import Pipeline
from newsline.runner import run_corpus
from newsline.settings import Settings


def test_hostile_corpus_run_records_every_error(tmp_path):
    root = tmp_path / "corpus"
    cases = make_corpus(root, big=False)
    db = tmp_path / "h.db"
    settings = Settings(workers=1)
    result = run_corpus([str(root)], str(db), settings=settings, pipeline=Pipeline([]))
    want_errors = sum(len(e.errors) for e in cases.values())
    want_docs = sum(e.docs for e in cases.values())
    report = result.report
    assert report.rejected == want_errors
    assert report.read == want_docs
    # The same WARC record (same URL, same text) sits in two archives: stored
    # once, its second copy a repeat of this run's inputs, not "already stored"
    assert (report.skipped_existing, report.repeated_in_inputs) == (0, 1)
    assert report.processed + report.repeated_in_inputs == want_docs
    con = sqlite3.connect(db)
    rows = con.execute("SELECT source, reason FROM errors").fetchall()
    assert len(rows) == want_errors
    assert all(source.startswith(str(root)) and reason for source, reason in rows)
    stored = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert stored == report.processed
    # Running again adds nothing twice.
    again = run_corpus([str(root)], str(db), settings=settings, pipeline=Pipeline([]))
    assert again.report.processed == 0
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == stored


@pytest.mark.slow
def test_hostile_corpus_through_every_default_stage(tmp_path):
    """Decoded-but-odd documents (control characters, U+FFFD, mislabelled
    charsets, deep nesting) pass every default stage without an internal error."""
    root = tmp_path / "corpus"
    cases = make_corpus(root, big=False)
    db = tmp_path / "full.db"
    result = run_corpus([str(root)], str(db), settings=Settings(workers=2))
    assert result.report.rejected == sum(len(e.errors) for e in cases.values())
    con = sqlite3.connect(db)
    internal = con.execute("SELECT reason FROM flags WHERE kind = 'internal_error'").fetchall()
    assert not internal, internal
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == result.report.processed
