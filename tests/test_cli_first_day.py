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
