"""A newsletter box inside an article (its promise, "The day's top stories,
in your inbox every weekday", and its small print) is no part of the
article, although it is written in sentences; a sentence of the article
about e-mail stays body."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines, classify_page


@pytest.mark.parametrize(
    "lang,line",
    [
        ("en", "The day's top stories, in your inbox every weekday at 7am."),
        ("en", "By signing up you agree to our privacy policy. You can unsubscribe at any time."),
        ("vi", "Đăng ký nhận bản tin để không bỏ lỡ những tin tức quan trọng nhất trong ngày."),
        ("zh", "每天早上，我们把最重要的新闻直接发送到您的邮箱。"),
    ],
)
def test_newsletter_promise_between_paragraphs_is_not_body(lang, line):
    out = classify_lines([*BODY[lang][:2], line, *BODY[lang][2:]])
    assert out[line][0] == "navigation", out[line]


def test_sentence_about_email_stays_body():
    line = "Police said the fake invoices landed in your inbox looking exactly like a real bill from the city."
    out = classify_lines([*BODY["en"][:2], line, *BODY["en"][2:]])
    assert out[line][0] == "body", out[line]


def test_newsletter_box_inside_an_html_article(tmp_path):
    promise = "The day's top stories, in your inbox every weekday at 7am."
    first = "".join(f"<p>{p}</p>" for p in BODY["en"][:2])
    rest = "".join(f"<p>{p}</p>" for p in BODY["en"][2:])
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Central park to be renovated | Valley Post</title></head><body>
<nav><a>Home</a> <a>News</a> <a>Transport</a> <a>Business</a></nav>
<article><h1>Central park to be renovated</h1><p class="byline">By Ana Whitlock</p>{first}
<aside><h4>Get the morning briefing</h4><p>{promise}</p>
<form><input placeholder="Enter your email"><button>Sign up</button></form></aside>{rest}</article>
<footer>© 2025 Valley Post Media Ltd</footer></body></html>"""
    path = tmp_path / "en_newsletter.html"
    path.write_text(html, encoding="utf-8")
    doc = classify_page(path)
    got = {doc.text[b.start : b.end]: b for b in doc.blocks}
    assert got[promise].label != "body", got[promise]
    assert all(got[p].label == "body" for p in BODY["en"])
