"""The issue's "done when", on the bundled sample corpus run through the real
pipeline: find the story, read its timeline with quotes, open a document and
see what was set aside and why, search in Vietnamese, Thai and Chinese."""

from __future__ import annotations

import re
import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_client(tmp_path_factory):
    from pathlib import Path

    from newsline.runner import run_corpus
    from newsline.web.app import create_app

    corpus = Path(__file__).resolve().parents[2] / "src" / "newsline" / "sample_corpus"
    if not corpus.is_dir():
        pytest.skip("sample corpus not present")
    db = str(tmp_path_factory.mktemp("demo") / "demo.db")
    run_corpus([str(corpus)], db)
    with TestClient(create_app(db)) as c:
        yield c


def test_story_timeline_and_documents(demo_client):
    stories = demo_client.get("/api/stories").json()["stories"]
    assert stories, "the pipeline built no story"
    multi = max(stories, key=lambda s: (len(s["languages"]), s["events"]))
    html = demo_client.get(f"/stories/{multi['id']}").text
    assert '<svg class="timeline"' in html
    langs = set(re.findall(r'<blockquote class="quote"\s+lang="([a-z-]+)"', html))
    assert len(langs) >= 2, langs  # quotes in their original languages
    doc_ids = re.findall(r'href="/documents/([0-9a-f]+)"', html)
    assert doc_ids
    # Some document of the corpus has set-aside blocks, struck through with a reason.
    found = False
    for d in demo_client.get("/api/documents?limit=50").json()["documents"]:
        page = demo_client.get(f"/documents/{d['id']}").text
        if "<del>" in page and 'class="why"' in page:
            found = True
            break
    assert found


@pytest.mark.parametrize(
    "q, lang",
    [("me kong", "vi"), ("Mê Kông", "vi"), ("เวียงจันทน์", "th"), ("湄公", "zh"), ("湄公河", "zh")],
)
def test_search_three_scripts(demo_client, q, lang):
    body = demo_client.get("/api/search", params={"q": q}).json()
    assert body["hits"], q
    assert lang in {h["lang"] for h in body["hits"]}
    assert all("<mark>" in h["snippet_html"] or "<mark>" in h["title_html"] for h in body["hits"])


def test_report_of_the_demo(demo_client, tmp_path):
    from newsline.web.report import write_report

    out = write_report(demo_client.app.state.db_path, tmp_path / "r.html")
    html = out.read_text(encoding="utf-8")
    assert html.count('<svg class="timeline"') >= 1 and '<svg class="chart"' in html
