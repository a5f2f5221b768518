"""`newsline timeline --story ID` heads its Markdown and HTML with the
story's title ("Timeline: TITLE", "N key dates: TITLE" with --top), where a
file of any story's timeline said only "Timeline". The whole corpus's
timeline keeps its heading. Failed at eb8935f3."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from newsline.cli import app
from newsline.store import Store

runner = CliRunner()
TITLE = "Ponte pedonale di Bra inaugurata <dopo> due anni"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("tl") / "t.db")
    source = {
        "doc_id": "d1",
        "source": "it/a.html",
        "quote": "Inaugurata il 3 marzo.",
        "lang": "it",
    }
    with Store(path) as store:
        store.write_corpus_tables(
            {
                "stories": [
                    {"id": "s-bra", "title": TITLE, "languages": ["it"], "documents": ["d1"]},
                    {"id": "s-none", "title": None, "languages": ["it"], "documents": []},
                ],
                "events": [
                    {
                        "id": "e1",
                        "date": "2024-03-03",
                        "text": "Inaugurata il 3 marzo.",
                        "story_id": "s-bra",
                        "sources": [source],
                    }
                ],
            }
        )
    return path


def _timeline(db, *args):
    res = runner.invoke(app, ["timeline", "--db", db, *args])
    assert res.exit_code == 0, res.output
    return res.output


def test_a_storys_timeline_is_headed_by_its_title(db):
    md = _timeline(db, "--story", "s-bra", "-f", "md")
    assert md.splitlines()[0] == "# Timeline: Ponte pedonale di Bra inaugurata \\<dopo\\> due anni"
    html = _timeline(db, "--story", "s-bra", "-f", "html")
    assert re.search(
        r"<h1>Timeline: Ponte pedonale di Bra inaugurata &lt;dopo&gt; due anni</h1>", html
    )


def test_key_dates_heading_names_the_story_too(db):
    md = _timeline(db, "--story", "s-bra", "-f", "md", "--top", "5")
    assert md.splitlines()[0].startswith("# ") and md.splitlines()[0].endswith(
        ": Ponte pedonale di Bra inaugurata \\<dopo\\> due anni"
    )


def test_an_untitled_story_is_named_by_its_id_and_the_whole_timeline_as_before(db):
    assert _timeline(db, "--story", "s-none", "-f", "md").startswith("# Timeline: s-none\n")
    assert _timeline(db, "-f", "md").startswith("# Timeline\n")
