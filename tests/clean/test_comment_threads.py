"""Readers' comment threads under the article (invented pages and sites).

Under a comments heading the position rules read each line as what it looks
like: a commenter's name as the article's closing byline, a comment as
footer text, "Reply · Like 12" as a teaser headline, a related list above
running on into the thread. The whole thread is one thing, named as such, up
to the next section the page names by its words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsline.model import Document

from .helpers import BODY_EN, classify_lines, classify_page

pytest.importorskip("trafilatura")

PAGES = Path(__file__).parent / "pages"


def _blocks(doc: Document) -> dict[str, tuple[str, list[str]]]:
    return {doc.text[b.start : b.end]: (b.label, b.reasons) for b in doc.blocks}


def _thread(got, line):
    label, reasons = got[line]
    return label == "navigation" and reasons[0].startswith("comment thread"), (label, reasons)


@pytest.mark.parametrize(
    "page,heading,thread,after",
    [
        (
            "es_latam_comentarios.html",
            "Comentarios",
            [
                "Juan Pérez · hace 2 horas",
                "Otra vez sin luz en mi colonia, siempre es lo mismo cada temporada de lluvias.",
                "Responder · Me gusta 12",
                "Ojalá arreglen pronto, tengo medicinas en el refri.",
            ],
            "Lo más leído",
        ),
        ("vi_tinh_binh_luan.html", "Bình luận", ["Họ tên", "Email", "Gửi"], "Tin liên quan"),
        # a "hot" list above the comments heading ran on into the thread
        (
            "zh_portal_repost.html",
            "网友评论",
            ["已有1523人参与 查看全部评论"],
            "关于网易 | 联系我们 | 广告服务 | 隐私政策 | 不良信息举报",
        ),
    ],
)
def test_comment_thread_lines_are_labelled_as_the_thread(page, heading, thread, after):
    got = _blocks(classify_page(PAGES / page))
    assert got[heading][0] == "navigation"
    for line in thread:
        ok, why = _thread(got, line)
        assert ok, (line, why)
    # the thread ends where the page names its next section
    assert not got[after][1][0].startswith("comment thread"), got[after]
    body = [t for t, (lab, _) in got.items() if lab == "body"]
    assert len(body) >= 4


def test_commenters_name_is_not_the_articles_byline():
    lines = [
        *BODY_EN,
        "Anna Lindqvist",
        "3 Comments",
        "Peter Marsh",
        "About time. The playground has been falling apart for years.",
        "June 14, 2026 at 9:12 am",
        "Reply",
        "Sarah Okafor",
        "Will the dog park stay open while they work on it?",
        "June 14, 2026 at 10:40 am",
        "Reply",
        "Leave a Reply",
        "© 2026 Riverside Gazette",
    ]
    out = classify_lines(lines)
    assert out["Anna Lindqvist"][0] == "byline", out["Anna Lindqvist"]
    for line in (
        "Peter Marsh",
        "Sarah Okafor",
        "June 14, 2026 at 9:12 am",
        "Will the dog park stay open while they work on it?",
    ):
        assert out[line][0] == "navigation" and out[line][1][0].startswith("comment thread"), (
            line,
            out[line],
        )
    assert out["© 2026 Riverside Gazette"][0] == "footer"


def test_a_spam_comment_stays_spam():
    lines = [
        *BODY_EN,
        "Comments (2)",
        "Mai Tran",
        "Great news for families in the area.",
        "CHEAP VIAGRA ONLINE BUY NOW",
        "© 2026 Riverside Gazette",
    ]
    out = classify_lines(lines)
    assert out["Great news for families in the area."][1][0].startswith("comment thread")
    assert out["CHEAP VIAGRA ONLINE BUY NOW"][0] == "spam", out["CHEAP VIAGRA ONLINE BUY NOW"]


@pytest.mark.parametrize(
    "heading",
    [
        "4 thoughts on “Work on the central park begins next month”",
        'One thought on "Work on the central park begins next month"',
        "3 responses to “Work on the central park begins next month”",
        "12 commentaires sur « Les travaux du parc central commencent »",
    ],
)
def test_blog_comment_heading_quoting_the_post(heading):
    lines = [
        *BODY_EN,
        heading,
        "Tom B.",
        "Great guide. Is the playground open yet this year?",
        "Reply",
        "Leave a Reply",
        "© 2026 Riverside Gazette",
    ]
    out = classify_lines(lines)
    assert out[heading][0] == "navigation", out[heading]
    for line in ("Tom B.", "Great guide. Is the playground open yet this year?", "Leave a Reply"):
        assert out[line][1][0].startswith("comment thread"), (line, out[line])


@pytest.mark.parametrize(
    "line",
    ["Thoughts on the budget", "Public comments on “the plan” closed on Friday"],
)
def test_a_headline_naming_comments_is_no_thread_heading(line):
    from newsline.clean.classify import _comments_heading
    from newsline.clean.features import line_features

    assert not _comments_heading(line_features(0, line, "en"))


def test_wordpress_post_comment_thread():
    got = _blocks(classify_page(PAGES / "en_wp_road_trip.html"))
    heading = next(t for t in got if t.startswith("4 thoughts on"))
    assert got[heading][0] == "navigation"
    ok, why = _thread(got, "It opened last Thursday, Tom!")
    assert ok, why


@pytest.mark.parametrize(
    "lang,line", [("fr", "0 commentaire"), ("fr", "Un commentaire"), ("es", "1 comentario")]
)
def test_comment_count_in_the_singular_is_navigation(lang, line):
    from .helpers import BODY

    b = BODY[lang]
    out = classify_lines([b[0], b[1], b[2], b[3], line])
    assert out[line][0] == "navigation", out[line]


def test_comment_count_inside_the_main_text_is_not_kept():
    # the paywalled regional page: "Réagir" then "0 commentaire" in <article>
    got = _blocks(classify_page(PAGES / "fr_regional_tram_abonnes.html"))
    assert got["0 commentaire"][0] == "navigation", got["0 commentaire"]
