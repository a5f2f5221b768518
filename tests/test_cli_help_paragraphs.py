"""A command's help paragraph is one flowing paragraph, wrapped only at the
terminal's edge. Typer's rich help kept the docstring's source line breaks:
`newsline --help` at 80 columns listed quality as "... per site and" / "language
and by label ...", a line cut mid-sentence; `run --help` and `search --help`
broke their second paragraph where the source line ended. Failed at f5611809."""

from __future__ import annotations

import inspect

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from newsline.cli import app

runner = CliRunner()
WIDE = 400  # every paragraph fits on one line: a line break there is the source's


def _lines(args: list[str]) -> list[str]:
    res = runner.invoke(app, args, env={"COLUMNS": str(WIDE)})
    assert res.exit_code == 0, res.output
    return [" ".join(line.replace("│", " ").split()) for line in res.output.splitlines()]


def _raw_paragraphs(name: str) -> list[str]:
    doc = get_command(app).commands[name].callback.__doc__
    return inspect.cleandoc(doc).split("\n\n")


def _paragraphs(name: str) -> list[str]:
    return [" ".join(p.split()) for p in _raw_paragraphs(name)]


COMMANDS = sorted(get_command(app).commands)


def test_every_command_is_listed_on_one_line():
    listed = _lines(["--help"])
    for name in COMMANDS:
        first = _paragraphs(name)[0]
        assert f"{name} {first}" in listed, (name, [x for x in listed if name in x])


@pytest.mark.parametrize("name", COMMANDS)
def test_each_help_paragraph_flows(name):
    shown = _lines([name, "--help"])
    for raw, paragraph in zip(_raw_paragraphs(name), _paragraphs(name), strict=True):
        if raw.startswith("\b"):
            # a verbatim paragraph (click's \b: examples) keeps its lines, each whole
            for line in raw.split("\n")[1:]:
                assert " ".join(line.split()) in shown, (name, line)
        else:
            assert paragraph in shown, (name, paragraph)
