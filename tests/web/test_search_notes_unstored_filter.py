"""/api/search with a language or flag kind no stored document has (a typo:
``vn`` for ``vi``, ``spamm``) answered no hits without a word, while
`newsline search --lang vn` notes the languages stored. The API's answer now
carries the same note in ``notes``; a stored value gives none."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def web(web_client):
    return web_client


def test_an_unstored_language_is_noted_with_those_stored(web):
    stored = web.get("/api/search").json()["hits"][0]["lang"]
    body = web.get("/api/search", params={"q": "nato", "lang": "qq"}).json()
    assert body["total"] == 0
    (note,) = body["notes"]
    assert note.startswith("no document has the language 'qq'; those stored are: ")
    assert stored in note.split(": ", 1)[1].split(", ")


def test_an_unstored_flag_kind_is_noted(web):
    body = web.get("/api/search", params={"flag": "spamm"}).json()
    (note,) = body["notes"]
    assert note.startswith("no document has the flag kind 'spamm'; those stored are: ")


def test_stored_filters_give_no_note(web):
    hit = web.get("/api/search").json()["hits"][0]
    assert web.get("/api/search", params={"lang": hit["lang"]}).json()["notes"] == []
    assert web.get("/api/search", params={"q": "nato"}).json()["notes"] == []


def test_the_clis_json_carries_the_same_notes(web, web_db):
    """`newsline search --format json` is the API's answer plus a snippet:
    its notes are the API's."""
    import json

    from typer.testing import CliRunner

    from newsline.cli import app as cli

    path, _ = web_db
    for args, params in (
        (["--lang", "QQ"], {"lang": "QQ"}),
        (["--flag", "spamm"], {"flag": "spamm"}),
    ):
        res = CliRunner().invoke(
            cli, ["search", "nato", *args, "--db", path, "--format", "json"], terminal_width=300
        )
        assert res.exit_code == 0, res.output
        got = json.loads(res.stdout)["notes"]
        assert got and got == web.get("/api/search", params={"q": "nato", **params}).json()["notes"]


def test_the_search_page_shows_the_note(web):
    """/search?lang=qq (a typed or shared URL: the form offers only stored
    languages) says why nothing matched, as the API does."""
    page = web.get("/search", params={"q": "nato", "lang": "qq"})
    assert page.status_code == 200
    assert "note: no document has the language &#39;qq&#39;; those stored are: " in page.text
    assert "note: " not in web.get("/search", params={"q": "nato"}).text
