"""A date or a range is written one way everywhere: a one-day story read
"2025-04-08 – 2025-04-08" in `newsline stories -f md` and on the web app's
stories page, and a story with only a start read "2024-05-02 – …" on the web
but "2024-05-02" in the CLI. Stories invented for this test."""

from __future__ import annotations

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsline.cli import app
from newsline.store import Store
from newsline.web.app import create_app

runner = CliRunner()

STORIES = {
    "s-one-day": ("Ferry service resumes in Penang", "2025-04-08", "2025-04-08"),
    "s-week": ("Port strike in Gdańsk", "2025-03-31", "2025-04-06"),
    "s-open": ("Drought in Chiang Mai", "2024-05-02", None),
}


def test_span_text():
    from newsline.days import span_text

    assert span_text("2025-03-31", "2025-04-06") == "2025-03-31 – 2025-04-06"
    assert span_text("2025-04-08", "2025-04-08") == "2025-04-08"
    assert span_text("2025", None) == "2025"
    assert span_text(None, None) == ""


def _db(tmp_path):
    path = tmp_path / "spans.db"
    with Store(str(path)) as store:
        store.write_corpus_tables(
            {
                "stories": [
                    {
                        "id": sid,
                        "title": t,
                        "languages": ["en"],
                        "start": a,
                        "end": b,
                        "documents": [],
                    }
                    for sid, (t, a, b) in STORIES.items()
                ]
            }
        )
    return path


def test_stories_markdown_and_web_write_spans_alike(tmp_path):
    path = _db(tmp_path)
    md = runner.invoke(app, ["stories", "--db", str(path), "-f", "md"]).output
    with TestClient(create_app(path)) as client:
        html = client.get("/").text
    for text in (md, html):
        assert "2025-04-08 – 2025-04-08" not in text
        assert "2025-03-31 – 2025-04-06" in text
        assert "2024-05-02 – …" not in text
    assert "· 2025-04-08 ·" in md and "· 2024-05-02 ·" in md
    assert ">2025-04-08<" in html and ">2024-05-02<" in html
