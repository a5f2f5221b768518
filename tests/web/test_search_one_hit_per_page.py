"""Search hits a person can trust: one hit per page, and a snippet that shows
the sentence holding the query's words together.

The database is built by the real pipeline (``run_corpus``) from invented
pages in several sites' styles and languages; none comes from a seed.

Decisions pinned here:

* Readings of one page (the same URL, else the same source path) stored by
  different runs are one hit: the latest stored reading that matches the
  query and filters, naming the earlier ones (``earlier_versions``) and any
  later one that did not match (``later_versions``).
* Exact copies of one text (``duplicates`` kind ``exact``) are one hit: the
  original, naming its ``copies``.
* Near-duplicates differ in text (a correction, a rewrite) and stay hits of
  their own; each names the others (``near_duplicates``).
"""

from __future__ import annotations

import json
import re
import warnings

import pytest
from typer.testing import CliRunner

from newsline.cli import app
from newsline.runner import run_corpus
from newsline.settings import Settings
from newsline.store import Store
from newsline.web.app import create_app
from newsline.web.search import _needles, fold, highlight, parse_query, search

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

runner = CliRunner()

# A ferry timetable page, read once and read again after an update.
FERRY_V1 = (
    "Harbour ferry timetable changes for the winter season\n\n"
    "The harbour ferry between Kallvik and Sandnes will sail every forty minutes "
    "from 1 November, the operator said on Monday. Night crossings are suspended.\n"
)
FERRY_V2 = FERRY_V1.replace(
    "Night crossings are suspended.", "Night crossings resume on Fridays after complaints."
)
# A council notice syndicated word for word by two sites.
NOTICE = (
    "Thông báo lịch cắt nước khu vực phường Tân Định\n\n"
    "Công ty cấp nước cho biết sẽ tạm ngừng cấp nước tại phường Tân Định từ 22 giờ "
    "ngày 12/11 đến 4 giờ sáng hôm sau để sửa đường ống chính trên đường Hai Bà Trưng.\n"
)
# Another page about ferries, so the crowding test has something to crowd out.
OTHER_FERRY = (
    "Island ferry fares rise by five percent\n\n"
    "Fares on the island ferry route to Ostholm go up by five percent next year, "
    "the regional transport board announced after a vote on Thursday.\n"
)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    root = tmp_path_factory.mktemp("one_hit")
    crawl = root / "crawl"
    crawl.mkdir()
    (crawl / "ferry-timetable.txt").write_text(FERRY_V1, "utf-8")
    (crawl / "site-a-notice.txt").write_text(NOTICE, "utf-8")
    (crawl / "site-b-notice.txt").write_text(NOTICE, "utf-8")
    (crawl / "island-fares.txt").write_text(OTHER_FERRY, "utf-8")
    db = root / "p.db"
    settings = Settings(workers=1)
    run_corpus([crawl], db, settings=settings)
    (crawl / "ferry-timetable.txt").write_text(FERRY_V2, "utf-8")
    run_corpus([crawl], db, settings=settings)
    return db


@pytest.fixture(scope="module")
def conn(db):
    store = Store(db)
    yield store.conn
    store.close()


def _ids_by_source(conn) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for doc_id, source in conn.execute("SELECT id, source FROM documents ORDER BY rowid"):
        out.setdefault(source.rsplit("/", 1)[-1], []).append(doc_id)
    return out


def test_versions_of_one_page_are_one_hit_the_latest_naming_the_earlier(conn):
    ids = _ids_by_source(conn)
    old, new = ids["ferry-timetable.txt"]
    res = search(conn, "harbour ferry")
    assert [h.id for h in res.hits] == [new]
    assert res.hits[0].earlier_versions == [old]
    assert res.hits[0].later_versions == []


def test_a_query_only_the_earlier_version_matches_shows_it_naming_the_later(conn):
    ids = _ids_by_source(conn)
    old, new = ids["ferry-timetable.txt"]
    res = search(conn, "suspended")  # the update removed this word
    assert [h.id for h in res.hits] == [old]
    assert res.hits[0].later_versions == [new]
    assert res.hits[0].earlier_versions == []


def test_exact_copies_are_one_hit_naming_its_copies(conn):
    ids = _ids_by_source(conn)
    (a,), (b,) = ids["site-a-notice.txt"], ids["site-b-notice.txt"]
    for q in ("cắt nước Tân Định", "cat nuoc tan dinh"):  # with and without diacritics
        res = search(conn, q)
        assert len(res.hits) == 1, (q, [h.id for h in res.hits])
        hit = res.hits[0]
        assert {hit.id, *hit.copies} == {a, b}
        assert len(hit.copies) == 1


def test_versions_no_longer_crowd_out_other_pages(conn):
    ids = _ids_by_source(conn)
    res = search(conn, "ferry", limit=2)
    assert {h.id for h in res.hits} == {ids["ferry-timetable.txt"][-1], *ids["island-fares.txt"]}


def test_a_page_read_once_names_nothing(conn):
    ids = _ids_by_source(conn)
    res = search(conn, "Ostholm")
    assert [h.id for h in res.hits] == ids["island-fares.txt"]
    hit = res.hits[0]
    assert hit.earlier_versions == hit.later_versions == hit.copies == []


def test_empty_query_lists_one_row_per_page(conn):
    res = search(conn, "")
    assert len(res.hits) == 3  # the ferry page, the notice, the island page


def test_filters_still_apply_to_the_reading_shown(conn):
    assert search(conn, "ferry", lang="vi").hits == []
    assert [h.lang for h in search(conn, "ferry", lang="en").hits] == ["en", "en"]


def test_cli_json_adds_the_folded_readings_and_keeps_every_old_field(db):
    res = runner.invoke(app, ["search", "ferry", "--db", str(db), "--format", "json"])
    assert res.exit_code == 0, res.output
    payload = json.loads(res.output)
    assert {
        "query",
        "hits",
        "total",
        "total_is_capped",
        "limit",
        "offset",
        "how",
        "filters",
    } <= set(payload)
    assert payload["total"] == 3 and len(payload["hits"]) == 2 and payload["more"] is False
    old_fields = {"id", "title", "lang", "source", "url", "sitename", "published"}
    old_fields |= {"title_html", "snippet_html", "story_id", "flags", "snippet"}
    for hit in payload["hits"]:
        assert old_fields <= set(hit)
    timetable = next(h for h in payload["hits"] if h["source"].endswith("ferry-timetable.txt"))
    assert len(timetable["earlier_versions"]) == 1


def test_cli_text_names_the_folded_readings(db):
    res = runner.invoke(app, ["search", "ferry", "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "3 documents match 'ferry' (as 2 pages)" in res.output
    assert "1 earlier version" in res.output
    res = runner.invoke(app, ["search", "Tan Dinh", "--db", str(db)])
    assert "1 exact copy" in res.output


def test_web_page_names_the_folded_readings_and_offers_no_empty_next_page(db):
    with TestClient(create_app(db)) as client:
        page = client.get("/search", params={"q": "ferry"}).text
        assert "1 earlier version" in page
        assert "next →" not in page
        api = client.get("/api/search", params={"q": "Tan Dinh"}).json()
        assert len(api["hits"]) == 1 and len(api["hits"][0]["copies"]) == 1


# -- the snippet: the sentence that holds the query's words ---------------------------


def _marked_sentence(query: str, text: str) -> str:
    return str(highlight(text, _needles(parse_query(query))))


def _plain(html: str) -> str:
    return re.sub(r"</?mark>", "", html).lstrip("…")


def _marks(html: str) -> list[str]:
    return re.findall(r"<mark>(.*?)</mark>", html)


# Each text names one query word alone first, then all of them in a later
# sentence far enough on that the old window (around the first match) missed it.
FILLER = " ".join(["Officials gave no further detail at the time of writing."] * 4)
SNIPPET_CASES = [
    (
        "nine people",
        f"Many people lined the road. {FILLER} Rescuers pulled nine people from the river.",
        "Rescuers pulled",
    ),
    (
        "chín người",
        "Nhiều người dân đứng xem bên đường. "
        + " ".join(["Cơ quan chức năng chưa công bố thêm chi tiết."] * 5)
        + " Lực lượng cứu hộ đã đưa chín người ra khỏi dòng sông.",
        "Lực lượng cứu hộ",
    ),
    (
        "chin nguoi",  # the same, typed without diacritics
        "Nhiều người dân đứng xem bên đường. "
        + " ".join(["Cơ quan chức năng chưa công bố thêm chi tiết."] * 5)
        + " Lực lượng cứu hộ đã đưa chín người ra khỏi dòng sông.",
        "Lực lượng cứu hộ",
    ),
    (
        "救出 九人",
        "九人在路边围观。" + "有关部门暂未公布更多细节。" * 12 + "救援人员从河中救出九人。",
        "救援人员",
    ),
    (
        "ช่วยเหลือ เก้าคน",
        "ประชาชนจำนวนมากยืนดูอยู่ริมถนน เจ้าหน้าที่ช่วยเหลือผู้บาดเจ็บ\n"
        + "เจ้าหน้าที่ยังไม่เปิดเผยรายละเอียดเพิ่มเติม " * 6
        + "\nทีมกู้ภัยช่วยเหลือผู้ประสบภัยเก้าคนออกจากแม่น้ำ",
        "ทีมกู้ภัย",
    ),
]


@pytest.mark.parametrize(("query", "text", "sentence_start"), SNIPPET_CASES)
def test_snippet_shows_the_sentence_holding_every_query_word(query, text, sentence_start):
    html = _marked_sentence(query, text)
    assert _plain(html).startswith(sentence_start), html
    marked = fold(" ".join(_marks(html)))[0]
    assert all(fold(t.text)[0] in marked for t in parse_query(query)), html


def test_snippet_prefers_the_sentence_with_most_words_when_none_has_all():
    text = (
        f"A storm hit the coast. {FILLER} The storm closed the coast road overnight. "
        f"{FILLER} Schools stayed open."
    )
    html = _marked_sentence("storm coast road bridge", text)
    assert _plain(html).startswith("The storm closed"), html


def test_snippet_phrase_query_prefers_the_sentence_with_the_phrase():
    text = f"The people of the valley voted. {FILLER} Nine people were rescued by boat."
    html = _marked_sentence('"nine people"', text)
    assert _plain(html).startswith("Nine people were rescued"), html


# Near misses: what must not change.


def test_snippet_one_word_query_still_centres_on_the_first_match():
    text = f"Many people lined the road. {FILLER} Rescuers pulled nine people out."
    html = _marked_sentence("people", text)
    assert html.startswith("Many <mark>people</mark>"), html


def test_snippet_where_the_first_sentence_holds_all_words_is_unchanged():
    text = f"Nine people were rescued. {FILLER} Nine more people waited on the roof."
    html = _marked_sentence("nine people", text)
    assert html.startswith("<mark>Nine</mark> <mark>people</mark> were rescued"), html


def test_snippet_decimal_point_is_not_a_sentence_end():
    text = f"{FILLER} Rainfall reached 3.5 metres in nine hours, people said."
    html = _marked_sentence("nine people", text)
    assert "Rainfall reached 3.5" in html, html


def test_snippet_sentence_choice_is_linear_on_long_hostile_input():
    # 100k characters of sentence ends and near-matches: must answer at once
    text = ("people. " * 6000) + ("?!。\n" * 10000) + "nine people."
    html = _marked_sentence("nine people", text)
    assert "<mark>nine</mark> <mark>people</mark>" in html
