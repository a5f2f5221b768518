"""Usage lines and the arguments' table read as a user's, not Python's:
typer wrote ``run [OPTIONS] {inputs}...`` and the type ``<list[str]>``. Now
``INPUTS...`` (required), ``[QUERY]`` (optional) and ``<str>``."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from newsline.cli import app

runner = CliRunner()


def _help(name: str) -> str:
    res = runner.invoke(app, [name, "--help"], env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    return res.output


@pytest.mark.parametrize(
    ("name", "usage"),
    [
        ("run", "run [OPTIONS] INPUTS..."),
        ("search", "search [OPTIONS] [QUERY]"),
        ("show", "show [OPTIONS] DOC"),
    ],
)
def test_usage_names_arguments_plainly(name, usage):
    text = _help(name)
    assert usage in text, text
    assert "{" not in text.splitlines()[1], text


@pytest.mark.parametrize("name", ["run", "export", "search", "stories", "timeline", "show"])
def test_no_python_type_in_help(name):
    assert "list[" not in _help(name)


def test_a_missing_argument_is_still_named():
    res = runner.invoke(app, ["run"])
    assert res.exit_code == 2 and "inputs" in res.output.lower()
