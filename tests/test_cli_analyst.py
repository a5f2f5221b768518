"""An analyst's questions on the command line: which pages carry a flag, what was
published or happened between two days, which stories reach several languages,
and a corpus builder's filtered exports."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsline.cli import app

runner = CliRunner()

# Invented pages (a ferry strike in a made-up port, a wine fair): JSON Lines with
# their publication days, so the day filters have something stated to read.
RECORDS = [
    {
        "url": "https://hafenblatt.example/de/faehre-streik",
        "title": "Fährstreik legt den Hafen von Talvik lahm",
        "published": "2025-02-03",
        "text": "Fährstreik legt den Hafen von Talvik lahm\n\n"
        "Am 2. Februar 2025 legten die Fährleute von Talvik die Arbeit nieder. "
        "Die Gewerkschaft fordert höhere Löhne und kürzere Schichten für alle Besatzungen.",
    },
    {
        "url": "https://baocang.example/vi/dinh-cong-pha-talvik",
        "title": "Đình công phà ở cảng Talvik",
        "published": "2025-02-03",
        "text": "Đình công phà ở cảng Talvik\n\n"
        "Ngày 2/2/2025, các thủy thủ phà ở cảng Talvik đã đình công để đòi tăng lương. "
        "Công đoàn cho biết cuộc đình công sẽ kéo dài ít nhất ba ngày.\n\n"
        "Readers of our gardening column asked again about tomato seedlings, compost "
        "heaps and the best time of year to prune apple trees in a cold climate.",
    },
    {
        "url": "https://portnews.example/en/talvik-ferry-strike-ends",
        "title": "Talvik ferry strike ends",
        "published": "2025-02-06",
        "text": "Talvik ferry strike ends\n\n"
        "The ferry strike in Talvik ended on 5 February 2025 after the union accepted "
        "a pay rise of six percent, and crossings resumed the next morning.",
    },
    {
        "url": "https://vinos.example/es/feria-del-vino",
        "title": "La feria del vino de Orvalle abre sus puertas",
        "published": "2025-03-10",
        "text": "La feria del vino de Orvalle abre sus puertas\n\n"
        "La feria del vino de Orvalle abrió el 9 de marzo de 2025 con 200 bodegas. "
        "Los organizadores esperan recibir a más de diez mil visitantes este año.",
    },
]
# the fair's report again, word for word, on an aggregator: an exact copy
RECORDS.append({**RECORDS[3], "url": "https://agregador.example/es/1234"})


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    root = tmp_path_factory.mktemp("analyst")
    feed = root / "feed.jsonl"
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), "utf-8")
    path = str(root / "a.db")
    res = runner.invoke(app, ["run", str(feed), "--db", path, "-q", "--workers", "1"])
    assert res.exit_code == 0, res.output
    return path


def _json(db, *args):
    res = runner.invoke(app, [*args, "--db", db, "--format", "json"])
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


def _urls(payload):
    return sorted(h["url"].rsplit("/", 1)[-1] for h in payload["hits"])


# -- search filters: the web app's, on the command line -----------------------------


def test_search_by_flag_alone_lists_the_flagged_pages_and_their_flags(db):
    res = runner.invoke(app, ["search", "--flag", "foreign_block", "--db", db])
    assert res.exit_code == 0, res.output
    assert "dinh-cong-pha-talvik" in res.stdout and "newest first" in res.stdout
    assert "flags: " in res.stdout and "foreign_block" in res.stdout
    # and why: the flag's reason, under the hit it belongs to
    reason = next(x for x in res.stdout.splitlines() if x.strip().startswith("foreign_block:"))
    assert "Block in en on a vi page" in reason
    md = runner.invoke(app, ["search", "--flag", "foreign_block", "--db", db, "-f", "md"])
    assert "- foreign\\_block: Block in en on a vi page" in md.stdout
    payload = _json(db, "search", "--flag", "foreign_block")
    assert _urls(payload) == ["dinh-cong-pha-talvik"]
    assert "foreign_block" in payload["hits"][0]["flags"]


def test_search_unknown_flag_kind_names_the_kinds_stored(db):
    res = runner.invoke(app, ["search", "--flag", "foreign_blocks", "--db", db])
    assert res.exit_code == 0
    assert "no documents match" in res.stdout
    assert "carries a flag 'foreign_blocks'" in res.stderr and "foreign_block" in res.stderr
    # a stored kind that only this query misses gets no note
    res = runner.invoke(app, ["search", "zzyzx", "--flag", "foreign_block", "--db", db])
    assert res.exit_code == 0 and "carries a flag" not in res.output


def test_search_days_keep_pages_published_in_the_range(db):
    assert _urls(_json(db, "search", "talvik", "--from", "2025-02-04")) == [
        "talvik-ferry-strike-ends"
    ]
    assert _urls(_json(db, "search", "talvik", "--to", "2025-02-03")) == [
        "dinh-cong-pha-talvik",
        "faehre-streik",
    ]
    # bounds are inclusive; a filter alone needs no query
    assert _urls(_json(db, "search", "--from", "2025-03-10", "--to", "2025-03-10")) == [
        "feria-del-vino"
    ]


@pytest.mark.parametrize(
    "args, message",
    [
        (["--from", "2025-2-3"], "not a day"),
        (["--to", "03/02/2025"], "not a day"),
        (["--from", "2025-03-01", "--to", "2025-02-01"], "before --from"),
    ],
)
def test_search_bad_days_are_usage_errors(db, args, message):
    res = runner.invoke(app, ["search", "talvik", *args, "--db", db])
    assert res.exit_code == 2
    assert message in res.output


def test_search_without_query_or_filter_is_still_a_usage_error(db):
    res = runner.invoke(app, ["search", "--db", db])
    assert res.exit_code == 2 and "nothing to search for" in res.output


def test_search_offset_pages_through_every_hit_once(db):
    ids, offset = [], 0
    while True:
        payload = _json(db, "search", "talvik", "--limit", "1", "--offset", str(offset))
        ids += [h["id"] for h in payload["hits"]]
        if not payload["more"]:
            break
        offset += 1
    assert len(ids) == len(set(ids)) == 3  # the strike in de, vi and en
    res = runner.invoke(app, ["search", "talvik", "--limit", "1", "--db", db])
    assert "(hit 1 shown; more with --offset 1)" in res.stdout
    res = runner.invoke(app, ["search", "talvik", "--offset", "50", "--db", db])
    assert res.exit_code == 0
    assert res.stdout.startswith("3 documents match 'talvik': no hits after the first 50")


# -- timeline between two days --------------------------------------------------------


def _event_dates(payload):
    return sorted({e["date"] for e in payload["events"]})


def test_timeline_from_to_keeps_the_events_in_the_range(db):
    every = _event_dates(_json(db, "timeline"))
    assert "2025-02-02" in every and "2025-03-09" in every  # the strike, the fair
    strike = _event_dates(_json(db, "timeline", "--from", "2025-02-01", "--to", "2025-02-28"))
    # a coarser date ("2025": "this year") counts as all its days, so it is kept
    assert strike and all("2025-02-01"[: len(d)] <= d <= "2025-02-28" for d in strike)
    assert "2025-02-02" in strike and "2025-03-09" not in strike
    assert "2025-03-09" in _event_dates(_json(db, "timeline", "--from", "2025-03-01"))
    assert _json(db, "timeline", "--to", "2024-12-31")["events"] == []


def test_timeline_top_chooses_key_dates_inside_the_range(db):
    payload = _json(db, "timeline", "--top", "1", "--from", "2025-03-01")
    assert [k["date"] for k in payload["key_dates"]] == ["2025-03-09"]


def test_timeline_bad_days_are_usage_errors(db):
    res = runner.invoke(app, ["timeline", "--from", "2025-02-30", "--db", db])
    assert res.exit_code == 2 and "not a day" in res.output
    res = runner.invoke(app, ["timeline", "--from", "2025-03-01", "--to", "2025-02-01", "--db", db])
    assert res.exit_code == 2 and "before --from" in res.output


@pytest.mark.parametrize(
    "value, end, lo, hi, expected",
    [
        ("2025-02-02", None, "2025-02-01", "2025-02-28", True),
        ("2025-02-02", None, "2025-02-02", "2025-02-02", True),  # inclusive
        ("2025-02-02", None, "2025-02-03", None, False),
        ("2025-02-02", None, None, "2025-02-01", False),
        ("2025-02", None, "2025-02-20", "2025-03-05", True),  # a month is all its days
        ("2025-02", None, "2025-03-01", None, False),
        ("2025-01", None, None, "2024-12-31", False),
        ("2025", None, "2025-12-31", None, True),
        ("2025-01-30", "2025-02-03", "2025-02-01", "2025-02-01", True),  # a range
        ("2025-01-30", "2025-01-31", "2025-02-01", None, False),
        ("--07-09", None, "2025-01-01", None, False),  # no year: cannot be placed
        ("--07-09", None, None, None, True),
    ],
)
def test_overlaps_days(value, end, lo, hi, expected):
    from newsline.timeline import overlaps_days

    assert overlaps_days(value, end, lo, hi) is expected


# -- a corpus builder's exports ---------------------------------------------------------


def _export(db, *args):
    res = runner.invoke(app, ["export", "--db", db, "-o", "-", *args])
    assert res.exit_code == 0, res.output
    return [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]


def _names(records):
    return sorted(r["url"].rsplit("/", 1)[-1] for r in records)


def test_export_every_document_by_default(db):
    assert _names(_export(db)) == [
        "1234",
        "dinh-cong-pha-talvik",
        "faehre-streik",
        "feria-del-vino",
        "talvik-ferry-strike-ends",
    ]


def test_export_one_or_several_languages(db):
    assert _names(_export(db, "--lang", "vi")) == ["dinh-cong-pha-talvik"]
    both = ["dinh-cong-pha-talvik", "talvik-ferry-strike-ends"]
    assert _names(_export(db, "--lang", "vi", "--lang", "en")) == both
    assert _names(_export(db, "--lang", "vi,en")) == both
    assert _export(db, "--lang", "pt") == []
    res = runner.invoke(app, ["export", "--db", db, "-o", "-", "--lang", "pt"])
    assert "exported 0 of 5 documents (5 left out by the filters)" in res.stderr


def test_export_no_duplicates_keeps_the_first_reading_of_a_copied_text(db):
    every = _export(db)
    copy = next(r for r in every if r["url"].endswith("/1234"))
    assert copy["duplicate_of"]  # the aggregator's copy points at the first reading
    kept = _export(db, "--no-duplicates")
    assert _names(kept) == [n for n in _names(every) if n != "1234"]
    assert copy["duplicate_of"] in {r["id"] for r in kept}


def test_export_exclude_flag_leaves_out_documents_carrying_it(db):
    every = _export(db)
    flagged = {
        r["url"].rsplit("/", 1)[-1]
        for r in every
        if any(f["kind"] == "foreign_block" for f in r["flags"])
    }
    assert flagged == {"dinh-cong-pha-talvik"}
    left = _names(_export(db, "--exclude-flag", "foreign_block"))
    assert left == sorted(set(_names(every)) - flagged)
    assert _names(_export(db, "--exclude-flag", "no_such_kind")) == _names(every)


def test_export_blocks_say_whether_they_are_in_the_cleaned_text(db):
    for rec in _export(db):
        kept = [b["text"] for b in rec["blocks"] if b["kept"]]
        assert rec["text"] == "\n\n".join(kept)
    vi = _export(db, "--lang", "vi")[0]
    aside = [b for b in vi["blocks"] if not b["kept"]]
    assert aside and all(b["reasons"] for b in aside)
    assert any("gardening" in b["text"] for b in aside)


def test_parquet_export_filters_and_types(db, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "es.parquet"
    res = runner.invoke(
        app,
        ["export", "--db", db, "-f", "parquet", "-o", str(out), "--lang", "es", "--no-duplicates"],
    )
    assert res.exit_code == 0, res.output
    table = pq.read_table(out)
    assert str(table.schema.field("blocks").type.value_type.field("kept").type) == "bool"
    rows = table.to_pylist()
    assert [r["url"].rsplit("/", 1)[-1] for r in rows] == ["feria-del-vino"]
    assert rows[0]["duplicate_of"] is None and isinstance(rows[0]["blocks"], list)
    assert all(isinstance(b["kept"], bool) for b in rows[0]["blocks"])


# -- stories told in several languages -----------------------------------------------


def _story_languages(db, *args):
    return [sorted(s["languages"]) for s in _json(db, "stories", *args)["stories"]]


def test_stories_min_languages_keeps_the_multilingual_ones(db):
    every = _story_languages(db)
    assert ["es"] in every  # the fair, told in Spanish only
    three = _story_languages(db, "--min-languages", "3")
    assert three and all(len(langs) >= 3 for langs in three)
    assert ["es"] not in three
    assert _story_languages(db, "--min-languages", "1") == every


def test_stories_lang_keeps_the_stories_with_a_document_in_each(db):
    assert _story_languages(db, "--lang", "es") == [["es"]]
    with_de_vi = _story_languages(db, "--lang", "de,vi")
    assert with_de_vi and all({"de", "vi"} <= set(langs) for langs in with_de_vi)
    assert _story_languages(db, "--lang", "es", "--lang", "vi") == []


def test_stories_markdown_says_when_no_story_matches(db):
    res = runner.invoke(app, ["stories", "--db", db, "-f", "md", "--min-languages", "9"])
    assert res.exit_code == 0 and "No stories match." in res.stdout


# -- --help ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        "run",
        "export",
        "show",
        "search",
        "stories",
        "timeline",
        "runs",
        "quality",
        "serve",
        "report",
        "demo",
    ],
)
def test_help_shows_no_value_type_for_flags(command):
    res = runner.invoke(app, [command, "--help"], env={"COLUMNS": "120"})
    assert res.exit_code == 0, res.output
    assert "--help" in res.output
    assert "<bool>" not in res.output  # a flag takes no value
    assert "<str>" in res.output  # options that take one still say what


def test_flags_still_work_after_the_help_change(db, tmp_path):
    out = tmp_path / "o.jsonl"
    res = runner.invoke(app, ["export", "--db", db, "-o", str(out), "--original-text"])
    assert res.exit_code == 0, res.output
    assert all(json.loads(line)["original_text"] for line in out.read_text("utf-8").splitlines())


# -- how much of each site's pages was noise -------------------------------------------


def test_quality_json_is_the_api_answer(db):
    from fastapi.testclient import TestClient

    from newsline.web.app import create_app

    payload = _json(db, "quality")
    with TestClient(create_app(db, build_index=False)) as client:
        assert payload == client.get("/api/quality").json()
    sites = {g["site"] for g in payload["groups"]}
    assert {"hafenblatt.example", "baocang.example", "vinos.example"} <= sites
    vi = next(g for g in payload["groups"] if g["site"] == "baocang.example")
    assert vi["set_aside_chars"] > 0 and 0 < vi["set_aside_share"] < 1
    assert payload["flags"].get("foreign_block")


def test_quality_text_lists_each_site_with_its_share_set_aside(db):
    res = runner.invoke(app, ["quality", "--db", db], env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    assert res.stdout.startswith("5 documents; set aside, per site and language:")
    line = next(x for x in res.stdout.splitlines() if "baocang.example" in x)
    assert " vi " in line and "%" in line and "foreign" in line
    assert "flags: " in res.stdout and "foreign_block" in res.stdout


def test_quality_missing_database_exits_4(tmp_path):
    res = runner.invoke(app, ["quality", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 4


def test_timeline_markdown_with_no_event_in_the_range_says_so(db):
    res = runner.invoke(app, ["timeline", "--db", db, "-f", "md", "--to", "2024-12-31"])
    assert res.exit_code == 0, res.output
    assert res.stdout.startswith("# Timeline\n\nNo events.")
    res = runner.invoke(app, ["timeline", "--db", db, "-f", "md"])
    assert "No events." not in res.stdout  # a timeline with events lists them


def test_stories_markdown_names_each_documents_language_and_id(db):
    res = runner.invoke(app, ["stories", "--db", db, "-f", "md", "--lang", "de"])
    assert res.exit_code == 0, res.output
    ids = {r["url"].rsplit("/", 1)[-1]: r["id"] for r in _export(db)}
    lines = res.stdout.splitlines()
    assert any(
        x.startswith("- https://baocang.example/")
        and x.endswith(f"· vi · `{ids['dinh-cong-pha-talvik']}`")
        for x in lines
    )
    assert any(x.endswith(f"· de · `{ids['faehre-streik']}`") for x in lines)
    # the id opens the document
    res = runner.invoke(app, ["show", ids["faehre-streik"], "--db", db])
    assert res.exit_code == 0 and "Talvik" in res.output


@pytest.mark.parametrize("level", ["story", "topic"])
def test_stories_json_names_each_documents_id_as_the_export_does(db, level):
    # the Markdown named the ids, the JSON only sources: an analyst could not
    # join it with the export's records, nor tell two versions of a page apart
    payload = _json(db, "stories", "--level", level)
    got = {
        doc_id: s["id"]
        for s in payload["stories" if level == "story" else "topics"]
        for doc_id in s["document_ids"]
    }
    records = _export(db)
    assert set(got) == {r["id"] for r in records}
    if level == "story":
        assert got == {r["id"]: r["story_id"] for r in records}
