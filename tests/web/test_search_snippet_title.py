"""Search snippets come from the body and never repeat the title shown above them.

Invented pages in several sites' styles: the cleaned text keeps the headline
block, so a snippet cut from its start (or around a title match) said the
title twice.
"""

from __future__ import annotations

import pytest

from newsline.model import Block, Document, make_doc_id
from newsline.store import Store
from newsline.web.search import search


def _page(source: str, title: str | None, lines: list[tuple[str, str]], lang: str) -> Document:
    text, blocks = "", []
    for i, (t, label) in enumerate(lines):
        if i:
            text += "\n"
        blocks.append(Block(len(text), len(text) + len(t), label, lang))
        text += t
    return Document(
        id=make_doc_id(source, text), source=source, text=text, blocks=blocks, title=title, lang=lang
    )


PT = _page(
    "/sites/folha-x/eleicoes.html",
    "Eleições municipais: abstenção recorde em Lisboa",
    [
        ("Eleições municipais: abstenção recorde em Lisboa", "title"),
        ("Menu | Política | Economia", "navigation"),
        ("A participação caiu para 38% no domingo, segundo a comissão eleitoral.", "body"),
    ],
    "pt",
)
# The metadata title carries a site suffix the headline block does not.
DE = _page(
    "/sites/blatt-y/hochwasser.html",
    "Hochwasser am Rhein: Pegel steigt weiter | Rheinblatt",
    [
        ("Hochwasser am Rhein: Pegel steigt weiter", "title"),
        ("In Köln wurden am Morgen 8,1 Meter gemessen; der Rhein bleibt gesperrt.", "body"),
    ],
    "de",
)
# Near miss: the body merely mentions a word of the title; that line stays.
ID = _page(
    "/sites/kabar-z/banjir.html",
    "Banjir Jakarta",
    [
        ("Banjir Jakarta", "title"),
        (
            "Banjir Jakarta kali ini merendam tiga kecamatan dan ribuan rumah warga di utara.",
            "body",
        ),
    ],
    "id",
)


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    path = tmp_path_factory.mktemp("snip") / "s.db"
    with Store(path) as s:
        s.write_batch(s.start_run(["x"]), [PT, DE, ID])
        yield s.conn


def _hit(conn, query, doc):
    return next(h for h in search(conn, query).hits if h.id == doc.id)


def test_title_only_match_shows_the_body_not_the_title_again(conn):
    hit = _hit(conn, "abstenção", PT)
    assert "<mark>" in hit.title_html
    assert "abstenção" not in hit.snippet_html and "Eleições" not in hit.snippet_html
    assert hit.snippet_html.startswith("A participação caiu")


def test_body_match_is_the_snippet_when_title_and_body_both_match(conn):
    hit = _hit(conn, "rhein", DE)
    assert "Pegel steigt" not in hit.snippet_html  # the headline block, less the site suffix
    assert "<mark>Rhein</mark> bleibt gesperrt" in hit.snippet_html


def test_a_body_sentence_that_starts_like_the_title_is_kept(conn):
    hit = _hit(conn, "kecamatan", ID)
    assert "<mark>kecamatan</mark>" in hit.snippet_html
    assert "Banjir Jakarta kali ini" in hit.snippet_html


def test_body_without_title_near_misses():
    from newsline.web.search import body_without_title

    assert body_without_title("Headline\nBody text.", None) == "Headline\nBody text."
    assert body_without_title("", "Headline") == ""
    # A line holding the title inside a longer sentence is body, not the title.
    text = "Storm hits coast\nWhy the storm hits coast towns hardest every single autumn, explained."
    assert body_without_title(text, "Storm hits coast").startswith("Why the storm")
    # Accents and case do not make a repeated title another line.
    assert body_without_title("HÀ NỘI MỞ CỬA\nNội dung.", "Hà Nội mở cửa") == "Nội dung."
    big = "x" * 100_000
    assert body_without_title(big + "\n" + big, "x") == big + "\n" + big


def test_cli_marks_the_title_in_its_heading_and_quotes_the_body(tmp_path):
    """`newsline search --format md`: the match in the title is bold in the
    heading; the quoted snippet is the body, not the headline again."""
    from typer.testing import CliRunner

    from newsline.cli import app

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "fr_port.txt").write_text(
        "Grève au port de Marseille : les dockers bloquent les quais\n\n"
        "Le mouvement, lancé mardi par deux syndicats, retarde une trentaine de navires "
        "et inquiète les transporteurs de la région.\n",
        "utf-8",
    )
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    res = runner.invoke(app, ["run", str(pages), "--db", db, "-q", "--workers", "1"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["search", "dockers", "--db", db, "--format", "md"])
    assert res.exit_code == 0, res.output
    heading = next(line for line in res.stdout.splitlines() if line.startswith("## "))
    quote = next(line for line in res.stdout.splitlines() if line.startswith("> "))
    assert "**dockers**" in heading
    assert quote.startswith("> Le mouvement") and "dockers" not in quote
