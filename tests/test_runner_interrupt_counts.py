"""A run stopped midway (Ctrl-C, SIGTERM) recorded ``read`` counting the
documents its readers had produced, committed or not: `newsline runs` said
``read=150 new=100 rejected=0`` and left 50 unaccounted for (they were in
batches never committed, read again by the next run). The report now says
them apart (``read_not_stored``), so read = new + already stored + repeated +
not stored, and the resumed run stores exactly those. Texts written for this test."""

from __future__ import annotations

import warnings

import pytest
from typer.testing import CliRunner

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from newsline.cli import app
from newsline.runner import run_corpus
from newsline.settings import Settings
from newsline.store import Store
from newsline.web.app import create_app

CITIES = ["Sfax", "Arequipa", "Cebu", "Tromsø", "Mombasa", "Da Lat", "Ipoh", "Porto"]


def _pages(folder, n=24):
    folder.mkdir()
    for i in range(n):
        city = CITIES[i % len(CITIES)]
        (folder / f"p{i:02d}.txt").write_text(
            f"Report {i}: the council of {city} voted on Tuesday to repair {i * 3 + 4} "
            f"bridges before the rains, a spokesperson for district {i} said.\n",
            "utf-8",
        )


def _stop_at_first_commit(event: str, _data: object) -> None:
    """Ctrl-C as the first batch commits, the readers having run ahead."""
    if event == "batch":
        raise KeyboardInterrupt


def test_interrupted_run_says_what_it_read_but_did_not_store(tmp_path):
    _pages(tmp_path / "in")
    db = tmp_path / "n.db"
    settings = Settings(workers=1, batch_size=4)
    with pytest.raises(KeyboardInterrupt):
        run_corpus([str(tmp_path / "in")], db, settings=settings, progress=_stop_at_first_commit)
    with Store(db, readonly=True) as store:
        (run,) = store.runs()
        rep = run["report"]
        stored = store.conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert run["status"] == "interrupted"
    assert rep["processed"] == stored == 4
    assert rep["read"] > stored  # the readers ran ahead of the commit
    assert rep["read_not_stored"] == rep["read"] - stored

    out = CliRunner().invoke(app, ["runs", "--db", str(db)]).output
    assert f"read_not_stored={rep['read_not_stored']}" in out, out
    with TestClient(create_app(str(db))) as client:
        page = client.get("/runs").text
    assert (
        f"read but not stored before it stopped (read again by the next run) {rep['read_not_stored']}"
        in page
    )

    again = run_corpus([str(tmp_path / "in")], db, settings=settings).report
    assert again.processed == 24 - stored
    with Store(db, readonly=True) as store:
        assert store.conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 24
        finished = store.runs()[0]["report"]
    assert "read_not_stored" not in finished
