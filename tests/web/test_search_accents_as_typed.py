"""A word typed with accents means those accents; one typed without means any.

Search folded every query: "Hà Nội" also found pages that say only "hạ" and
"nói" (other Vietnamese words with the same letters), and a Vietnamese user
had no way to ask for the diacritics typed. Now the index's accent-blind
matches of a word typed with accents are checked against the word as typed,
or written with no accents at all (English pages, unaccented Vietnamese:
"Ha Noi" is the same name; "hạ nói" are other words); a word typed plainly
still matches any accents ("ha noi" finds "Hà Nội").
"""

from __future__ import annotations

import json
import sqlite3

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsline.cli import app as cli
from newsline.model import Block, Document, make_doc_id
from newsline.store import Store
from newsline.web.app import create_app
from newsline.web.search import parse_query, search

PAGES = {
    "capital": ("Thời tiết", "Hôm nay Hà Nội có mưa rào, nhiệt độ giảm mạnh."),
    "lookalike": ("Bóng đá", "Giá vé hạ nhiệt, huấn luyện viên nói đội sẽ thắng."),
    "plain": ("Weather", "Ha Noi and Da Nang expect heavy rain this week."),
    "spanish": ("Economía", "El año pasado fue otro. Está en Perú."),
    "mixed": ("Du lịch", "Hà Giang đón khách; giá phòng hạ mạnh, hà tiện là chuyện khác."),
    "decomposed": ("Tin", "Ngày mai Ha\u0300 Nô\u0323i lạnh."),  # NFD, as some pages come
}


@pytest.fixture(scope="module")
def accents_db(tmp_path_factory) -> tuple[str, dict[str, str]]:
    path = tmp_path_factory.mktemp("accents") / "a.db"
    ids = {}
    with Store(path) as store:
        run = store.start_run(["test"])
        docs = []
        for key, (title, body) in PAGES.items():
            d = Document(
                id=make_doc_id(key, body),
                source=f"{key}.html",
                text=body,
                title=title,
                lang="es" if key == "spanish" else "vi",
                blocks=[Block(0, len(body), "body", None, [])],
            )
            ids[key] = d.id
            docs.append(d)
        store.write_batch(run, docs)
        store.index_new_documents()
    return str(path), ids


@pytest.fixture()
def conn(accents_db):
    c = sqlite3.connect(f"file:{accents_db[0]}?mode=ro", uri=True)
    yield c
    c.close()


def _ids(res) -> set[str]:
    return {h.id for h in res.hits}


def test_typed_accents_are_matched_as_typed(conn, accents_db):
    ids = accents_db[1]
    named = {ids["capital"], ids["decomposed"], ids["plain"]}
    assert _ids(search(conn, "Hà Nội")) == named
    assert _ids(search(conn, '"Hà Nội"')) == named
    # the same letters with other accents are other words; a page writing
    # none (plain) may mean either
    assert _ids(search(conn, "hạ nói")) == {ids["lookalike"], ids["plain"]}
    assert _ids(search(conn, "nội")) == named
    assert _ids(search(conn, "año")) == {ids["spanish"]}


def test_plain_words_still_match_any_accents(conn, accents_db):
    ids = accents_db[1]
    assert _ids(search(conn, "ha noi")) == {
        ids["capital"],
        ids["lookalike"],
        ids["plain"],
        ids["decomposed"],
    }
    assert _ids(search(conn, '"ha noi"')) == {ids["capital"], ids["plain"], ids["decomposed"]}
    assert _ids(search(conn, "da nang")) == {ids["plain"]}


def test_a_phrase_mixing_typed_and_plain_words(conn, accents_db):
    ids = accents_db[1]
    # "Hà" as typed, "noi" in any accents, next to each other
    named = {ids["capital"], ids["decomposed"], ids["plain"]}
    assert _ids(search(conn, '"Hà noi"')) == named
    assert _ids(search(conn, '"Ha Nội"')) == named
    assert _ids(search(conn, '"hạ noi"')) == {ids["plain"]}
    assert _ids(search(conn, '"Hà Nói"')) == {ids["plain"]}


def test_excluding_a_word_typed_with_accents(conn, accents_db):
    ids = accents_db[1]
    every = _ids(search(conn, "", limit=50))
    holding = {ids["capital"], ids["decomposed"], ids["plain"], ids["mixed"]}
    assert _ids(search(conn, "-Hà", limit=50)) == every - holding
    assert _ids(search(conn, "-ha", limit=50)) == every - holding - {ids["lookalike"]}


def test_only_the_accents_typed_are_highlighted(conn, accents_db):
    ids = accents_db[1]
    (hit,) = [h for h in search(conn, "hạ").hits if h.id == ids["mixed"]]
    assert "<mark>hạ</mark>" in hit.snippet_html
    assert "<mark>Hà</mark>" not in hit.snippet_html and "<mark>hà</mark>" not in hit.snippet_html


def test_how_says_which_words_keep_their_accents():
    assert parse_query("Hà")[0].how.endswith("(accents as typed)")
    assert parse_query("ha")[0].how.endswith("(accents ignored)")


def test_command_and_web_search_match_accents_as_typed(accents_db):
    path, ids = accents_db
    res = CliRunner().invoke(cli, ["search", "--db", path, "-f", "json", "hạ nói"])
    assert res.exit_code == 0, res.output
    assert {h["id"] for h in json.loads(res.stdout)["hits"]} == {ids["lookalike"], ids["plain"]}
    client = TestClient(create_app(path))
    got = client.get("/api/search", params={"q": "Hà Nội"}).json()
    assert {h["id"] for h in got["hits"]} == {ids["capital"], ids["decomposed"], ids["plain"]}
    page = client.get("/search", params={"q": "hạ nói"})
    assert page.status_code == 200 and "Bóng đá" in page.text and "Thời tiết" not in page.text
