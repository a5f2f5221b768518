"""newsline.web.search: multilingual matching, filters and safe snippets."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsline.model import Block, Document, make_doc_id
from newsline.store import Store
from newsline.web.search import _needles, fold, highlight, parse_query, search


@pytest.fixture(scope="module")
def conn(web_db):
    path, _ = web_db
    c = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    yield c
    c.close()


def ids_of(res):
    return [h.id for h in res.hits]


def test_vietnamese_with_and_without_accents(conn, web_db):
    _, ids = web_db
    for q in ("nhat ban", "Nhật Bản", "NHẬT BẢN", '"nhat ban"'):
        assert ids_of(search(conn, q)) == [ids["vi"]], q


def test_plain_d_finds_d_with_stroke(conn, web_db):
    # unicode61 keeps đ apart from d; people type "da nang" for "Đà Nẵng".
    _, ids = web_db
    res = search(conn, "da nang")
    assert ids["vi"] in ids_of(res)
    assert "<mark>Đà</mark>" in search(conn, '"da nang"').hits[0].snippet_html


def test_thai_substring(conn, web_db):
    _, ids = web_db
    res = search(conn, "ญี่ปุ่น")
    assert ids_of(res) == [ids["th"]]
    assert "<mark>ญี่ปุ่น</mark>" in res.hits[0].snippet_html
    assert "trigram" in res.how[0]


def test_chinese_two_characters(conn, web_db):
    # Below the trigram index's reach: the short-gram index (once the app has
    # built it) or a scan of the text answers.
    _, ids = web_db
    res = search(conn, "北约")
    assert ids_of(res) == [ids["zh"]]  # the vi page's Chinese block is set aside, not indexed
    assert "<mark>北约</mark>" in res.hits[0].snippet_html
    assert "scan" in res.how[0] or "short-gram index" in res.how[0]
    assert ids_of(search(conn, "日本首相")) == [ids["zh"]]  # >= 3 characters: trigram
    assert ids_of(search(conn, "北")) == [ids["zh"]]


def test_mixed_terms_must_all_match(conn, web_db):
    _, ids = web_db
    assert ids_of(search(conn, "NATO Vilnius")) == [ids["vi"]]
    assert search(conn, "nato 北约").hits == []  # no kept text has both
    assert search(conn, "nato qwertyuiop").hits == []


def test_filters(conn, web_db):
    _, ids = web_db
    assert set(ids_of(search(conn, "NATO", lang="en"))) == {ids["en"], ids["en_copy"]}
    assert ids_of(search(conn, "NATO", lang="en", date_from=date(2024, 7, 13))) == [ids["en_copy"]]
    assert ids_of(search(conn, "NATO", date_to=date(2024, 7, 11))) == []
    assert ids_of(search(conn, "", flag="spam")) == [ids["vi"]]
    assert ids_of(search(conn, "", flag="no_such_flag")) == []
    in_story = set(ids_of(search(conn, "", story="s-japan-nato", limit=50)))
    assert in_story == {ids[k] for k in ("vi", "th", "zh", "en", "en_copy")}
    assert ids_of(search(conn, "hostile", story="s-japan-nato")) == []


def test_paging_and_totals(conn):
    all_ = search(conn, "", limit=50)
    assert all_.total == 6
    page1 = search(conn, "", limit=4)
    page2 = search(conn, "", limit=4, offset=4)
    assert len(page1.hits) == 4 and len(page2.hits) == 2
    assert not set(ids_of(page1)) & set(ids_of(page2))


def test_hits_carry_story_and_flags(conn, web_db):
    _, _ids = web_db
    hit = search(conn, "nhat ban").hits[0]
    assert hit.story_id == "s-japan-nato"
    assert hit.flags == ["foreign_block", "spam"]


def test_query_syntax_cannot_break_fts(conn):
    for q in [
        '"',
        '""',
        "AND",
        "OR NOT",
        "nato*",
        "(nato",
        "a:b",
        "NEAR(x y)",
        "-",
        "'; DROP",
        "\x00",
        "0\x00𠀀",
        "北约\x00x",
        "\ud800",
        "🙂",
        "北",
        "ก",
        '"北约" "unclosed',
    ]:
        search(conn, q)  # never raises


def test_punctuation_only_query_finds_nothing(conn):
    res = search(conn, "!!! ???")
    assert res.hits == [] and res.total == 0


def test_parse_query_routes_scripts():
    terms = parse_query('Nhật Bản "cooperation programme" ญี่ปุ่น 北约')
    assert [(t.kind, t.text) for t in terms] == [
        ("words", "nhật"),
        ("words", "bản"),
        ("words", "cooperation programme"),
        ("substring", "ญี่ปุ่น"),
        ("substring", "北约"),
    ]
    assert terms[2].phrase


def test_snippets_escape_before_marking(conn, web_db):
    res = search(conn, "zzevil")
    html = res.hits[0].snippet_html + res.hits[0].title_html
    assert "<script" not in html and "<img" not in html and "<svg" not in html
    assert "&lt;a href=&#34;javascript:" in html
    assert "<mark>zzevil</mark>" in html


def test_highlight_marks_are_balanced_and_only_markup():
    text = "<b>Nhật</b> Bản & <i>nhat</i> ban"
    out = str(highlight(text, _needles(parse_query("nhat")), whole=True))
    assert out.count("<mark>") == out.count("</mark>") == 2
    assert out.replace("<mark>", "").replace("</mark>", "").count("<") == 0


def test_fold_keeps_thai_marks_and_maps_offsets():
    folded, where = fold("Đà Nẵng ญี่ปุ่น")
    assert folded.startswith("da nang ")
    assert "ญี่ปุ่น" in folded  # Thai vowels and tone marks are part of the word
    assert where is None  # one folded character per original character
    import unicodedata

    text = unicodedata.normalize("NFD", "Hà Nội") + " Straße"
    folded, where = fold(text)
    assert folded == "ha noi strasse"
    assert where is not None and len(where) == len(folded)
    assert text[where[folded.index("noi")]] == "N"


@settings(max_examples=60, deadline=None)
@given(text=st.text(max_size=200), query=st.text(max_size=30))
def test_highlight_never_lets_markup_through(text, query):
    out = str(highlight(text, _needles(parse_query(query))))
    stripped = out.replace("<mark>", "").replace("</mark>", "")
    assert "<" not in stripped and ">" not in stripped.replace("&gt;", "")


@settings(max_examples=40, deadline=None)
@given(query=st.text(max_size=40))
def test_any_query_runs(conn, query):
    search(conn, query)


def test_decomposed_vietnamese_is_found(tmp_path):
    import unicodedata

    text = unicodedata.normalize("NFD", "Hội nghị ở Hà Nội bàn về Nhật Bản.")
    d = Document(
        id=make_doc_id("x", text),
        source="x",
        text=text,
        lang="vi",
        blocks=[Block(0, len(text), "body", "vi")],
    )
    with Store(tmp_path / "d.db") as s:
        s.write_batch(s.start_run(["x"]), [d])
        res = search(s.conn, "ha noi")
        assert [h.id for h in res.hits] == [d.id]
        assert "<mark>" in res.hits[0].snippet_html


def test_short_gram_index_and_the_unindexed_tail(web_db, tmp_path):
    import shutil

    from newsline.web import index as gram_index

    path, ids = web_db
    copy = tmp_path / "copy.db"
    with sqlite3.connect(path) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    w = sqlite3.connect(copy)
    # The shared database may have been indexed by an app test already.
    w.executescript(
        f"DROP TABLE IF EXISTS {gram_index.GRAM_TABLE}; "
        f"DROP TABLE IF EXISTS {gram_index.STATE_TABLE};"
    )
    assert gram_index.sync(w) == 6
    assert gram_index.sync(w) == 0  # idempotent
    res = search(w, "北约")
    assert ids_of(res) == [ids["zh"]] and "short-gram index" in res.how[0]
    assert ids_of(search(w, "นา")) == [ids["th"]]  # Thai, two code points
    # A document added after indexing is still found (scanned above the mark).
    text = "东京消息：北约代表团抵达。"
    d = Document(
        id=make_doc_id("late", text),
        source="late",
        text=text,
        lang="zh",
        blocks=[Block(0, len(text), "body", "zh")],
    )
    w.close()
    with Store(copy) as s:
        s.write_batch(s.start_run(["late"]), [d])
        assert set(ids_of(search(s.conn, "北约"))) == {ids["zh"], d.id}
        assert gram_index.sync(s.conn) == 1
        assert set(ids_of(search(s.conn, "北约"))) == {ids["zh"], d.id}
    shutil.rmtree(tmp_path, ignore_errors=True)


def test_gram_tokens_are_plain_ascii():
    from newsline.web.index import gram_token, grams_of, indexable

    assert gram_token("北约") == "g0531707ea6"  # five hex digits per code point
    assert grams_of("NATO 北约峰会") == {"北", "约", "峰", "会", "北约", "约峰", "峰会"}
    assert indexable("北约") and indexable("日") and not indexable("7月") and not indexable("abc")


def test_a_rows_gram_tokens_are_those_of_its_grams():
    """What sync stores per row (read with numpy over the code points) is the
    token of every gram of the title and of the text, each once: checked on
    every script edge and on random mixes of unspaced and other letters."""
    import random

    from newsline.web.index import UNSPACED_SCRIPT_RANGES, gram_payload, gram_token, grams_of

    def expected(title, text):
        return {gram_token(g) for g in grams_of(title or "") | grams_of(text or "")}

    edges = [c for lo, hi in UNSPACED_SCRIPT_RANGES for c in (lo - 1, lo, hi, hi + 1)]
    alphabet = [chr(c) for c in edges] + list("aZ9 .\n\t–é") + ["ก", "北", "约", "ข", "\U00020000"]
    rng = random.Random(7)
    cases = [(None, None), ("", ""), (None, "北约"), ("北", "约"), ("NATO 北约峰会", None)]
    for _ in range(3000):
        cases.append(
            tuple(
                "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
                if rng.random() > 0.1
                else None
                for _ in range(2)
            )
        )
    for title, text in cases:
        tokens = gram_payload(title, text).split()
        assert len(tokens) == len(set(tokens)), (title, text)
        assert set(tokens) == expected(title, text), (title, text)
    assert gram_payload("ab", "北约") in ("g0531707ea6 g05317 g07ea6", "g05317 g07ea6 g0531707ea6")
    assert gram_payload("abc", "déjà vu") == ""
