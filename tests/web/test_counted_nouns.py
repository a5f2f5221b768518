"""Counts on the web pages and in the report read as words ("1 document",
"3 events"), as the command line says them, not "1 document(s)"."""

from __future__ import annotations

import re
import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from newsline.store import Store
from newsline.web.app import create_app
from newsline.web.report import render_report


@pytest.fixture(scope="module")
def pages(web_db):
    path, _ = web_db
    with TestClient(create_app(path)) as c:
        story_id = c.get("/api/stories").json()["stories"][0]["id"]
        got = {
            "/": c.get("/").text,
            "/documents": c.get("/documents").text,
            "/search": c.get("/search", params={"q": "the"}).text,
            "/runs": c.get("/runs").text,
            "/story": c.get(f"/stories/{story_id}").text,
        }
    with Store(path, readonly=True) as store:
        got["report"] = render_report(store, "web.db")
    return got


def test_no_page_writes_a_noun_with_s_in_brackets(pages):
    for name, html in pages.items():
        text = re.sub(r"http\(s\)", "", html)
        assert not re.search(r"\w\(s\)", text), (name, re.findall(r".{30}\w\(s\)", text)[:3])


def test_counts_agree_with_their_nouns(pages):
    for name, html in pages.items():
        text = re.sub(r"<[^>]+>", " ", html)
        for n, noun in re.findall(r"\b(\d+) (documents?|docs?|events?|sites?|sources?)\b", text):
            assert (n == "1") == (not noun.endswith("s")), (name, n, noun)


def test_counted_filter():
    from newsline.web.app import counted

    assert counted(1, "event") == "1 event"
    assert counted(0, "event") == "0 events"
    assert counted(12, "site") == "12 sites"
    assert counted(None, "doc") == "0 docs"
