"""Search counts documents, but shows one hit per page (versions and exact copies
fold into it): the search page says so, and a page number past the last hit
points back to a page that has hits, never to itself."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsline.cli import app as cli
from newsline.web.app import PAGE_SIZE, create_app

# Invented notices of a fictional harbour town, each one also reposted word for word
# by an aggregator under another name: 2 documents per page of text.
N_PAGES = PAGE_SIZE - 4


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    root = tmp_path_factory.mktemp("folded")
    pages = root / "pages"
    pages.mkdir()
    for i in range(N_PAGES):
        text = (
            f"Harbour notice {i}: the Quillmoor ferry timetable changes on pier {i}\n\n"
            f"From next week the ferry to pier {i} of Quillmoor leaves {i + 3} minutes "
            f"earlier on weekdays, the harbour office said in its notice number {i * 7 + 11}.\n"
        )
        (pages / f"notice_{i:02d}.txt").write_text(text, "utf-8")
        (pages / f"repost_{i:02d}.txt").write_text(text, "utf-8")
    (pages / "lighthouse.txt").write_text(
        "The Tarnby lighthouse reopens\n\nThe lighthouse at Tarnby reopens to visitors "
        "on Saturday after its lamp was repaired, the town council said.\n",
        "utf-8",
    )  # a page stored once: its own hit
    db = str(root / "f.db")
    res = CliRunner().invoke(cli, ["run", str(pages), "--db", db, "-q", "--workers", "1"])
    assert res.exit_code == 0, res.output
    with TestClient(create_app(db, build_index=False)) as c:
        yield c


def test_search_page_says_the_documents_are_shown_as_fewer_pages(client):
    r = client.get("/search?q=quillmoor")
    assert r.status_code == 200
    text = " ".join(r.text.split())
    assert f"<b>{2 * N_PAGES}</b> documents" in text
    assert f"(as {N_PAGES} pages: versions and exact copies of a page are one hit)" in text


def test_a_page_past_the_last_hit_links_to_a_page_with_hits(client):
    # 2 * N_PAGES documents would fill two pages; their hits fill one
    r = client.get("/search?q=quillmoor&page=2")
    assert r.status_code == 200
    assert "is past the last page" in r.text
    targets = re.findall(r"page=(\d+)\">Go to page", r.text)
    assert targets == ["1"]
    r = client.get("/search?q=quillmoor&page=1")
    assert r.text.count('class="hit card"') == N_PAGES


def test_no_note_when_every_document_is_its_own_hit(client):
    r = client.get("/search?q=lighthouse")
    assert r.status_code == 200
    assert "<b>1</b> document" in r.text and "are one hit" not in r.text
    r = client.get("/search?q=zzyzx")
    assert "are one hit" not in r.text and "Nothing found" in r.text


def test_a_page_far_past_the_end_links_straight_to_the_last_page_with_hits(client):
    # By documents there would be two pages; by hits there is one. Page 5 must
    # not be sent to page 2 (empty too, one more hop) nor count documents.
    r = client.get("/search?q=quillmoor&page=5")
    assert r.status_code == 200
    text = " ".join(r.text.split())
    assert re.findall(r"page=(\d+)\">Go to page", r.text) == ["1"]
    assert f"there are {N_PAGES} results" in text
    api = client.get("/api/search?q=quillmoor&offset=200").json()
    assert api["hits"] == [] and api["hits_total"] == N_PAGES


def test_hits_total_is_unknown_while_more_pages_follow(client):
    api = client.get("/api/search?q=quillmoor&limit=10").json()
    assert api["more"] is True and api["hits_total"] is None
    api = client.get(f"/api/search?q=quillmoor&limit={N_PAGES}").json()
    assert api["more"] is False and api["hits_total"] == N_PAGES
