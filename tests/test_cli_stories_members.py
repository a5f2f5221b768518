"""`newsline stories` reads each story's members (id, language, source) from
the store once: the store's list of stories reads them all in one query (it
read each story's sources, then its ids, one query each, and the Markdown
listing then read them all a third time). The lists it gives are pinned
against the store's own tables (the same on 3427268)."""

from __future__ import annotations

import json
import sqlite3

import pytest
from typer.testing import CliRunner

from newsline.cli import app
from newsline.store import Store

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from pathlib import Path

    corpus = Path(__file__).resolve().parents[1] / "src" / "newsline" / "sample_corpus"
    path = str(tmp_path_factory.mktemp("members") / "n.db")
    res = runner.invoke(app, ["run", str(corpus), "--db", path, "-q"])
    assert res.exit_code == 0, res.output
    return path


def _members(db) -> dict[str, list[tuple[str, str | None, str]]]:
    conn = sqlite3.connect(db)
    out: dict[str, list[tuple[str, str | None, str]]] = {}
    for sid, doc_id, lang, source in conn.execute(
        "SELECT s.story_id, d.id, d.lang, d.source FROM story_documents s "
        "JOIN documents d ON d.id = s.doc_id"
    ):
        out.setdefault(sid, []).append((doc_id, lang, source))
    conn.close()
    return out


def test_the_stories_read_their_members_in_one_query(db):
    with Store(db) as store:
        asked: list[str] = []
        store.conn.set_trace_callback(asked.append)
        stories = store.stories()
        store.conn.set_trace_callback(None)
    assert len(stories) >= 2
    assert sum("story_documents" in q for q in asked) == 1, asked


def test_each_story_lists_its_documents_sources_and_ids(db):
    members = _members(db)
    got = json.loads(runner.invoke(app, ["stories", "--db", db]).output)["stories"]
    assert got and {s["id"] for s in got} == set(members)
    for s in got:
        assert s["documents"] == sorted(m[2] for m in members[s["id"]])
    with Store(db) as store:
        for s in store.stories():
            assert sorted(s["document_ids"]) == sorted(m[0] for m in members[s["id"]])


def test_a_storys_sources_and_ids_are_in_one_order(db):
    """`documents[i]` is the source of `document_ids[i]`: a reader zipping the
    two lists pairs each path with its own id (each list was sorted on its own,
    so the first path was paired with the smallest id, another page's)."""
    members = _members(db)
    got = json.loads(runner.invoke(app, ["stories", "--db", db]).output)["stories"]
    assert any(len(s["document_ids"]) > 1 for s in got)
    for s in got:
        source_of = {m[0]: m[2] for m in members[s["id"]]}
        assert len(s["documents"]) == len(s["document_ids"])
        assert [source_of[i] for i in s["document_ids"]] == s["documents"]


@pytest.mark.parametrize("level", ["story", "topic"])
def test_the_markdown_listing_names_every_member_once(db, level):
    res = runner.invoke(app, ["stories", "-f", "md", "--level", level, "--db", db])
    assert res.exit_code == 0, res.output
    rows = [x for x in res.output.splitlines() if x.startswith("- ")]
    every = [m for ms in _members(db).values() for m in ms]
    assert len(rows) == len(set(every))
    for doc_id, _lang, _source in every:
        assert sum(f"`{doc_id}`" in x for x in rows) == 1, doc_id
