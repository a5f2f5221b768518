"""`newsline timeline --story ID --format json` names its story (id and
title) and every event names its story (`story_id`): a saved JSON timeline
said neither, so a file of one story, or of all of them mixed, could not be
told apart or traced back. Failed at 20f94bdf."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsline.cli import app
from newsline.store import Store
from newsline.timeline import render_timeline

runner = CliRunner()
TITLE = "Κατολίσθηση στη Ζαγορά: δρόμος κλειστός «για μέρες»"


def _event(eid, day, story, doc):
    return {
        "id": eid,
        "date": day,
        "text": f"Γεγονός {eid}.",
        "story_id": story,
        "sources": [{"doc_id": doc, "source": f"gr/{doc}.html", "quote": "…", "lang": "el"}],
    }


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("tlj") / "t.db")
    with Store(path) as store:
        store.write_corpus_tables(
            {
                "stories": [
                    {"id": "s-zag", "title": TITLE, "languages": ["el"], "documents": ["d1"]},
                    {"id": "s-bare", "title": None, "languages": ["el"], "documents": ["d2"]},
                ],
                "events": [
                    _event("e1", "2024-02-11", "s-zag", "d1"),
                    _event("e2", "2024-02-12", "s-bare", "d2"),
                ],
            }
        )
    return path


def _json(db, *args):
    res = runner.invoke(app, ["timeline", "--db", db, "-f", "json", *args])
    assert res.exit_code == 0, res.output
    return json.loads(res.output)


def test_a_storys_json_timeline_names_the_story_first(db):
    out = _json(db, "--story", "s-zag")
    assert list(out) == ["story", "events"]
    assert out["story"] == {"id": "s-zag", "title": TITLE}
    assert [e["story_id"] for e in out["events"]] == ["s-zag"]


def test_key_dates_keep_the_story_and_an_untitled_story_has_a_null_title(db):
    out = _json(db, "--story", "s-zag", "--top", "3")
    assert list(out) == ["story", "key_dates", "events"]
    assert _json(db, "--story", "s-bare")["story"] == {"id": "s-bare", "title": None}


def test_the_whole_timeline_says_each_events_story(db):
    out = _json(db)
    assert "story" not in out
    assert [e["story_id"] for e in out["events"]] == ["s-zag", "s-bare"]


def test_events_without_a_story_keep_the_old_shape():
    ev = {"date": "2024-01-01", "text": "x", "sources": [], "flags": []}
    out = json.loads(render_timeline([ev], "json"))
    assert list(out) == ["events"] and "story_id" not in out["events"][0]
