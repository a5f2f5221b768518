"""`newsline stories` lists stories in the web app's order: newest first,
an undated story last, then by id. It listed them oldest first with every
undated one-page story ahead of the dated ones, the reverse of the stories
page and `/api/stories` a user compares it with. Failed at eb8935f3."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsline.cli import app
from newsline.store import Store
from newsline.web.app import create_app

runner = CliRunner()

STARTS = {"s-b": "2024-05-02", "s-undated": None, "s-a": "2023-11-30", "s-c": "2024-05-02"}


def test_the_cli_lists_stories_as_the_web_app_does(tmp_path):
    path = tmp_path / "order.db"
    with Store(str(path)) as store:
        store.write_corpus_tables(
            {
                "stories": [
                    {"id": sid, "title": sid, "languages": ["en"], "start": start, "documents": []}
                    for sid, start in STARTS.items()
                ]
            }
        )
    res = runner.invoke(app, ["stories", "--db", str(path)])
    assert res.exit_code == 0, res.output
    listed = [s["id"] for s in json.loads(res.output)["stories"]]
    assert listed == ["s-b", "s-c", "s-a", "s-undated"]
    paged = runner.invoke(app, ["stories", "--db", str(path), "--limit", "2", "--offset", "1"])
    assert [s["id"] for s in json.loads(paged.output)["stories"]] == listed[1:3]
    with TestClient(create_app(path)) as client:
        assert [s["id"] for s in client.get("/api/stories").json()["stories"]] == listed
