"""The page's author from the byline it shows (invented pages and sites).

A plain-text scrape has no markup naming its author, and many HTML pages
name none either; the byline block the cleaner found names the writer. An
editor's or proofreader's credit, a desk, an author's bio and a commenter's
name do not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsline.clean.html import author_name

from .helpers import BODY, classify_page

PAGES = Path(__file__).parent / "pages"


def _author(tmp_path, lines: list[str], name: str = "page.txt") -> str | None:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return classify_page(path).author


@pytest.mark.parametrize(
    "lang,head,tail,author",
    [
        ("vi", [], ["Thanh Hương"], "Thanh Hương"),
        ("es", ["Por Mariana Castillo Ortega"], [], "Mariana Castillo Ortega"),
        ("fr", ["Par Hélène Gaubert (Bordeaux, correspondante)"], [], "Hélène Gaubert"),
        ("en", ["By Daniel Okoro"], ["Edited by Priya Nair"], "Daniel Okoro"),
        ("zh", ["（记者 陈嘉欣）"], ["责任编辑：王晓明"], "陈嘉欣"),
    ],
)
def test_the_byline_names_the_author_of_a_plain_text_page(tmp_path, lang, head, tail, author):
    title = {
        "vi": "Khởi công cải tạo công viên trung tâm thành phố",
        "es": "Comienzan las obras del parque central",
        "fr": "Les travaux du parc central commencent",
        "en": "Work on the central park begins next month",
        "zh": "中心公园改造工程下月动工",
    }[lang]
    assert _author(tmp_path, [title, *head, *BODY[lang], *tail]) == author


@pytest.mark.parametrize(
    "lang,credit",
    [
        ("zh", "责任编辑：王晓明"),
        ("zh", "【编辑：孙丽】"),
        ("en", "Edited by Priya Nair"),
        ("vi", "Biên tập: Thu Hà"),
        ("es", "Por Redacción"),
    ],
)
def test_an_editors_credit_or_a_desk_names_no_author(tmp_path, lang, credit):
    assert _author(tmp_path, [*BODY[lang], credit]) is None


def test_a_commenters_name_is_not_the_author(tmp_path):
    lines = [
        "Work on the central park begins next month",
        *BODY["en"],
        "2 Comments",
        "Peter Marsh",
        "About time. The playground has been falling apart for years.",
        "Reply",
        "© 2026 Riverside Gazette",
    ]
    assert _author(tmp_path, lines) is None


def test_html_page_without_an_author_in_its_markup():
    doc = classify_page(PAGES / "es_latam_comentarios.html")
    assert doc.author == "Mariana Castillo Ortega"
    assert doc.meta["author_from"] == "the byline the page shows"


@pytest.mark.parametrize(
    "raw,lang,name",
    [
        ("（記者 陳嘉欣）", "zh", "陳嘉欣"),
        ("[Phóng viên: Lan Anh]", "vi", "Lan Anh"),
        ("Par Hélène Gaubert (Bordeaux, correspondante)", "fr", "Hélène Gaubert"),
    ],
)
def test_author_name_drops_brackets_and_a_closing_note(raw, lang, name):
    assert author_name(raw, lang) == name


def test_a_bio_sentence_the_extractor_took_for_the_byline_is_no_author():
    # trafilatura read "Rachel Dunmore is a travel writer based ..." (the
    # author's bio) as the author; the blog's stamp names her
    doc = classify_page(PAGES / "en_wp_road_trip.html")
    assert doc.author == "Rachel Dunmore"
    assert doc.meta.get("author_rejected", "").startswith("Rachel Dunmore is")


@pytest.mark.parametrize(
    "stamp,author",
    [
        ("Posted on May 2, 2026 by Rachel Dunmore · 7 min read", "Rachel Dunmore"),
        ("Publicado el 2 de mayo de 2026 por Lucía Ferrer", "Lucía Ferrer"),
        ("Updated 2 May 2026 by the newsroom", None),
    ],
)
def test_the_writer_named_in_a_blogs_stamp(tmp_path, stamp, author):
    lang = "es" if "Publicado" in stamp else "en"
    lines = ["Work on the central park begins next month", stamp, *BODY[lang]]
    assert _author(tmp_path, lines) == author


@pytest.mark.parametrize(
    "lang,byline,author",
    [
        ("en", "By Priya Raman and Tom Okafor", "Priya Raman; Tom Okafor"),
        ("es", "Por Ana Ruiz y Luis Gil", "Ana Ruiz; Luis Gil"),
        ("es", "Por José Ortega y Gasset", "José Ortega y Gasset"),
    ],
)
def test_two_writers_are_two_names(tmp_path, lang, byline, author):
    lines = ["Work on the central park begins next month", byline, *BODY[lang]]
    assert _author(tmp_path, lines) == author


@pytest.mark.parametrize(
    "stamp,author",
    [
        ("2026-06-14 10:25:36　来源：青石日报　作者：王晓明", "王晓明"),
        ("2026-06-14 10:25　来源：青石日报　责任编辑：李华", None),
        ("14/06/2026 10:15 | Tác giả: Minh Anh", "Minh Anh"),
    ],
)
def test_the_writer_named_as_a_field_of_the_stamp(tmp_path, stamp, author):
    lang = "zh" if "来源" in stamp else "vi"
    title = {
        "zh": "中心公园改造工程下月动工",
        "vi": "Khởi công cải tạo công viên trung tâm thành phố",
    }
    lines = [title[lang], stamp, *BODY[lang]]
    assert _author(tmp_path, lines) == author


def test_a_byline_read_as_the_stamp_still_names_the_writer(tmp_path):
    # "By Jane Doe - June 14, 2026 at 6:05 pm" has few letters for its
    # digits: the cleaner labels it the page's stamp
    lines = ["Work on the central park begins next month", "By Jane Doe - June 14, 2026 at 6:05 pm"]
    assert _author(tmp_path, [*lines, *BODY["en"]]) == "Jane Doe"


def test_a_name_alone_on_a_web_page_names_no_author(tmp_path):
    # on a web page a capitalised line alone by the article is as often a
    # link ("Our Team", "Subscriber Services") as a writer
    body = "".join(f"<p>{p}</p>" for p in BODY["en"])
    html = (
        "<html><head><title>Work on the central park begins next month</title></head><body>"
        "<h1>Work on the central park begins next month</h1>"
        f"<article>{body}</article><div><p>Our Team</p><p>Subscriber Services</p></div>"
        "</body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    assert classify_page(path).author is None
