"""Ctrl-C while `newsline run` prints its summary (the per-stage table is
long; a user stops it to get the prompt back) cuts the summary short and no
more: the run is stored and recorded finished. Click said "Aborted!" and the
command exited 1, as if the run had failed. Failed at f5611809."""

from __future__ import annotations

from typer.testing import CliRunner

from newsline import cli
from newsline.cli import app
from newsline.store import Store

TEXT = "La municipalité de Sfax a voté mardi un plan pour rénover le vieux port de pêche.\n"


def test_ctrl_c_during_the_summary_is_not_a_failed_run(tmp_path, monkeypatch):
    (tmp_path / "sfax.txt").write_text(TEXT, "utf-8")

    def summary_cut(result, quiet):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_print_summary", summary_cut)
    res = CliRunner().invoke(
        app, ["run", str(tmp_path / "sfax.txt"), "--db", str(tmp_path / "n.db"), "--workers", "1"]
    )
    assert "Aborted" not in res.output, res.output
    assert res.exit_code == 0, res.output
    assert "summary cut short" in res.output
    with Store(tmp_path / "n.db", readonly=True) as store:
        assert [r["status"] for r in store.runs()] == ["finished"]


def test_ctrl_c_during_the_summary_of_a_run_that_read_nothing_keeps_its_code(tmp_path, monkeypatch):
    (tmp_path / "empty.txt").write_text("", "utf-8")

    def summary_cut(result, quiet):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_print_summary", summary_cut)
    res = CliRunner().invoke(
        app, ["run", str(tmp_path / "empty.txt"), "--db", str(tmp_path / "e.db"), "--workers", "1"]
    )
    assert res.exit_code == cli.EXIT_NOTHING_READ, res.output
