"""Ctrl-C in the moment after a run was recorded finished -- while its
workers and database close -- stops nothing: the run is done. It raised
KeyboardInterrupt all the same, so `newsline run` said "interrupted ... run
the same command again to resume" and exited 130 while `newsline runs`
showed the run finished. A Ctrl-C before the end still interrupts."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from newsline.cli import app
from newsline.executors import local
from newsline.runner import run_corpus
from newsline.settings import Settings
from newsline.store import Store

TEXT = "Rada miasta Gdyni przyjęła we wtorek plan budowy nowego nabrzeża.\n"


def _ctrl_c_on_close(monkeypatch):
    def close(self):
        raise KeyboardInterrupt

    monkeypatch.setattr(local.LocalExecutor, "close", close)


def test_ctrl_c_while_a_finished_run_closes_returns_its_result(tmp_path, monkeypatch):
    (tmp_path / "gdynia.txt").write_text(TEXT, "utf-8")
    _ctrl_c_on_close(monkeypatch)
    try:
        result = run_corpus(
            [tmp_path / "gdynia.txt"], tmp_path / "n.db", settings=Settings(workers=1)
        )
    except KeyboardInterrupt:
        pytest.fail("a Ctrl-C after the run was recorded finished interrupted it")
    assert result.report.processed == 1
    with Store(tmp_path / "n.db", readonly=True) as store:
        assert [r["status"] for r in store.runs()] == ["finished"]


def test_the_cli_reports_the_finished_run_not_an_interruption(tmp_path, monkeypatch):
    (tmp_path / "gdynia.txt").write_text(TEXT, "utf-8")
    _ctrl_c_on_close(monkeypatch)
    res = CliRunner().invoke(
        app, ["run", str(tmp_path / "gdynia.txt"), "--db", str(tmp_path / "c.db"), "--workers", "1"]
    )
    assert res.exit_code == 0, res.output
    assert "interrupted" not in res.output and "1 new" in res.output


def test_ctrl_c_before_the_end_still_interrupts(tmp_path, monkeypatch):
    (tmp_path / "gdynia.txt").write_text(TEXT, "utf-8")

    def finish_run(self, *a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(Store, "finish_run", finish_run)
    with pytest.raises(KeyboardInterrupt):
        run_corpus([tmp_path / "gdynia.txt"], tmp_path / "i.db", settings=Settings(workers=1))
