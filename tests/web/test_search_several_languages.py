"""Search takes several languages, as `export --lang` and `stories --lang` do:
"vi,th" (or `--lang vi --lang th` on the command line) keeps the documents in
any of them. `newsline search --lang vi,th` looked for a language named
"vi,th" (and noted that none is stored); `--lang vi --lang th` kept only th.
(The web API's ``lang`` stays one code, as for its stories and documents.)"""

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
