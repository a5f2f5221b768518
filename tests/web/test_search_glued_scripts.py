"""Latin letters or digits glued to Chinese, Japanese or Thai letters are words
of their own: "8.9mm" finds "仅8.9mm", "NATO" finds "北约NATO峰会".

Before, the word index read "仅8" and "北约nato峰会" as single tokens, so a
search for the Latin word or the number found nothing on such a page.
"""

from __future__ import annotations

import sqlite3

import pytest

from newsline.model import Block, Document, make_doc_id
from newsline.store import Store
from newsline.web.search import parse_query, search

PAGES = {
    "zh": "新型狙击步枪口径仅7.62mm，北约OTAN峰会下周在维尔纽斯举行。",
    "ja": "大阪2025万博の入場券はQRコードで販売される。",
    "th": "ทีมชาติไทยU23 เอาชนะเวียดนาม 3-1 ที่สนามกีฬาแห่งชาติ",
    "vi": "Giá xăng E5RON92 ở Hà Nội tăng từ hôm nay.",
}


@pytest.fixture()
def glued_conn(tmp_path):
    db = tmp_path / "glued.db"
    with Store(db) as s:
        run = s.start_run(["pages"])
        docs = []
        for lang, text in PAGES.items():
            src = f"https://news.example/{lang}"
            docs.append(
                Document(
                    id=make_doc_id(src, text),
                    source=src,
                    url=src,
                    text=text,
                    lang=lang,
                    blocks=[Block(0, len(text), "body", lang, [])],
                )
            )
        s.write_batch(run, docs)
        s.finish_run(run, {})
    conn = sqlite3.connect(db)
    yield conn
    conn.close()


def langs(res):
    return sorted(h.lang for h in res.hits)


@pytest.mark.parametrize(
    ("query", "lang", "marked"),
    [
        ("7.62mm", "zh", "<mark>7</mark>.<mark>62mm</mark>"),
        ("OTAN", "zh", "<mark>OTAN</mark>"),
        ("otan", "zh", "<mark>OTAN</mark>"),
        ("2025", "ja", "<mark>2025</mark>"),
        ("QR", "ja", "<mark>QR</mark>"),
        ("u23", "th", "<mark>U23</mark>"),
        ('"7.62mm"', "zh", "<mark>7</mark>.<mark>62mm</mark>"),  # a phrase still works
    ],
)
def test_a_latin_word_or_number_glued_to_an_unspaced_script_is_found(
    glued_conn, query, lang, marked
):
    res = search(glued_conn, query)
    assert langs(res) == [lang], query
    assert marked in res.hits[0].snippet_html


@pytest.mark.parametrize(
    ("query", "lang"),
    [
        ("北约OTAN峰会", "zh"),  # typed glued, as the page writes it
        ("北约 OTAN 峰会", "zh"),  # typed spaced
        ("大阪2025", "ja"),
        ("ไทยU23", "th"),
    ],
)
def test_a_glued_query_finds_the_page_however_it_is_spaced(glued_conn, query, lang):
    assert langs(search(glued_conn, query)) == [lang]


def test_a_glued_bare_query_is_split_into_words_and_substrings():
    kinds = [(t.kind, t.text) for t in parse_query("北约OTAN峰会")]
    assert kinds == [("substring", "北约"), ("words", "otan"), ("substring", "峰会")]
    # quoted: one substring, as typed
    assert [(t.kind, t.text) for t in parse_query('"北约OTAN峰会"')] == [
        ("substring", "北约OTAN峰会")
    ]


def test_a_word_inside_latin_letters_is_still_not_a_word(glued_conn):
    # "RON92" glued to "E5": one Latin token, as before ("92" alone finds nothing)
    assert langs(search(glued_conn, "92")) == []
    assert langs(search(glued_conn, "E5RON92")) == ["vi"]


def test_excluding_a_glued_word(glued_conn):
    assert langs(search(glued_conn, "2025 -QR")) == []
    assert "zh" not in langs(search(glued_conn, "-otan"))
