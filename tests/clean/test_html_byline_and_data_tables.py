"""Pins for two HTML cases checked in session 13 (they already held at
99634d3): a web page whose markup names no author takes the writer from
the labelled byline it shows, in several languages, while a page whose
metadata names one keeps it; and a data table in an article reads one row
per line with its cells apart, while a layout table (an old site's whole
page in a table) still gives one line per paragraph. Pages written for
this test."""

from __future__ import annotations

import pytest

from newsline.readers.html import html_to_text

from .helpers import BODY_EN, BODY_TH, BODY_VI, BODY_ZH, classify_page


def _page(lang: str, byline: str, body: list[str], head: str = "") -> str:
    paras = "".join(f"<p>{p}</p>" for p in body)
    return (
        f'<html lang="{lang}"><head><title>{body[0][:30]}</title>{head}</head><body>'
        '<nav><a href="/">Home</a><a href="/w">World</a></nav>'
        f"<article><h1>{body[0][:40]}</h1><div>{byline}</div>{paras}</article>"
        "<footer>© 2026 Example Media</footer></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "byline", "body", "author"),
    [
        ("en", "By Jane Roe", BODY_EN, "Jane Roe"),
        ("vi", "Tác giả: Nguyễn Minh Anh", BODY_VI, "Nguyễn Minh Anh"),
        ("zh", "记者 王晓明", BODY_ZH, "王晓明"),
        ("th", "โดย สมชาย ใจดี", BODY_TH, "สมชาย ใจดี"),
    ],
)
def test_labelled_byline_names_the_author_when_markup_names_none(
    tmp_path, lang, byline, body, author
):
    path = tmp_path / f"{lang}.html"
    path.write_text(_page(lang, byline, body), encoding="utf-8")
    doc = classify_page(path)
    assert doc.author == author, (doc.author, doc.meta.get("author_from"))


def test_the_metadatas_author_is_kept(tmp_path):
    head = '<meta name="author" content="Maria Costa">'
    path = tmp_path / "en.html"
    path.write_text(_page("en", "By Jane Roe", BODY_EN, head), encoding="utf-8")
    assert classify_page(path).author == "Maria Costa"


def test_a_data_tables_cells_stay_apart_row_by_row():
    table = (
        "<table><tr><th>Đội</th><th>Trận</th><th>Điểm</th></tr>"
        "<tr><td>Hà Nội FC</td><td>20</td><td>45</td></tr>"
        "<tr><td>Viettel</td><td>20</td><td>40</td></tr></table>"
    )
    rows = html_to_text(f"<html><body><p>Bảng xếp hạng.</p>{table}</body></html>").split("\n")
    assert rows[0] == "Bảng xếp hạng."
    assert [r.split() for r in rows[1:]] == [
        ["Đội", "Trận", "Điểm"],
        ["Hà", "Nội", "FC", "20", "45"],
        ["Viettel", "20", "40"],
    ]
    # the cells are apart by more than a space: a row reads as a row
    assert all("\t" in r for r in rows[1:]), rows


def test_a_layout_table_still_gives_paragraphs():
    page = (
        '<html><body><table width="100%"><tr><td><a href="/">Trang chủ</a><br>'
        '<a href="/tin">Tin tức</a></td><td><h1>Tiêu đề bài viết</h1>'
        + "".join(f"<p>{p}</p>" for p in BODY_VI[:2])
        + "</td></tr></table></body></html>"
    )
    assert html_to_text(page).split("\n") == ["Trang chủ", "Tin tức", "Tiêu đề bài viết", *BODY_VI[:2]]
