"""The article a teaser page carries only in JSON-LD ``articleBody`` (the
reader adds it after the visible text) is body, each paragraph saying where
it came from; the page's paywall prompt, lists and footer stay set aside."""

from __future__ import annotations

import json

from .helpers import BODY, classify_page


def test_structured_body_of_a_teaser_page_is_body(tmp_path):
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Central park to be renovated",
        "articleBody": "\n\n".join(BODY["en"]),
    }
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Central park to be renovated | The Coastal Herald</title>
<script type="application/ld+json">{json.dumps(ld)}</script></head><body>
<nav><a>Home</a> <a>News</a> <a>Business</a> <a>Sport</a></nav>
<article><h1>Central park to be renovated</h1><p>{BODY["en"][0]}</p>
<div class="paywall"><p>This article is for subscribers only. Subscribe now to continue reading.</p>
<a>Subscribe from $1 a week</a></div></article>
<aside><h3>Most read</h3><ol><li><a>Council votes to close two city libraries</a></li>
<li><a>Storm warning issued for the weekend</a></li></ol></aside>
<footer>© 2025 The Coastal Herald. All rights reserved.</footer></body></html>"""
    path = tmp_path / "en_teaser.html"
    path.write_text(html, encoding="utf-8")
    doc = classify_page(path)
    kept = doc.clean_text()
    for para in BODY["en"]:
        assert kept.count(para) == 1, para
    labels = {doc.text[b.start : b.end]: b for b in doc.blocks}
    for para in BODY["en"][1:]:
        assert labels[para].label == "body"
        assert any("JSON-LD" in r for r in labels[para].reasons)
    assert labels["Most read"].label != "body"
    assert "subscribers only" not in kept


def test_script_shell_page_reads_its_structured_article(tmp_path):
    # a page rendered by script: only a loading placeholder is visible
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Công viên trung tâm được cải tạo",
        "articleBody": "\n\n".join(BODY["vi"]),
    }
    html = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Công viên trung tâm được cải tạo - Báo Thành Phố</title>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head>
<body><div id="root"><noscript>Vui lòng bật JavaScript.</noscript>
<div class="loading">Đang tải...</div></div></body></html>"""
    path = tmp_path / "vi_shell.html"
    path.write_text(html, encoding="utf-8")
    doc = classify_page(path)
    labels = {doc.text[b.start : b.end]: b.label for b in doc.blocks}
    assert labels["Đang tải..."] == "navigation"
    assert all(labels[p] == "body" for p in BODY["vi"])
    assert doc.lang == "vi"


def test_comments_between_the_teaser_and_the_structured_article_stay_out(tmp_path):
    # the structured article follows the whole visible page: the readers'
    # comments the page shows after its teaser are not between two parts of
    # the article
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Central park to be renovated",
        "articleBody": "\n\n".join(BODY["en"]),
    }
    comments = [
        "About time. The playground has been a muddy mess for years and nobody cared.",
        "Who pays for all this? Not the developers next to the park, that is for sure.",
    ]
    thread = "".join(
        f"<div><b>reader{k}</b> <span>{k} hours ago</span><p>{c}</p><a>Reply</a></div>"
        for k, c in enumerate(comments, 1)
    )
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Central park to be renovated | The Coastal Herald</title>
<script type="application/ld+json">{json.dumps(ld)}</script></head><body>
<nav><a>Home</a> <a>News</a> <a>Business</a> <a>Sport</a></nav>
<article><h1>Central park to be renovated</h1><p>{BODY["en"][0]}</p>
<p>This article is for subscribers only. Subscribe now to continue reading.</p></article>
<section><h3>Comments (2)</h3>{thread}</section>
<footer>© 2025 The Coastal Herald. All rights reserved.</footer></body></html>"""
    path = tmp_path / "en_teaser_comments.html"
    path.write_text(html, encoding="utf-8")
    doc = classify_page(path)
    labels = {doc.text[b.start : b.end]: b.label for b in doc.blocks}
    for c in comments:
        assert labels[c] != "body", c
    assert all(labels[p] == "body" for p in BODY["en"])
