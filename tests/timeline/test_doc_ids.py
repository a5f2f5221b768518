"""Every timeline source names the stored document it quotes, in every format,
so that `newsline show DOC_ID` opens the page behind a quote."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from newsline.cli import app
from newsline.store import Store

runner = CliRunner()

# Two pages, two languages, one dated happening (written for this test).
PAGES = {
    "en.html": (
        "<html><head><title>Lisbon bridge reopens after repairs</title>"
        '<meta name="date" content="2024-06-12"></head><body><article>'
        "<h1>Lisbon bridge reopens after repairs</h1>"
        "<p>The bridge over the Tagus river in Lisbon reopened to traffic on June 10, 2024, "
        "after eight months of repair work.</p>"
        "<p>City officials said the work cost 42 million euros and that tolls would not rise.</p>"
        "</article></body></html>"
    ),
    "vi.html": (
        "<html><head><title>Cầu ở Lisbon thông xe trở lại sau sửa chữa</title>"
        '<meta name="date" content="2024-06-11"></head><body><article>'
        "<h1>Cầu ở Lisbon thông xe trở lại sau sửa chữa</h1>"
        "<p>Cây cầu bắc qua sông Tagus ở Lisbon đã thông xe trở lại vào ngày 10/6/2024 "
        "sau tám tháng sửa chữa.</p>"
        "<p>Chính quyền thành phố cho biết công trình tốn 42 triệu euro và phí cầu đường "
        "sẽ không tăng.</p>"
        "</article></body></html>"
    ),
}


def _db(tmp_path) -> str:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, page in PAGES.items():
        (corpus / name).write_text(page, "utf-8")
    db = str(tmp_path / "t.db")
    res = runner.invoke(app, ["run", str(corpus), "--db", db, "-q"])
    assert res.exit_code == 0, res.output
    return db


def test_timeline_sources_carry_stored_document_ids(tmp_path):
    db = _db(tmp_path)
    res = runner.invoke(app, ["timeline", "--db", db, "--format", "json"])
    assert res.exit_code == 0, res.output
    events = json.loads(res.output)["events"]
    sources = [s for e in events for s in e["sources"]]
    assert {s["lang"] for s in sources} == {"en", "vi"}
    store = Store(db)
    try:
        for s in sources:
            # the old keys are all still there, beside the new one
            assert {"source", "quote", "lang", "start", "end", "doc_id"} == set(s)
            doc = store.get_document(s["doc_id"])
            assert doc is not None, s
            assert doc.source.endswith(s["source"].rsplit("/", 1)[-1])
            assert doc.text[s["start"] : s["end"]] == s["quote"]
    finally:
        store.close()
    # and the id is one `newsline show` accepts
    for s in sources:
        shown = runner.invoke(app, ["show", s["doc_id"], "--db", db])
        assert shown.exit_code == 0, shown.output
        assert s["doc_id"] in shown.output


def test_markdown_and_html_show_the_document_ids(tmp_path):
    db = _db(tmp_path)
    ids = {
        s["doc_id"]
        for e in json.loads(runner.invoke(app, ["timeline", "--db", db]).output)["events"]
        for s in e["sources"]
    }
    assert len(ids) == 2
    md = runner.invoke(app, ["timeline", "--db", db, "-f", "md"]).output
    page = runner.invoke(app, ["timeline", "--db", db, "-f", "html"]).output
    for i in ids:
        assert f"`{i}`" in md
        assert f">doc {i}<" in page
