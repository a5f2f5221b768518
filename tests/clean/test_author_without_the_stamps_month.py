"""A byline with its stamp after a bar ("By Renata Alvarez | April 16, 2024"):
the extractor strips the date's figures and kept its month as a second writer
("Renata Alvarez; April"), found by benchmarks/data/clean/heldout6. A month's
name alone is no writer; a writer whose name starts with one is. Pages
written for this file."""

from __future__ import annotations

import pytest

from .helpers import classify_page

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Harbour crane returns after a year of repairs | Bayside Courier</title>
<meta property="article:published_time" content="2024-03-18T09:00:00+00:00">
</head><body><header><div class="logo">Bayside Courier</div>
<nav><a>News</a> <a>Sport</a> <a>Business</a></nav></header>
<article><h1>Harbour crane returns after a year of repairs</h1>
<p class="byline">{byline}</p>
<p>The harbour's largest crane lifted its first container in more than a year on Monday, after
repairs to its jib and motors that cost the port authority about 3.2 million pounds.</p>
<p>Dock workers said the crane's absence had slowed the unloading of the bigger ships, which
had to wait for a smaller crane or sail on to another port.</p>
<p>The port authority said it expected traffic to return to last year's level by the summer.</p>
</article><footer><p>© 2024 Bayside Courier</p></footer></body></html>
"""


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Tom Okafor | March 18, 2024", "Tom Okafor"),
        ("By Tom Okafor | 18 March 2024", "Tom Okafor"),
    ],
)
def test_the_stamps_month_is_no_second_writer(tmp_path, byline, author):
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(byline=byline), encoding="utf-8")
    doc = classify_page(path)
    assert doc.author == author, (doc.author, doc.meta)


def test_a_writer_whose_name_is_a_month_keeps_it(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(byline="By April Jones | March 18, 2024"), encoding="utf-8")
    doc = classify_page(path)
    assert doc.author is not None and "April Jones" in doc.author, (doc.author, doc.meta)
    assert "March" not in doc.author
