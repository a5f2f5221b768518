"""A web page whose <title> is only the site's name and whose headline is a
plain paragraph (no h1) under the lead photo's caption: no line holds the page
title, so no headline was looked for, the caption stayed in the body and the
page was titled with the site's name. Pages written for this test."""

from __future__ import annotations

from tests.clean.helpers import classify_page

PAGE = """<html lang="en"><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="hero"><img src="x.jpg"><p>Workers fit new benches along the main path of the
central park on Friday morning.</p></div>
<div class="head"><p class="h">Central park to close for six months of renovation</p>
<p>By Helen Marsh</p></div>
<div class="body">
<p>The city said on Monday that work to renovate the central park would begin early next month
and take about six months, with the lake and the playground closed first.</p>
<p>Under the plan, the children's playground will be enlarged and more trees will be planted
along the walking paths, and two new entrances will open on the north side.</p>
<p>Residents welcomed the project but said they wanted clear notice of when the noisiest work
would take place, and asked for the path to the school to stay open.</p>
</div></body></html>"""


def _doc(tmp_path, title):
    p = tmp_path / "page.html"
    p.write_text(PAGE.format(title=title), encoding="utf-8")
    return classify_page(p)


def test_the_headline_names_a_page_titled_with_the_site_name(tmp_path):
    doc = _doc(tmp_path, "The Harbour Gazette")
    assert doc.title == "Central park to close for six months of renovation"
    labels = {" ".join(doc.text[b.start : b.end].split()): b.label for b in doc.blocks}
    caption = "Workers fit new benches along the main path of the central park on Friday morning."
    assert labels[caption] == "caption", labels


def test_a_page_title_holding_the_headline_still_names_the_page(tmp_path):
    doc = _doc(tmp_path, "Central park to close for six months of renovation | The Harbour Gazette")
    assert doc.title == "Central park to close for six months of renovation"
