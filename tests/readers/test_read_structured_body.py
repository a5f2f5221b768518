"""A teaser page (a paywall, a body rendered by script) may carry its whole
article only in JSON-LD ``articleBody``. The reader then adds the paragraphs
the visible text lacks after that text, and says where they start; a page
that shows its article adds nothing. Invented pages."""

from __future__ import annotations

import json

from newsline.readers.html import parse_html

PARAS = [
    "The harbour authority on Tuesday approved a plan to extend the deep-water berth by 400 metres, clearing the way for larger ships.",
    "The project will be paid for partly by a loan from a regional development bank and partly by port fees, the authority said.",
    "Shipping lines have complained for years that the current berth is too short for the newest vessels calling at the port.",
    "Local fishing groups said they feared the dredging would damage breeding grounds near the mouth of the river.",
    "The authority said dredging would be paused during the spawning season each spring to protect the fish.",
]


def _page(visible: list[str], ld: dict | list | None) -> str:
    script = (
        f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld is not None else ""
    )
    body = "".join(f"<p>{p}</p>" for p in visible)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Harbour berth approved | The Coastal Herald</title>{script}</head><body>
<nav><a>Home</a> <a>News</a></nav><article><h1>Harbour berth approved</h1>{body}
<div class="paywall"><p>This article is for subscribers only.</p></div></article>
<footer>© 2025 The Coastal Herald</footer></body></html>"""


def _article(**extra) -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Harbour berth approved",
        "articleBody": "\n\n".join(PARAS),
        **extra,
    }


def test_teaser_page_gets_the_hidden_paragraphs_after_its_visible_text():
    page = parse_html(_page(PARAS[:1], _article()))
    sb = page.meta["structured_body"]
    visible, added = page.text[: sb["start"]], page.text[sb["start"] :]
    assert visible.rstrip("\n").endswith("© 2025 The Coastal Herald")
    assert added.split("\n") == PARAS[1:]  # the paragraph shown is not repeated
    assert sb["paragraphs"] == 4


def test_article_in_a_graph_is_found():
    ld = {"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, _article()]}
    page = parse_html(_page(PARAS[:1], ld))
    assert page.meta["structured_body"]["paragraphs"] == 4


def test_page_showing_its_article_adds_nothing():
    page = parse_html(_page(PARAS, _article()))
    assert "structured_body" not in page.meta
    assert page.text.count(PARAS[2]) == 1


def test_other_types_and_short_bodies_add_nothing():
    assert (
        "structured_body" not in parse_html(_page(PARAS[:1], _article(**{"@type": "Product"}))).meta
    )
    short = _article(articleBody="Berth approved.")
    assert "structured_body" not in parse_html(_page([], short)).meta
    assert "structured_body" not in parse_html(_page(PARAS[:1], None)).meta


def test_broken_json_adds_nothing_and_never_raises():
    html = _page(PARAS[:1], None).replace(
        "</head>", '<script type="application/ld+json">{"articleBody": "x",</script></head>'
    )
    page = parse_html(html)
    assert "structured_body" not in page.meta
    assert PARAS[0] in page.text


def test_structured_article_of_another_page_adds_nothing():
    # a section front listing articles: several bodies, or a headline the
    # page does not show, are not this page's article
    two = [_article(), _article(headline="Other story", articleBody="\n\n".join(reversed(PARAS)))]
    assert "structured_body" not in parse_html(_page(PARAS[:1], two)).meta
    foreign = _article(headline="Mountain railway reopens after landslide repairs")
    assert "structured_body" not in parse_html(_page(PARAS[:1], foreign)).meta


def test_live_blog_shell_reads_its_updates_in_order():
    updates = [
        {"@type": "BlogPosting", "headline": f"Update {k}", "articleBody": p}
        for k, p in enumerate(PARAS)
    ]
    ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": "Harbour berth approved",
        "liveBlogUpdate": updates,
    }
    page = parse_html(_page([], ld))
    sb = page.meta["structured_body"]
    added = page.text[sb["start"] :].split("\n")
    assert [line for line in added if not line.startswith("Update ")] == PARAS
