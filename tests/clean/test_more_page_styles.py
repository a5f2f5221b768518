"""More whole invented pages (``tests/clean/pages/``, invented text and
sites) in styles the other page tests do not cover: subscription walls,
embedded posts, pages in languages outside the dated six. Read by the
reader, labelled by the real stages (segment, langid, classify)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from newsline.clean import SegmentBlocks
from newsline.model import Document
from newsline.settings import Settings

from .helpers import BODY, classify_lines, classify_page

pytest.importorskip("trafilatura")

PAGES = Path(__file__).parent / "pages"
S = Settings()


def _page(name: str) -> Document:
    return classify_page(PAGES / name)


def _blocks(doc: Document) -> dict[str, tuple[str, str | None]]:
    return {doc.text[b.start : b.end]: (b.label, b.lang) for b in doc.blocks}


def test_subscription_wall_teaser_inside_the_main_text_is_not_body():
    # the wall's box sits inside <article>: trafilatura keeps its sentences
    doc = _page("en_paywall.html")
    got = _blocks(doc)
    teaser = next(t for t in got if t.startswith("You've reached your limit"))
    assert got[teaser][0] == "navigation", got[teaser]
    assert got["Already a subscriber? Log in"][0] == "navigation"
    assert got["Subscribe to continue reading"][0] == "navigation"
    body = [t for t, (lab, _) in got.items() if lab == "body"]
    assert body[-1].startswith("Local health campaigners welcomed")


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to continue reading",
        "Already a subscriber? Sign in",
        "Réservé aux abonnés",
        "Ya eres suscriptor? Inicia sesión",
        "订阅后继续阅读全文",
    ],
)
def test_subscription_wall_prompt_lines_are_navigation(line):
    lang = "vi" if not line.isascii() else "en"
    out = classify_lines([*BODY[lang][:2], line, *BODY[lang][2:]])
    assert out[line][0] == "navigation", out[line]


@pytest.mark.parametrize(
    "para",
    [
        "Streaming services now offer unlimited access to films for a monthly fee, the report found.",
        "The newspaper said it had gained 40,000 subscribers since it began charging for articles.",
    ],
)
def test_sentences_about_subscriptions_stay_body(para):
    from .helpers import BODY_EN

    out = classify_lines([*BODY_EN[:2], para, *BODY_EN[2:]])
    assert out[para][0] == "body", out[para]


def test_embedded_post_and_its_signature_stay_in_the_article():
    # an embedded post: its text, then "— Name (@handle) date". The signature
    # says who wrote the quoted post (who said it), so it stays with it
    doc = _page("en_tweet.html")
    got = _blocks(doc)
    post = next(t for t in got if t.startswith("Crews are working through the night"))
    assert got[post][0] == "body"
    assert got["— Eastshire Power (@EastshirePower) March 2, 2025"][0] == "body"
    assert got["By Tom Rees"][0] == "byline"


def test_han_only_lines_on_a_japanese_page_are_japanese():
    # a date stamp and a footer with the publisher's name hold Han but no
    # kana: alone they read as Chinese; on a Japanese page they are Japanese
    doc = _page("ja_news.html")
    got = _blocks(doc)
    assert doc.lang == "ja"
    assert got["2025年4月1日 10時30分"] == ("metadata", "ja")
    assert got["Copyright © 北浜新聞社 All rights reserved."] == ("footer", "ja")
    assert all(lang == "ja" for lab, lang in got.values() if lab in ("body", "title"))


def test_long_chinese_paragraph_on_a_japanese_page_stays_chinese():
    from newsline.langid import IdentifyLanguages

    ja = [
        "北浜市の中心部に新しい市立図書館が1日、開館した。地上4階建ての建物には約30万冊の本が並び、開館前から多くの市民が列を作った。",
        "新図書館には子ども向けの読み聞かせスペースや、学生が自習できる席が約200席設けられている。",
    ]
    zh = "南港市地铁三号线实现全线隧道贯通，标志着工程建设进入轨道铺设和设备安装阶段，预计年底前开通试运营。"
    text = "\n".join([*ja, zh])
    doc = Document(id="t", source="t", text=text)
    SegmentBlocks()([doc], Counter())
    IdentifyLanguages()([doc], Counter())
    langs = {doc.text[b.start : b.end]: b.lang for b in doc.blocks}
    assert doc.lang == "ja" and langs[zh] == "zh"


def test_short_lines_on_an_arabic_page_get_the_page_language():
    # Arabic is named from 40 letters (outside the model's set): the menu and
    # the footer are shorter, and every block with letters gets a language
    doc = _page("ar_news.html")
    got = _blocks(doc)
    assert doc.lang == "ar"
    assert got["الرئيسية أخبار اقتصاد رياضة"] == ("navigation", "ar")
    assert got["© 2025 صحيفة الأفق. جميع الحقوق محفوظة."] == ("footer", "ar")
    assert all(lang for t, (_, lang) in got.items() if any(c.isalpha() for c in t))


@pytest.mark.parametrize(
    "lang,heading,teaser",
    [
        ("en", "Read also", "Council to review bus lane plan after complaints"),
        ("vi", "Tin liên quan", "Hà Nội lấy ý kiến người dân về quy hoạch công viên mới"),
        ("th", "ข่าวที่เกี่ยวข้อง", "กทม.เตรียมปรับปรุงสวนสาธารณะอีกสามแห่งในปีหน้า"),
    ],
)
def test_article_resumes_after_a_read_also_box_in_plain_text(lang, heading, teaser):
    # plain text (no extractor): a "Read also" box of one teaser in the middle
    # of the article; the paragraphs after it are the article again
    out = classify_lines(
        ["Headline of the day for the park", *BODY[lang][:2], heading, teaser, *BODY[lang][2:]]
    )
    assert out[heading][0] == "related" and out[teaser][0] == "related"
    for para in BODY[lang][2:]:
        assert out[para][0] == "body", out[para]


def test_teasers_with_summaries_after_the_article_stay_related():
    from .helpers import BODY_EN

    heads = [
        "Bus fares to rise in April across the county",
        "Fares for adults will go up by ten pence, the operator said in a statement.",
        "New bike lanes open on Main Street this week",
        "The lanes run for two miles and cost the council half a million pounds.",
    ]
    out = classify_lines([*BODY_EN, "Read more", *heads, "© 2024 Valley Herald"])
    assert all(out[h][0] == "related" for h in heads), [out[h] for h in heads]


def test_reader_comments_under_a_plain_text_article_are_not_body():
    # "Bình luận (12)" heads the readers' comments: a name, a comment, a time,
    # "Trả lời"; the comments are not the article, and the author's name
    # above the heading is still its byline
    doc = _page("vi_comments.txt")
    got = _blocks(doc)
    assert got["Bình luận (12)"][0] == "navigation"
    assert got["Trang 1 2 3 Tiếp »"][0] == "navigation"
    assert got["Minh Châu"][0] == "byline"
    comment = next(t for t in got if t.startswith("Xe buýt điện chạy êm"))
    assert got[comment][0] not in ("body", "title"), got[comment]
    assert got["Trần Quốc Bảo"][0] not in ("body", "title")
    body = [t for t, (lab, _) in got.items() if lab == "body"]
    assert len(body) == 3 and body[-1].startswith("Đại diện doanh nghiệp")


def test_next_page_link_after_a_chinese_article_is_navigation_not_a_byline():
    # "下一页" (three Han characters) looked like a name closing the article
    doc = _page("zh_paged.txt")
    got = _blocks(doc)
    assert got["下一页"][0] == "navigation"
    assert got["【编辑：孙丽】"][0] == "byline"


@pytest.mark.parametrize(
    "line",
    [
        "Trang 1 2 3 Tiếp »",
        "« 1 2 3 4 … 9 Next »",
        "上一页 1 2 3 下一页",
        "Page 1 2 3",
        "Página siguiente",
    ],
)
def test_page_link_rows_are_navigation(line):
    from .helpers import BODY_EN

    out = classify_lines([*BODY_EN, line, "© 2025 Valley Herald"])
    assert out[line][0] == "navigation", out[line]


@pytest.mark.parametrize(
    "line",
    [
        "Arsenal 2 1 Chelsea",
        "Round 3 results: 1 2 upsets in the group",
    ],
)
def test_scores_and_numbers_are_not_page_links(line):
    from newsline.clean.classify import _page_numbers
    from newsline.clean.features import line_features

    assert not _page_numbers(line_features(0, line, "en"))


def test_comments_link_above_the_article_does_not_end_it():
    # a share bar under the lede with "Comments (12)", then the article
    from .helpers import BODY_EN

    lines = [
        "Council approves park renovation plan",
        BODY_EN[0],
        BODY_EN[1],
        "Comments (12)",
        BODY_EN[2],
        BODY_EN[3],
    ]
    out = classify_lines(lines)
    assert all(out[p][0] == "body" for p in BODY_EN), [out[p] for p in BODY_EN]


@pytest.mark.parametrize(
    "lang,line",
    [
        ("zh", "版权所有 西河日报社"),
        ("vi", "Bản quyền thuộc về Báo Sông Hàn"),
        ("en", "Example Daily News. All rights reserved."),
    ],
)
def test_rights_reserved_notice_without_a_year_is_a_footer(lang, line):
    # "版权所有 <publisher>" read as a name closing the article (a byline) and
    # "Bản quyền thuộc về …" as a teaser headline: a phrase only a copyright
    # notice says is enough, without "©" or a year
    body = BODY.get(lang, BODY["en"])
    out = classify_lines([*body, line])
    assert out[line][0] == "footer", out[line]


def test_chinese_page_footer_after_a_related_list_is_a_footer():
    doc = _page("zh_paged.txt")
    got = _blocks(doc)
    assert got["版权所有 西河日报社"][0] == "footer"
    assert got["我省推进城乡交通运输一体化"][0] == "related"
