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


def test_run_and_runs_say_how_many_new_documents_are_changed_pages(tmp_path):
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    db = str(tmp_path / "w.db")
    (crawl / "piraeus.txt").write_text(FIRST, "utf-8")
    (crawl / "hue.txt").write_text(
        "Sông Hương dâng cao sau ba ngày mưa lớn ở Huế, hàng trăm hộ dân phải sơ tán.\n", "utf-8"
    )
    first = runner.invoke(app, ["run", str(crawl), "--db", db, "-q", "--workers", "1"])
    assert first.exit_code == 0 and "changed" not in first.output, first.output
    # next day: one page updated, one new page, and a copy of the first day's
    # Huế page under another name (same text: a copy, not a new version)
    (crawl / "piraeus.txt").write_text(UPDATED, "utf-8")
    (crawl / "valencia.txt").write_text(
        "El puerto de Valencia amplía sus muelles para recibir buques más grandes.\n", "utf-8"
    )
    (crawl / "hue-copy.txt").write_bytes((crawl / "hue.txt").read_bytes())
    res = runner.invoke(app, ["run", str(crawl), "--db", db, "-q", "--workers", "1"])
    assert res.exit_code == 0, res.output
    # "3 new" alone hid that one of them is a page already stored, changed
    assert "3 new (1 a changed version of a page already stored)" in res.output, res.output
    runs = runner.invoke(app, ["runs", "--db", db]).output
    line2 = next(x for x in runs.splitlines() if x.startswith("run 2"))
    line1 = next(x for x in runs.splitlines() if x.startswith("run 1"))
    assert "new=3 new_versions=1" in line2, runs
    assert "new_versions" not in line1, runs


def test_run_corpus_reports_new_versions(tmp_path):
    from newsline.runner import run_corpus
    from newsline.settings import Settings

    page = tmp_path / "piraeus.txt"
    page.write_text(FIRST, "utf-8")
    db = tmp_path / "w.db"
    settings = Settings(workers=1)
    assert run_corpus([page], db, settings=settings).report.new_versions == 0
    page.write_text(UPDATED, "utf-8")
    report = run_corpus([page], db, settings=settings).report
    assert (report.processed, report.new_versions) == (1, 1)
    assert report.to_dict()["new_versions"] == 1


def test_run_help_names_every_format_the_readers_take():
    # CSV, news XML and bzip2/xz/zstd were read but not named: a user with a
    # CSV export took it for unsupported
    res = runner.invoke(app, ["run", "--help"])
    text = " ".join(res.output.replace("│", " ").split())  # help wrapped in a box
    for name in (".csv", ".tsv", "NITF", "NewsML", "bzip2", "xz", "zstd", ".warc.wet", ".md"):
        assert name in text, name
    assert "No progress bar and no per-stage table" in text


def test_report_under_a_markdown_name_says_it_is_html(tmp_path):
    page = tmp_path / "piraeus.txt"
    page.write_text(FIRST, "utf-8")
    db = str(tmp_path / "w.db")
    _run(page, db)
    res = runner.invoke(app, ["report", "--db", db, "-o", str(tmp_path / "week.md")])
    assert res.exit_code == 0, res.output
    assert "the report is HTML" in res.output and "timeline -f md" in res.output
    res = runner.invoke(app, ["report", "--db", db, "-o", str(tmp_path / "week.html")])
    assert res.exit_code == 0 and "note:" not in res.output, res.output


def test_a_run_with_other_settings_says_stored_documents_keep_theirs(tmp_path):
    import warnings

    from newsline.runner import run_corpus
    from newsline.settings import Settings

    crawl = tmp_path / "crawl"
    crawl.mkdir()
    (crawl / "piraeus.txt").write_text(FIRST, "utf-8")
    db = str(tmp_path / "w.db")
    tuned = Settings(workers=1)
    tuned.dedup.threshold = 0.6
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the first run over an empty database: nothing to say
        report = run_corpus([crawl], db, settings=tuned).report
    assert report.settings == {"dedup.threshold": 0.6}
    runs = runner.invoke(app, ["runs", "--db", db]).output
    assert "settings: dedup.threshold=0.6" in runs, runs
    # the next day from the command line, with the defaults: the stored
    # document keeps its links made at 0.6, silently
    (crawl / "hue.txt").write_text(
        "Sông Hương dâng cao sau ba ngày mưa lớn ở Huế, hàng trăm hộ dân phải sơ tán.\n", "utf-8"
    )
    res = runner.invoke(app, ["run", str(crawl), "--db", db, "-q", "--workers", "1"])
    assert res.exit_code == 0, res.output
    text = " ".join(res.output.split())
    assert "settings differ from run 1's (dedup.threshold: 0.6 → 0.8)" in text, res.output
    assert "already stored keep" in text
    # the same settings again (other workers: no result changes) say nothing
    (crawl / "valencia.txt").write_text(
        "El puerto de Valencia amplía sus muelles para recibir buques más grandes.\n", "utf-8"
    )
    res = runner.invoke(app, ["run", str(crawl), "--db", db, "-q", "--workers", "2"])
    assert res.exit_code == 0 and "settings differ" not in res.output, res.output
    assert "settings:" not in runner.invoke(app, ["runs", "--db", db]).output.split("run 2")[0]


def test_runs_counts_the_copies_each_run_found_and_no_other_runs(tmp_path):
    from newsline.store import Store

    day1, day2 = tmp_path / "day1", tmp_path / "day2"
    day1.mkdir()
    day2.mkdir()
    # a wire story and its repost on another site, the same day
    (day1 / "wire.txt").write_text(FIRST, "utf-8")
    (day1 / "repost.txt").write_text(FIRST, "utf-8")
    db = str(tmp_path / "w.db")
    _run(day1, db)
    with Store(db) as store:  # a dedup state this version cannot read: rebuilt
        store.conn.execute("DELETE FROM stage_state WHERE name='dedup'")
        store.conn.commit()
    (day2 / "hue.txt").write_text(
        "Sông Hương dâng cao sau ba ngày mưa lớn ở Huế, hàng trăm hộ dân phải sơ tán.\n", "utf-8"
    )
    _run(day2, db)
    runs = runner.invoke(app, ["runs", "--db", db]).output
    line1 = next(x for x in runs.splitlines() if x.startswith("run 1"))
    line2 = next(x for x in runs.splitlines() if x.startswith("run 2"))
    assert "exact_copies=1" in line1, runs
    # the rebuilt state found day one's copy again: it was counted as day two's
    assert "exact_copies" not in line2, runs


def test_run_summary_shows_each_stage_counter_whole(tmp_path):
    from collections import Counter

    from newsline.cli import _counters_text

    many = Counter({f"label_{name}": 3 for name in "abcdefghijklmnopq"})
    many["flags.set_aside_foreign"] = 0
    text = _counters_text(many)
    shown = text.split(", ")
    assert shown[-1].startswith("+6 more"), text
    assert all(x in [f"{k}={v}" for k, v in many.items()] for x in shown[:-1]), text
    assert _counters_text(Counter({"events": 28})) == "events=28"
    # in the printed table no counter is cut with "…" (it is folded)
    page = tmp_path / "piraeus.txt"
    page.write_text(FIRST, "utf-8")
    res = runner.invoke(app, ["run", str(page), "--db", str(tmp_path / "w.db"), "--workers", "1"])
    assert res.exit_code == 0 and "per stage" in res.output, res.output
    assert "…" not in res.output.split("per stage", 1)[1], res.output
