"""What an analyst meets on a first day with the command line: counts that
add up and headings that say what is below them."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from newsline.cli import app

runner = CliRunner()

# An invented story (a harbour strike in Valparaíso) told on two days only.
PAGES = {
    "es_strike.txt": (
        "Huelga portuaria paraliza Valparaíso\n\n"
        "Los estibadores del puerto de Valparaíso iniciaron el 9 de junio de 2025 una huelga "
        "indefinida que dejó 14 buques esperando en la bahía, según la autoridad portuaria.\n\n"
        "El sindicato anunció que votará el 12 de junio de 2025 una propuesta de acuerdo.\n"
    ),
    "fr_strike.txt": (
        "Grève dans le port de Valparaíso\n\n"
        "Les dockers du port de Valparaíso ont lancé le 9 juin 2025 une grève illimitée qui "
        "laisse 14 navires en attente dans la baie, selon l'autorité portuaire.\n\n"
        "Le syndicat votera le 12 juin 2025 sur une proposition d'accord.\n"
    ),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    root = tmp_path_factory.mktemp("firstday")
    pages = root / "pages"
    pages.mkdir()
    for name, text in PAGES.items():
        (pages / name).write_text(text, "utf-8")
    path = str(root / "d.db")
    res = runner.invoke(app, ["run", str(pages), "--db", path, "-q", "--workers", "1"])
    assert res.exit_code == 0, res.output
    return path


def _key_dates(db) -> list[str]:
    res = runner.invoke(app, ["timeline", "--db", db, "--top", "5", "-f", "json"])
    assert res.exit_code == 0, res.output
    return [k["date"] for k in json.loads(res.output)["key_dates"]]


def test_top_heading_counts_the_key_dates_found_not_those_asked_for(db):
    found = _key_dates(db)
    assert 0 < len(found) < 5
    md = runner.invoke(app, ["timeline", "--db", db, "--top", "5", "-f", "md"])
    assert md.exit_code == 0, md.output
    heading = md.output.splitlines()[0]
    assert heading.startswith(f"# {len(found)} key date")
    assert "5 asked for" in heading
    html = runner.invoke(app, ["timeline", "--db", db, "--top", "5", "-f", "html"]).output
    h1 = re.search(r"<h1>([^<]*)</h1>", html).group(1)
    assert h1.startswith(f"{len(found)} key date") and "5 key dates" not in h1


def test_top_heading_when_as_many_are_found_as_asked(db):
    # near miss: --top within what the articles mention reads as before
    n = len(_key_dates(db))
    md = runner.invoke(app, ["timeline", "--db", db, "--top", str(n), "-f", "md"]).output
    assert md.splitlines()[0] == f"# {n} key date{'' if n == 1 else 's'}"


def test_timeline_file_message_counts_its_events_in_words(db, tmp_path):
    out = tmp_path / "t.md"
    # the key day's one event (both pages tell it: merged into one)
    res = runner.invoke(app, ["timeline", "--db", db, "--top", "1", "-f", "md", "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert res.output.startswith("1 event → "), res.output


# -- show FILE for a file read record by record -------------------------------------


@pytest.fixture(scope="module")
def records_db(tmp_path_factory):
    root = tmp_path_factory.mktemp("records")
    feeds = root / "feeds"
    feeds.mkdir()
    lines = [
        {
            "url": f"https://wire.example/{i}",
            "title": title,
            "text": text,
            "published": "2025-06-09",
        }
        for i, (title, text) in enumerate(
            [
                ("Hafenstreik in Valparaíso", "Die Hafenarbeiter streikten ab dem 9. Juni."),
                ("Grève au port", "Les dockers ont cessé le travail le 9 juin au matin."),
            ]
        )
    ]
    body = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines)
    (feeds / "wire.jsonl").write_text(body + '\n{"url": "https://wire.example/cut", "te\n', "utf-8")
    one = {"url": "https://solo.example/a", "title": "Solo", "text": PAGES["es_strike.txt"]}
    (feeds / "solo.jsonl").write_text(json.dumps(one, ensure_ascii=False) + "\n", "utf-8")
    path = str(root / "r.db")
    res = runner.invoke(app, ["run", str(feeds), "--db", path, "-q", "--workers", "1"])
    assert res.exit_code == 0, res.output
    return path, feeds


def test_show_a_feed_file_lists_the_documents_read_from_it(records_db):
    db, feeds = records_db
    for typed in (str(feeds / "wire.jsonl"), "wire.jsonl"):
        res = runner.invoke(app, ["show", typed, "--db", db])
        assert res.exit_code == 2, res.output
        assert "is an input file: 2 documents" in res.output
        assert "https://wire.example/0" in res.output and "https://wire.example/1" in res.output
        assert "1 record of it rejected" in res.output


def test_show_a_file_of_one_record_shows_that_document(records_db):
    db, feeds = records_db
    res = runner.invoke(app, ["show", str(feeds / "solo.jsonl"), "--db", db])
    assert res.exit_code == 0, res.output
    assert "https://solo.example/a" in res.output


def test_show_an_unknown_file_is_still_no_document(records_db):
    # near miss: a file that gave nothing is named as before
    db, feeds = records_db
    res = runner.invoke(app, ["show", str(feeds / "other.jsonl"), "--db", db])
    assert res.exit_code == 2
    assert "no document" in res.output
