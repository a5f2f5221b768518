"""A JSON Lines / JSON / CSV record's publication name is read (sitename,
publisher, source_domain, ...): it was dropped, so a feed's documents had no
site on any page or export, and re-reading newsline's own export lost the
sitename every record carries."""

from __future__ import annotations

import json

from newsline.model import Document
from newsline.readers import read_path
from newsline.settings import Settings

S = Settings()
TEXT = (
    "Los estibadores del puerto de Valparaíso iniciaron el 9 de junio una huelga indefinida "
    "que dejó 14 buques esperando en la bahía."
)


def _docs(path):
    return [d for d in read_path(str(path), S) if isinstance(d, Document)]


def test_jsonl_publication_name_under_the_names_tools_use(tmp_path):
    records = [
        {"url": "https://a.example/1", "text": TEXT, "publisher": "Diario del Puerto"},
        {"url": "https://a.example/2", "text": TEXT + " 2", "source_domain": "puerto.example"},
        {"url": "https://a.example/3", "text": TEXT + " 3", "sitename": "Le Marin"},
        {"url": "https://a.example/4", "text": TEXT + " 4", "来源": "港航资讯"},
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), "utf-8")
    got = [d.sitename for d in _docs(path)]
    assert got == ["Diario del Puerto", "puerto.example", "Le Marin", "港航资讯"]


def test_csv_publisher_column(tmp_path):
    path = tmp_path / "sheet.csv"
    path.write_text(
        f'Title,Publisher,Text\nHuelga,Diario del Puerto,"{TEXT}"\n', "utf-8"
    )
    assert [d.sitename for d in _docs(path)] == ["Diario del Puerto"]


def test_a_record_naming_a_site_keeps_it_over_its_html_meta(tmp_path):
    html = (
        '<html><head><meta property="og:site_name" content="Portal"></head>'
        f"<body><article><p>{TEXT}</p></article></body></html>"
    )
    path = tmp_path / "pages.jsonl"
    path.write_text(
        json.dumps({"url": "https://a.example/h", "html": html, "publisher": "Diario"}), "utf-8"
    )
    assert [d.sitename for d in _docs(path)] == ["Diario"]


def test_source_or_a_record_without_a_site_name_gives_none(tmp_path):
    # near misses: "source" is a URL or path in most feeds (and newsline's
    # export); an html record without a publisher keeps the page's own name
    html = (
        '<html><head><meta property="og:site_name" content="Portal"></head>'
        f"<body><article><p>{TEXT}</p></article></body></html>"
    )
    records = [
        {"url": "https://a.example/s", "text": TEXT, "source": "https://a.example/s"},
        {"url": "https://a.example/p", "html": html},
    ]
    path = tmp_path / "plain.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), "utf-8")
    assert [d.sitename for d in _docs(path)] == [None, "Portal"]


def test_reading_newsline_export_keeps_the_sitename(tmp_path):
    from typer.testing import CliRunner

    from newsline.cli import app
    from newsline.store import Store

    runner = CliRunner()
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.html").write_text(
        '<html lang="es"><head><meta charset="utf-8"><title>Huelga en el puerto</title>'
        '<meta property="og:site_name" content="Diario del Puerto"></head><body><article>'
        f"<h1>Huelga en el puerto</h1><p>{TEXT}</p></article></body></html>",
        "utf-8",
    )
    first, again = str(tmp_path / "a.db"), str(tmp_path / "b.db")
    out = tmp_path / "a.jsonl"
    assert runner.invoke(app, ["run", str(pages), "--db", first, "-q"]).exit_code == 0
    assert runner.invoke(app, ["export", "--db", first, "-o", str(out)]).exit_code == 0
    assert runner.invoke(app, ["run", str(out), "--db", again, "-q"]).exit_code == 0
    with Store(first, readonly=True) as a, Store(again, readonly=True) as b:
        (da,), (db,) = list(a.iter_documents()), list(b.iter_documents())
    assert da.sitename == "Diario del Puerto"
    assert (db.id, db.sitename) == (da.id, da.sitename)
