"""A language filter typed in capitals (``--lang VI``) is the stored code
(``vi``) for `newsline export`, `stories` and `search` alike, where it
matched nothing and exported nothing without a word; and `export` names a
language or flag kind no stored document has (``--exclude-flag spamm``
silently exported everything), with the ones stored. The count of what the
filters left out is a number, not "the others" when there were none.
Each assertion on the new behaviour failed at eb8935f3."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsline.cli import app
from newsline.export import ExportFilter
from newsline.model import Block, Document, Flag
from newsline.store import Store

runner = CliRunner()

PAGES = [
    ("vi/a.txt", "vi", "Ủy ban nhân dân tỉnh Cà Mau họp về đê biển ngày 4/3/2024.", []),
    ("id/b.txt", "id", "Pemerintah Kota Medan membuka jembatan baru pada hari Senin.", []),
    ("id/c.txt", "id", "Beli sekarang! Diskon besar untuk semua produk hari ini.", ["spam"]),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("spell") / "s.db")
    docs = [
        Document(
            id=f"d{i}",
            source=src,
            text=text,
            lang=lang,
            blocks=[Block(0, len(text), "body", lang)],
            flags=[Flag(k, "planted") for k in kinds],
        )
        for i, (src, lang, text, kinds) in enumerate(PAGES)
    ]
    with Store(path) as store:
        run = store.start_run(["corpus"])
        store.write_batch(run, docs)
        store.finish_run(run, {"read": 3})
        store.write_corpus_tables(
            {
                "stories": [
                    {"id": f"s{i}", "title": d.source, "languages": [d.lang], "documents": [d.id]}
                    for i, d in enumerate(docs)
                ]
            }
        )
    return path


def _run(*args):
    res = runner.invoke(app, list(args), env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    return res.output


def test_export_reads_a_language_in_capitals_as_its_code(db):
    out = _run("export", "--db", db, "--lang", "ID", "-o", "-")
    langs = [json.loads(line)["lang"] for line in out.splitlines() if line.startswith("{")]
    assert langs == ["id", "id"]
    assert ExportFilter.of(["VI, Id"]).langs == {"vi", "id"}


def test_stories_and_search_read_a_language_in_capitals_as_its_code(db):
    stories = json.loads(_run("stories", "--db", db, "--lang", "VI"))["stories"]
    assert [s["title"] for s in stories] == ["vi/a.txt"]
    assert "vi/a.txt" in _run("search", "--db", db, "--lang", "VI", "Cà Mau")


def test_export_names_a_language_or_flag_no_document_has(db):
    said = " ".join(_run("export", "--db", db, "--exclude-flag", "spamm", "-o", "-").split())
    assert "no document in" in said and "flag kind 'spamm'; those stored are: spam" in said
    assert "exported 3 of 3 documents (0 left out by the filters)" in said
    said = " ".join(_run("export", "--db", db, "--lang", "vn,vi", "-o", "-").split())
    assert "language 'vn'; those stored are: id, vi" in said
    assert "exported 1 of 3 documents (2 left out by the filters)" in said
    # a filter naming what is stored says nothing more
    assert "note:" not in _run("export", "--db", db, "--exclude-flag", "spam", "-o", "-")


def test_search_names_a_language_no_document_has(db):
    # "vn" (the country) for "vi" (the language): no hits, and a note saying why
    said = " ".join(_run("search", "--db", db, "--lang", "vn", "Cà Mau").split())
    assert "no documents match" in said
    assert "no document in" in said and "language 'vn'; those stored are: id, vi" in said
    # a stored language with no hit is no typo: no note
    assert "note:" not in _run("search", "--db", db, "--lang", "id", "Cà Mau")
