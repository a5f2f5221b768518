"""A search filtered by a story the database does not hold is a wrong request in
both shells: `newsline search --story ID` exits 2, and /api/search and /search
answered 200 with no hits, passing a mistyped id off as an empty story. They now
answer 422 naming the story, as they do for a day that is not YYYY-MM-DD."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from newsline.cli import app as cli

runner = CliRunner()


@pytest.fixture(scope="module")
def shells(web_db, web_client):
    return web_db[0], web_client


@pytest.mark.parametrize("query", ["nato", ""])
def test_an_unknown_story_is_refused_alike(shells, query):
    db, web = shells
    args = ["search", *([query] if query else []), "--story", "story-nope", "--db", db]
    res = runner.invoke(cli, args, terminal_width=300)
    assert res.exit_code == 2, res.output
    assert "no story 'story-nope'" in res.output
    r = web.get("/api/search", params={"q": query, "story": "story-nope"})
    assert r.status_code == 422
    (detail,) = r.json()["detail"]
    assert detail["loc"] == ["query", "story"]
    assert "no story 'story-nope'" in detail["msg"]
    page = web.get("/search", params={"q": query, "story": "story-nope"})
    assert page.status_code == 422 and "story-nope" in page.text


def test_a_stored_story_still_filters(shells):
    _, web = shells
    story = web.get("/api/stories").json()["stories"][0]["id"]
    r = web.get("/api/search", params={"story": story})
    assert r.status_code == 200 and r.json()["total"] >= 1
    assert web.get("/search", params={"story": story}).status_code == 200
    assert web.get("/search", params={"story": ""}).status_code == 200
