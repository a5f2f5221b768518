"""`newsline stories --limit N --offset K` and ``Store.stories(limit, offset,
min_languages, langs)``: a page of the listing, read by SQL (only the page's
stories and members), with the count of all that pass the filters from SQL.
The database is built here with many stories; each test failed at 30b0814,
where the command had no paging and the store read every story."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsline.cli import app
from newsline.store import Store

runner = CliRunner()

N = 240
LANGS = ["vi", "th", "zh", "en"]


def _langs(i: int) -> list[str]:
    # 1 to 4 languages, in a pattern that makes the filters select unevenly
    return LANGS[i % 4 :] + LANGS[: (i // 4) % 2]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("paging") / "many.db")
    stories = [
        {
            "id": f"s{i:04d}",
            "title": f"Story number {i}",
            "languages": _langs(i),
            # many stories share a start day: the id breaks the tie
            "start": f"2024-{1 + i % 12:02d}-{1 + i % 5:02d}",
            "end": f"2024-{1 + i % 12:02d}-{10 + i % 5:02d}",
            "documents": [f"d{i:04d}a", f"d{i:04d}b"],
        }
        for i in range(N)
    ]
    with Store(path) as store:
        store.write_corpus_tables({"stories": stories})
    return path


def _listing(db, *args):
    res = runner.invoke(app, ["stories", "--db", db, *args])
    assert res.exit_code == 0, res.output
    return json.loads(res.output)


def test_a_page_is_the_same_slice_of_the_whole_listing_with_the_total(db):
    whole = _listing(db)["stories"]
    assert len(whole) == N
    got = _listing(db, "--limit", "20", "--offset", "40")
    assert got["stories"] == whole[40:60]
    assert (got["total"], got["limit"], got["offset"]) == (N, 20, 40)
    last = _listing(db, "--limit", "50", "--offset", str(N - 10))
    assert last["stories"] == whole[-10:] and last["total"] == N
    beyond = _listing(db, "--limit", "5", "--offset", str(N + 7))
    assert beyond["stories"] == [] and beyond["total"] == N


def test_filters_then_page_and_the_count_is_of_what_passes_them(db):
    whole = _listing(db, "--min-languages", "2", "--lang", "vi")["stories"]
    expected = [s["id"] for s in whole if len(s["languages"]) >= 2 and "vi" in s["languages"]]
    assert [s["id"] for s in whole] == expected and 0 < len(expected) < N
    got = _listing(db, "--min-languages", "2", "--lang", "vi", "--limit", "7", "--offset", "3")
    assert [s["id"] for s in got["stories"]] == expected[3:10]
    assert got["total"] == len(expected)


def test_the_unpaged_listing_says_nothing_new(db):
    assert set(_listing(db)) == {"stories"}


def test_markdown_says_which_stories_of_how_many(db):
    res = runner.invoke(app, ["stories", "--db", db, "-f", "md", "--limit", "3", "--offset", "6"])
    assert res.exit_code == 0, res.output
    assert f"Stories 7–9 of {N}" in res.output
    assert res.output.count("\n## ") == 3


def test_topics_are_paged_after_grouping(db):
    whole = _listing(db, "--level", "topic")["topics"]
    got = _listing(db, "--level", "topic", "--limit", "4", "--offset", "2")
    assert got["topics"] == whole[2:6] and got["total"] == len(whole)


def test_the_store_reads_only_the_page(db):
    with Store(db) as store:
        asked: list[str] = []
        store.conn.set_trace_callback(asked.append)
        page = store.stories(limit=10, offset=100)
        n = store.count_stories()
        n_vi = store.count_stories(min_languages=3, langs=["vi"])
        store.conn.set_trace_callback(None)
        whole = store.stories()
    assert [s["id"] for s in page] == [s["id"] for s in whole[100:110]]
    assert [s["members"] for s in page] == [s["members"] for s in whole[100:110]]
    assert n == N
    assert n_vi == sum(1 for s in whole if len(s["languages"]) >= 3 and "vi" in s["languages"])
    # every query that reads stories or their members is limited to the page
    reads = [q for q in asked if "FROM stor" in q and "count(*)" not in q]
    assert reads and all("LIMIT 10 OFFSET 100" in q for q in reads), reads


def test_markdown_names_the_next_offset_while_more_remain(db):
    """It said "(--offset 6)", the offset just typed; the next page's offset is
    what a reader needs, as `newsline search` says "more with --offset N"."""
    res = runner.invoke(app, ["stories", "--db", db, "-f", "md", "--limit", "3", "--offset", "6"])
    assert f"Stories 7–9 of {N}; more with --offset 9." in res.output
    last = runner.invoke(
        app, ["stories", "--db", db, "-f", "md", "--limit", "3", "--offset", str(N - 2)]
    )
    assert f"Stories {N - 1}–{N} of {N}." in last.output and "more with" not in last.output
