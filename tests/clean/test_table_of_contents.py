"""A table of contents at the top of a long article or blog post (invented
pages and sites): its heading and entries are page navigation; the
subheadings it links to are the article's own, not repeated teasers."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import BODY, classify_lines, classify_page

PAGES = Path(__file__).parent / "pages"

HEADS = {
    "vi": ["Mục lục", "1. Lịch thi công", "2. Ý kiến người dân"],
    "en": ["Contents [hide]", "1 What will change", "2 What residents say"],
    "fr": ["Sommaire", "Ce qui va changer", "Ce qu'en disent les riverains"],
    "zh": ["目录", "一、施工安排", "二、居民意见"],
}


@pytest.mark.parametrize("lang", sorted(HEADS))
def test_toc_entries_are_navigation_and_subheadings_stay(lang):
    heading, e1, e2 = HEADS[lang]
    import re

    sub1 = re.sub(r"^\d+\.? ", "", e1)
    sub2 = re.sub(r"^\d+\.? ", "", e2)
    b = BODY[lang]
    lines = [heading, e1, e2, b[0], sub1, b[1], b[2], sub2, b[3]]
    out = classify_lines(lines)
    assert out[heading][0] == "navigation", out[heading]
    assert out[e1][0] == "navigation" and "table of contents" in out[e1][1][0], out[e1]
    assert out[e2][0] == "navigation", out[e2]
    if sub1 != e1:
        # the subheadings below are the article's, kept
        assert out[sub1][0] in ("body", "title"), out[sub1]
        assert out[sub2][0] in ("body", "title"), out[sub2]
    assert all(out[p][0] == "body" for p in b), [out[p] for p in b]


def test_toc_heading_without_entries_that_repeat_is_left_alone():
    # "Contents" naming a section of the article, followed by its paragraphs
    lines = ["Contents", *BODY["en"]]
    out = classify_lines(lines)
    assert not out["Contents"][1] or "table of contents" not in out["Contents"][1][0]


def test_blog_post_toc_is_not_kept_as_article_text():
    doc = classify_page(PAGES / "en_wp_road_trip.html")
    labels = [(blk.text_of(doc), blk.label) for blk in doc.blocks]
    assert ("Table of Contents", "navigation") in labels, labels
    # the entry and the subheading it links to
    assert [lab for t, lab in labels if t == "Where to eat"] == ["navigation", "body"]
