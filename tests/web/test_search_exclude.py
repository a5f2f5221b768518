"""``-term`` in a search leaves out the documents matching it.

Before, the dash was dropped as punctuation (Latin words) or kept as part of
the substring (Thai, Chinese): ``NATO -Vilnius`` found only the pages that
*do* say Vilnius, and ``-北约`` matched nothing -- the opposite of what an
analyst used to web search engines asked for.
"""

from __future__ import annotations

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsline.cli import app as cli
from newsline.web.app import create_app
from newsline.web.search import parse_query, search


def ids_of(res):
    return {h.id for h in res.hits}


def test_dash_leaves_out_the_documents_with_a_word(search_conn, web_db):
    _, ids = web_db
    assert ids["vi"] in ids_of(search(search_conn, "NATO"))  # the only page saying Vilnius
    res = search(search_conn, "NATO -Vilnius")
    assert ids_of(res) == {ids["en"], ids["en_copy"]}
    assert res.total == 2
    assert res.how[1].startswith("without words: vilnius")


def test_dash_leaves_out_thai_and_chinese_substrings(search_conn, web_db):
    _, ids = web_db
    every = ids_of(search(search_conn, "", limit=50))
    assert ids_of(search(search_conn, "-ญี่ปุ่น", limit=50)) == every - {ids["th"]}  # trigram
    assert ids_of(search(search_conn, "-北约", limit=50)) == every - {ids["zh"]}  # 2 characters
    assert ids_of(search(search_conn, "日本首相 -北约")) == set()
    assert ids_of(search(search_conn, "NATO -ญี่ปุ่น")) == ids_of(search(search_conn, "NATO"))


def test_dash_before_a_phrase_leaves_out_the_phrase(search_conn, web_db):
    _, ids = web_db
    every = ids_of(search(search_conn, "", limit=50))
    assert ids_of(search(search_conn, '-"tong thu ky"', limit=50)) == every - {ids["vi"]}
    # the words apart are not the phrase: "thu ky tong" is in no page
    assert ids_of(search(search_conn, '-"ky thu tong"', limit=50)) == every


def test_exclusions_alone_list_the_rest_newest_first(search_conn, web_db):
    _, ids = web_db
    res = search(search_conn, "-nato", limit=50)
    assert ids["vi"] not in ids_of(res) and ids["th"] in ids_of(res)
    assert res.total == len(res.hits)
    rest = search(search_conn, "", limit=50)
    assert [h.id for h in res.hits] == [h.id for h in rest.hits if h.id in ids_of(res)]


def test_excluded_words_are_not_highlighted(search_conn):
    res = search(search_conn, "NATO -Vilnius -tokyo")
    assert res.hits
    for h in res.hits:
        assert "<mark>NATO</mark>" in h.snippet_html + h.title_html
        assert "<mark>" not in h.snippet_html.replace("<mark>NATO</mark>", "")


def test_parse_query_marks_exclusions():
    terms = parse_query('ha-noi -hue -"da nang" -北约 - -- -ha-long')
    assert [(t.kind, t.text, t.exclude) for t in terms] == [
        ("words", "ha", False),  # a hyphen inside a word is no exclusion
        ("words", "noi", False),
        ("words", "hue", True),
        ("words", "da nang", True),
        ("substring", "北约", True),
        ("words", "ha-long", True),  # its words as a phrase
    ]
    assert terms[-1].phrase and terms[-1].tokens == ["ha", "long"]


def test_web_and_cli_leave_out_excluded_documents(web_db):
    path, ids = web_db
    client = TestClient(create_app(path, build_index=False))
    r = client.get("/api/search", params={"q": "NATO -Vilnius"})
    assert r.status_code == 200
    assert {h["id"] for h in r.json()["hits"]} == {ids["en"], ids["en_copy"]}
    page = client.get("/search", params={"q": "NATO -Vilnius"})
    assert page.status_code == 200 and ids["vi"] not in page.text
    res = CliRunner().invoke(cli, ["search", "--db", path, "--", "-nato"])
    assert res.exit_code == 0, res.output
    assert "newest first" in res.output and ids["vi"] not in res.output
