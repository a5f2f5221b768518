"""What an analyst meets when the database grows over days: pages crawled
again after they changed, read into the same database."""

from __future__ import annotations

from typer.testing import CliRunner

from newsline.cli import app

runner = CliRunner()

# An invented story (a ferry strike in Piraeus), its page updated overnight.
FIRST = (
    "Ferry crews in Piraeus began a 48-hour strike on 3 March 2025, leaving 40 ships "
    "in port, the seamen's union said.\n"
)
UPDATED = FIRST + "Update: the union extended the strike to 5 March 2025 after talks failed.\n"


def _run(path, db) -> None:
    res = runner.invoke(app, ["run", str(path), "--db", db, "-q", "--workers", "1"])
    assert res.exit_code == 0, res.output


def test_show_a_page_read_again_after_it_changed_opens_the_latest_and_names_the_other(tmp_path):
    page = tmp_path / "crawl" / "piraeus.txt"
    page.parent.mkdir()
    db = str(tmp_path / "w.db")
    page.write_text(FIRST, "utf-8")
    _run(page.parent, db)
    page.write_text(UPDATED, "utf-8")  # the crawler overwrote the file next day
    _run(page.parent, db)
    res = runner.invoke(app, ["show", str(page), "--db", db])
    assert res.exit_code == 0, res.output
    # the first version was shown, silently, as if the page had never changed
    assert "extended" in res.output, res.output
    assert "2 documents" in res.output and "run 1" in res.output, res.output
    ids = [line.split()[2] for line in res.output.splitlines() if line.startswith("│ id")]
    assert len(ids) == 1
    # the earlier version is still there, by its id
    earlier = res.output.split("Earlier: ", 1)[1].split()[0]
    old = runner.invoke(app, ["show", earlier, "--db", db])
    assert old.exit_code == 0 and "extended" not in old.output, old.output


def test_show_a_page_read_once_says_nothing_more(tmp_path):
    page = tmp_path / "crawl" / "piraeus.txt"
    page.parent.mkdir()
    db = str(tmp_path / "w.db")
    page.write_text(FIRST, "utf-8")
    _run(page.parent, db)
    _run(page.parent, db)  # unchanged: read again, nothing added
    res = runner.invoke(app, ["show", str(page), "--db", db])
    assert res.exit_code == 0 and "Piraeus" in res.output, res.output
    assert "note:" not in res.output
