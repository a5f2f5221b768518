"""`newsline search`: the web app's search from the command line."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsline.cli import app
from newsline.store import Store
from newsline.web.search import search as web_search

runner = CliRunner()

# An invented story (a bridge reopening in Cần Thơ) told in four languages,
# one paragraph each, plus an unrelated page; none of it from a seed.
PAGES = {
    "vi_bridge.txt": (
        "Cầu Rạch Miễu 3 thông xe sau hai năm sửa chữa\n\n"
        "Sáng 4/9/2025, tỉnh Bến Tre tổ chức lễ thông xe cầu Rạch Miễu 3 sau hai năm "
        "sửa chữa. Hàng nghìn người dân Đồng Tháp và Cần Thơ đã đến dự lễ khánh thành, "
        "giao thông qua cầu được nối lại ngay trong buổi chiều.\n"
    ),
    "th_bridge.txt": (
        "สะพานรัชมิวเปิดใช้อีกครั้งหลังปิดซ่อมสองปี\n\n"
        "เมื่อวันที่ 4 กันยายน 2568 จังหวัดเบ๊นแจได้จัดพิธีเปิดสะพานรัชมิวอีกครั้ง "
        "หลังปิดซ่อมแซมนานสองปี ประชาชนหลายพันคนเดินทางมาร่วมงานพิธีเปิดในครั้งนี้\n"
    ),
    "zh_bridge.txt": (
        "美萩三号大桥维修两年后重新通车\n\n"
        "2025年9月4日，槟椥省为美萩三号大桥举行重新通车仪式。大桥维修历时两年，"
        "数千名来自同塔省和芹苴市的民众出席了仪式，当天下午桥上交通即告恢复。\n"
    ),
    "en_bridge.txt": (
        "Rach Mieu 3 bridge reopens after two years of repairs\n\n"
        "On 4 September 2025 Ben Tre province held a ceremony to reopen the Rach Mieu 3 "
        "bridge after two years of repairs. Thousands of residents from Dong Thap and "
        "Can Tho attended, and traffic resumed across the bridge that afternoon.\n"
    ),
    "en_orchard.txt": (
        "Durian growers expect a record harvest\n\n"
        "Farmers in the delta say the durian harvest will be the largest in a decade, "
        "thanks to a mild dry season and new irrigation canals dug last spring.\n"
    ),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    root = tmp_path_factory.mktemp("search")
    pages = root / "pages"
    pages.mkdir()
    for name, text in PAGES.items():
        (pages / name).write_text(text, "utf-8")
    path = str(root / "s.db")
    res = runner.invoke(app, ["run", str(pages), "--db", path, "-q", "--workers", "1"])
    assert res.exit_code == 0, res.output
    return path


def _search(db, *args):
    return runner.invoke(app, ["search", *args, "--db", db])


def _hits(db, *args):
    res = _search(db, *args, "--format", "json")
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


def _source_names(payload):
    return sorted(h["source"].rsplit("/", 1)[-1] for h in payload["hits"])


def test_vietnamese_with_and_without_diacritics_find_the_same_page(db):
    accented = _hits(db, "Cần Thơ")
    plain = _hits(db, "can tho")
    assert "vi_bridge.txt" in _source_names(accented)
    assert _source_names(plain) == _source_names(accented)
    # a plain d also finds đ
    assert "vi_bridge.txt" in _source_names(_hits(db, "dong thap", "--lang", "vi"))


def test_thai_and_chinese_are_found_inside_unspaced_text(db):
    assert _source_names(_hits(db, "รัชมิว")) == ["th_bridge.txt"]
    assert _source_names(_hits(db, "大桥")) == ["zh_bridge.txt"]  # two characters: no trigram
    assert _source_names(_hits(db, "通车仪式")) == ["zh_bridge.txt"]


def test_each_hit_names_document_source_language_story_and_snippet(db):
    payload = _hits(db, "通车仪式")
    (hit,) = payload["hits"]
    assert hit["id"] and hit["lang"] == "zh" and hit["source"].endswith("zh_bridge.txt")
    assert "story_id" in hit
    # the snippet is the page's own text, not HTML
    assert "通车仪式" in hit["snippet"] and "<mark>" not in hit["snippet"]
    with Store(db, readonly=True) as store:  # the very same function as the web app's
        web = web_search(store.conn, "通车仪式")
    assert [h.id for h in web.hits] == [h["id"] for h in payload["hits"]]


def test_text_output_lists_id_source_language_and_marked_words_plainly(db):
    res = _search(db, "Rach Mieu")
    assert res.exit_code == 0, res.output
    with Store(db, readonly=True) as store:
        web = web_search(store.conn, "Rach Mieu")
    assert web.hits
    for h in web.hits:
        assert h.id in res.stdout and h.source in res.stdout
    assert "<mark>" not in res.stdout and "&" not in res.stdout
    assert "Rạch Miễu" in res.stdout  # shown in its original spelling


def test_markdown_output_bolds_matches_and_keeps_spaces(db):
    res = _search(db, "reopens", "--format", "md")
    assert res.exit_code == 0, res.output
    assert "# Search: reopens" in res.stdout
    assert "bridge **reopens** after" in res.stdout


def test_lang_story_and_limit_filter(db):
    assert _source_names(_hits(db, "bridge", "--lang", "vi")) == []
    assert len(_hits(db, "two", "--limit", "1")["hits"]) <= 1
    with Store(db, readonly=True) as store:
        stories = store.stories()
    assert stories
    sid = stories[0]["id"]
    payload = _hits(db, "2025", "--story", sid)
    assert all(h["story_id"] == sid for h in payload["hits"])


def test_no_results_is_a_plain_line_and_exit_0(db):
    res = _search(db, "zzyzx")
    assert res.exit_code == 0
    assert res.stdout.strip() == "no documents match 'zzyzx'"


@pytest.mark.parametrize("query", ["", "   ", "?!…"])
def test_empty_query_is_a_usage_error(db, query):
    res = _search(db, query)
    assert res.exit_code == 2
    assert "nothing to search for" in res.output


def test_unknown_story_is_a_usage_error(db):
    res = _search(db, "bridge", "--story", "story-nope")
    assert res.exit_code == 2
    assert "no story" in res.output


def test_missing_or_corrupt_database_exits_4(tmp_path):
    res = runner.invoke(app, ["search", "bridge", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 4 and "no such database" in res.output
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all\x00" * 100)
    res = runner.invoke(app, ["search", "bridge", "--db", str(bad)])
    assert res.exit_code == 4 and "cannot open database" in res.output


def test_help_documents_the_options():
    res = runner.invoke(app, ["search", "--help"])
    assert res.exit_code == 0
    for opt in ("--db", "--lang", "--story", "--limit", "--format"):
        assert opt in res.output
    assert "search" in runner.invoke(app, ["--help"]).output


def test_snippet_pieces_are_plain_text_and_linear_on_unclosed_marks():
    from newsline.cli import _snippet_parts

    assert _snippet_parts("a <mark>b</mark> c &amp; <mark>d&lt;</mark>") == [
        ("a ", False),
        ("b", True),
        (" c & ", False),
        ("d<", True),
    ]
    assert _snippet_parts("x<mark>y") == [("x", False), ("y", False)]
    # 100k characters of unclosed tags: one pass (no timing asserted here)
    assert _snippet_parts("<mark>" * 17_000) == []


def test_each_hit_names_its_story_by_title_and_id(db):
    """A hit named its story by id alone ("story story-3f…"): a reader could
    not tell hits of different stories apart without looking each id up."""
    with Store(db, readonly=True) as store:
        titles = {s["id"]: s["title"] for s in store.stories()}
    payload = _hits(db, "bridge")
    hit = next(h for h in payload["hits"] if h["story_id"])
    assert hit["story_title"] == titles[hit["story_id"]] and hit["story_title"]
    text = _search(db, "bridge").stdout
    md = _search(db, "bridge", "--format", "md").stdout
    for out in (text, md):
        line = next(ln for ln in out.splitlines() if hit["story_id"] in ln)
        # the title's first words, then the id that --story takes
        assert titles[hit["story_id"]][:20] in line, line
        assert f"({hit['story_id']})" in line, line
