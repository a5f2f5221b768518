"""Metadata shapes that missed on held-out pages (benchmarks/data/meta/heldout5):

* an extractor's author list that keeps a byline's weekday as a second
  writer ("Ana Ruiz; Miércoles", Thai "…; วันศุกร์ที่"): a weekday's name
  alone is no writer, a name opening with one is ("Sunday Okafor");
* a Chinese byline naming two reporters set apart by a space ("记者 陈晨
  赵雪梅"): two writers (a Japanese name keeps its inner space);
* a Chinese page title joining headline and site by a bare dash
  ("标题-站名"): its last part names the site;
* a page title that is the site's name alone, with no og:site_name, only a
  copyright line naming the site: the headline is the page's <h1>.

Pages written for this test."""

from __future__ import annotations

import pytest

from newsline.clean.stages import _without_month_parts, sitename_in_page_title

from .helpers import BODY_ES, BODY_JA, BODY_VI, BODY_ZH
from .helpers import html_article_page as _page

pytest.importorskip("trafilatura")


@pytest.mark.parametrize(
    ("author", "lang", "want"),
    [
        ("Ana Ruiz; Miércoles", "es", "Ana Ruiz"),
        ("Ana Ruiz; miercoles", "es", "Ana Ruiz"),
        ("Lena Koch; Freitag", "de", "Lena Koch"),
        ("สมศรี ใจงาม; วันศุกร์ที่", "th", "สมศรี ใจงาม"),
        ("Tom Reyes; Tuesday", "en", "Tom Reyes"),
    ],
)
def test_a_weekday_alone_is_no_second_writer(author, lang, want):
    assert _without_month_parts(author, lang) == want


@pytest.mark.parametrize(
    ("author", "lang"),
    [("Sunday Okafor; Grace Bello", "en"), ("Ana Ruiz; Luis Gil", "es")],
)
def test_names_opening_with_a_weekday_or_none_are_kept(author, lang):
    assert _without_month_parts(author, lang) is None


def test_chinese_reporters_set_apart_by_a_space_are_two_writers(tmp_path):
    h1 = "市区新建三座社区图书馆本月对外开放"
    doc = _page(
        tmp_path,
        "zh-CN",
        f"<title>{h1}</title>",
        f"<h1>{h1}</h1><p>2025年4月2日 10:05</p><p>记者 陈晨 赵雪梅</p>",
        BODY_ZH,
    )
    assert sorted(a.strip() for a in (doc.author or "").split(";")) == ["赵雪梅", "陈晨"]


def test_a_japanese_name_keeps_its_inner_space(tmp_path):
    h1 = "市内の公園で桜が満開、週末は花見客でにぎわう見込み"
    doc = _page(
        tmp_path,
        "ja",
        f"<title>{h1}</title>",
        f"<h1>{h1}</h1><p>記者 佐藤 花子</p>",
        BODY_JA,
    )
    assert doc.author is None or ";" not in doc.author


@pytest.mark.parametrize(
    ("title", "headline", "site"),
    [
        (
            "城南老街改造完成 百年骑楼重新开放-岭南晨报网",
            "城南老街改造完成 百年骑楼重新开放",
            "岭南晨报网",
        ),
        ("“菜篮子”价格平稳—江北日报", "“菜篮子”价格平稳", "江北日报"),
    ],
)
def test_a_bare_dash_between_han_parts_sets_off_the_site(title, headline, site):
    assert sitename_in_page_title(title, headline) == site


def test_a_bare_dash_inside_a_date_or_a_latin_title_splits_nothing():
    assert sitename_in_page_title("Covid-19 cases fall", "Covid") is None
    assert sitename_in_page_title("2025-03-04 会议纪要", "2025") is None


@pytest.mark.parametrize(
    ("lang", "site", "h1", "body"),
    [
        (
            "es",
            "Noticias del Maule",
            "Talca inaugura un puente peatonal sobre el estero Baeza",
            BODY_ES,
        ),
        (
            "vi",
            "Tin Tây Nguyên",
            "Gia Lai khánh thành trường học mới cho học sinh vùng sâu",
            BODY_VI,
        ),
    ],
)
def test_a_page_title_of_the_copyright_holder_leaves_the_headline_to_the_h1(
    tmp_path, lang, site, h1, body
):
    doc = _page(
        tmp_path,
        lang,
        f"<title>{site}</title>",
        f'<div class="logo">{site}</div><h1>{h1}</h1>',
        body,
        f"<footer><p>Copyright © 2025 {site}</p></footer>",
    )
    assert doc.title == h1
    (logo,) = [b for b in doc.blocks if b.text_of(doc) == site]
    assert logo.label != "title"
