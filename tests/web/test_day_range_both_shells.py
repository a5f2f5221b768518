"""The command line (--from/--to) and the web app (date_from/date_to) read a
day range with one parser: the same days accepted, the same bad inputs
refused with the same words (naming each shell's own bound), and a range that
ends before it starts refused alike. The web app said "'x' is not a date" or
pydantic's pattern message; the command line took "20250203" and
"2025-W06-1" (other ISO forms) as days."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsline.cli import app as cli
from newsline.web.app import create_app

runner = CliRunner()


@pytest.fixture(scope="module")
def shells(web_db):
    path, _ = web_db
    with TestClient(create_app(path)) as c:
        yield path, c


def _cli(db, *args):
    return runner.invoke(cli, ["search", "nato", "--db", db, *args], terminal_width=300)


@pytest.mark.parametrize(
    "bad", ["2025-2-3", "20250203", "2025-W06-1", "2025-02-30", "yesterday", "03/02/2025", " "]
)
def test_a_bound_that_is_no_day_is_refused_alike(shells, bad):
    db, web = shells
    res = _cli(db, "--from", bad)
    assert res.exit_code == 2, res.output
    assert f"--from {bad!r} is not a day: give YYYY-MM-DD" in res.output
    r = web.get("/api/search", params={"q": "nato", "date_to": bad})
    assert r.status_code == 422
    (detail,) = r.json()["detail"]
    assert detail["loc"] == ["query", "date_to"]
    assert detail["msg"] == f"date_to {bad!r} is not a day: give YYYY-MM-DD"


def test_an_inverted_range_is_refused_alike(shells):
    db, web = shells
    res = _cli(db, "--from", "2024-07-13", "--to", "2024-07-12")
    assert res.exit_code == 2 and "--to 2024-07-12 is before --from 2024-07-13" in res.output
    r = web.get("/api/search?q=nato&date_from=2024-07-13&date_to=2024-07-12")
    assert r.json()["detail"][0]["msg"] == "date_to 2024-07-12 is before date_from 2024-07-13"


@pytest.mark.parametrize("good", ["2024-07-13", " 2024-07-13 "])
def test_a_day_is_taken_alike(shells, good):
    db, web = shells
    assert _cli(db, "--from", good).exit_code == 0
    assert web.get("/api/search", params={"q": "nato", "date_from": good}).status_code == 200


def test_a_long_bad_bound_is_shown_cut(shells):
    _, web = shells
    r = web.get("/api/search", params={"q": "nato", "date_from": "9" * 5000})
    assert r.status_code == 422 and len(r.json()["detail"][0]["msg"]) < 120


def test_the_clis_names_filter_the_api_too(shells):
    """/api/search?from=... (the CLI's --from) was ignored without a word:
    every day came back. It is now date_from's other name."""
    _, web = shells
    unfiltered = web.get("/api/search", params={"q": "nato"}).json()
    for name, alias, day in (("date_from", "from", "2099-01-01"), ("date_to", "to", "1999-01-01")):
        by_name = web.get("/api/search", params={"q": "nato", name: day})
        by_alias = web.get("/api/search", params={"q": "nato", alias: day})
        assert by_alias.status_code == 200
        assert by_alias.json() == by_name.json() != unfiltered


def test_a_bound_given_twice_differently_is_refused(shells):
    _, web = shells
    r = web.get("/api/search?q=nato&date_from=2024-07-01&from=2024-07-13")
    assert r.status_code == 422
    (detail,) = r.json()["detail"]
    assert detail["loc"] == ["query", "from"]
    assert "disagree" in detail["msg"]
    same = web.get("/api/search?q=nato&date_from=2024-07-13&from=2024-07-13")
    assert same.status_code == 200
