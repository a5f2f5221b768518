"""`newsline quality` counts rejected inputs by kind, as `newsline run` does.

Reasons carry line numbers and offsets ("invalid JSON on line 7: ...",
"WARC record truncated at offset 2198"): the quality summary listed each
reason apart, so every cut file was an entry of its own, and its text printed
"... at offset 2198 1", the count glued to the offset.
"""

from __future__ import annotations

import json

from typer.testing import CliRunner

from newsline.cli import app

runner = CliRunner()


def _good(url: str) -> str:
    return json.dumps(
        {
            "url": url,
            "published": "2025-04-02",
            "text": "Il 1 aprile 2025 il consiglio comunale di Valdoria ha approvato il "
            "nuovo piano dei trasporti dopo una lunga discussione in aula.",
        }
    )


def test_rejected_inputs_are_counted_by_kind(tmp_path):
    (tmp_path / "a.jsonl").write_text(_good("https://a.example/1") + '\n{"url": "x", "te\n')
    (tmp_path / "b.jsonl").write_text(
        _good("https://b.example/1") + "\n" + _good("https://b.example/2") + "\n{oops\n"
    )
    (tmp_path / "empty.html").write_bytes(b"")
    db = str(tmp_path / "q.db")
    res = runner.invoke(app, ["run", str(tmp_path), "--db", db])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["quality", "--db", db, "--format", "json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["rejected"] == {"invalid JSON on line N": 2, "empty file": 1}
    res = runner.invoke(app, ["quality", "--db", db], env={"COLUMNS": "200"})
    line = next(x for x in res.stdout.splitlines() if x.startswith("rejected inputs:"))
    assert line == "rejected inputs: invalid JSON on line N ×2, empty file ×1"
