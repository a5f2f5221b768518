"""Ctrl-C at any moment of any command ends with exit 130 and a word on stderr.

Two gaps a new user met: Ctrl-C in the first few tenths of a second (while the
command line's libraries load) printed a Python traceback, and ``export``,
``search`` and ``report`` stopped by Ctrl-C exited 130 without a word (typer
turns the interrupt into a silent exit). ``run`` says what it kept, and only
that (no second note)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from newsline import __main__ as entry

SRC = str(Path(__file__).resolve().parents[1] / "src")


def _main(argv: list[str], monkeypatch, capsys) -> tuple[int, str]:
    monkeypatch.setattr(sys, "argv", ["newsline", *argv])
    with pytest.raises(SystemExit) as caught:
        entry.main()
    return caught.value.code, capsys.readouterr().err


def _interrupt(*args, **kwargs):
    raise KeyboardInterrupt


@pytest.mark.parametrize(
    ("command", "target"),
    [
        (["search", "nato"], "newsline.web.search.search"),
        (["export", "-o", "-"], "newsline.export.iter_records"),
        (["report"], "newsline.store.Store.runs"),
    ],
)
def test_a_reading_command_stopped_by_ctrl_c_says_so(
    command, target, tmp_path, monkeypatch, capsys
):
    from newsline.store import Store

    db = tmp_path / "n.db"
    Store(db).close()
    monkeypatch.setattr(target, _interrupt)
    code, err = _main([*command[:1], "--db", str(db), *command[1:]], monkeypatch, capsys)
    assert code == 130
    assert entry.INTERRUPTED_NOTE in err
    assert "Traceback" not in err


def test_run_says_what_it_kept_and_no_second_note(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.txt").write_text("Một bài báo ngắn về mưa lớn ở miền Trung.\n", "utf-8")
    monkeypatch.setattr("newsline.runner.run_corpus", _interrupt)
    code, err = _main(
        ["run", str(tmp_path / "a.txt"), "--db", str(tmp_path / "n.db")], monkeypatch, capsys
    )
    assert code == 130
    assert "run the same command again to resume" in " ".join(err.split())
    assert entry.INTERRUPTED_NOTE not in err


def test_ctrl_c_while_the_command_line_loads_is_no_traceback():
    # SIGINT arrives while newsline.cli imports typer: as early as a user can press it
    code = textwrap.dedent(
        """
        import builtins, os, signal, sys
        real = builtins.__import__
        def hooked(name, *args, **kwargs):
            if name == "typer":
                os.kill(os.getpid(), signal.SIGINT)
            return real(name, *args, **kwargs)
        builtins.__import__ = hooked
        sys.argv = ["newsline", "--help"]
        from newsline.__main__ import main
        main()
        """
    )
    env = {**os.environ, "PYTHONPATH": SRC}
    res = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert res.returncode == 130, res.stderr
    assert "Traceback" not in res.stderr
    assert res.stderr.strip() == entry.INTERRUPTED_NOTE
