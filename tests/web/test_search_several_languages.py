"""Search takes several languages, as `export --lang` and `stories --lang` do:
"vi,th" (or `--lang vi --lang th` on the command line) keeps the documents in
any of them. `newsline search --lang vi,th` looked for a language named
"vi,th" (and noted that none is stored); `--lang vi --lang th` kept only th.
The web app's ``lang`` (search, stories, documents; API and pages) takes the
same list: it took one code, and answered "vi,th" with a 422.)"""

from __future__ import annotations

import json

from newsline.web.search import search, unstored_filter_notes


def _ids(results) -> set[str]:
    return {h.id for h in results.hits}


def test_a_list_of_languages_is_their_union(search_conn):
    vi, th = search(search_conn, "", lang="vi"), search(search_conn, "", lang="th")
    assert vi.hits and th.hits
    both = search(search_conn, "", lang="vi,th")
    assert _ids(both) == _ids(vi) | _ids(th)
    assert both.total == vi.total + th.total
    assert _ids(search(search_conn, "", lang=" TH , vi ")) == _ids(both)
    assert _ids(search(search_conn, "", lang="vi,vn")) == _ids(vi)


def test_each_unstored_language_of_a_list_is_noted(search_conn):
    notes = unstored_filter_notes(search_conn, "vi,vn,xx", None)
    assert len(notes) == 2
    assert "'vn'" in notes[0] and "'xx'" in notes[1]
    assert unstored_filter_notes(search_conn, "vi,th", None) == []


def test_the_command_takes_a_list_or_the_option_repeated(web_db):
    from typer.testing import CliRunner

    from newsline.cli import app

    path, _ = web_db
    runner = CliRunner()

    def total(*args: str) -> int:
        res = runner.invoke(app, ["search", "--db", path, "-f", "json", *args])
        assert res.exit_code == 0, res.output
        return json.loads(res.stdout)["total"]

    vi, th = total("--lang", "vi"), total("--lang", "th")
    assert total("--lang", "vi,th") == total("--lang", "vi", "--lang", "TH") == vi + th
    res = runner.invoke(app, ["search", "--db", path, "--lang", "vi,vn"])
    assert res.exit_code == 0
    assert "no document in" in res.output and "'vn'" in res.output


def test_the_web_app_takes_a_list_of_languages(web_db, search_conn):
    from fastapi.testclient import TestClient

    from newsline.web.app import create_app

    path, _ = web_db
    client = TestClient(create_app(path))

    def api(url: str, **params) -> dict:
        res = client.get(url, params=params)
        assert res.status_code == 200, res.text
        return res.json()

    vi, th = api("/api/search", lang="vi")["total"], api("/api/search", lang="th")["total"]
    both = api("/api/search", lang="vi, TH")
    assert both["total"] == vi + th and both["filters"]["lang"] == "th,vi"
    assert both["total"] == search(search_conn, "", lang="vi,th").total
    docs = api("/api/documents", lang="vi,th")
    assert docs["total"] == api("/api/documents", lang="vi")["total"] + api(
        "/api/documents", lang="th"
    )["total"]
    stories = {s["id"] for s in api("/api/stories", lang="vi,th")["stories"]}
    assert stories == {s["id"] for s in api("/api/stories", lang="vi")["stories"]} | {
        s["id"] for s in api("/api/stories", lang="th")["stories"]
    }
    assert client.get("/search", params={"lang": "vi,th"}).status_code == 200
    assert client.get("/api/search", params={"lang": "vi;th"}).status_code == 422
