"""An article's last short paragraph set off by an advertising slot's label
("Advertisement", "Publicidad", "Quảng cáo") or by a separator the article
already uses between its own parts (a live blog's entry time) is the
article's, not text after its end: events and quotes are read from it.
Page chrome after the slot (a copyright line, a promotion, a related list)
stays set aside, and so does a line after a separator the article never
used. Pages written for this test, in text-dump and HTML form."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.clean import ClassifyBlocks, SegmentBlocks
from newsline.clean.html import html_to_text_function
from newsline.langid import IdentifyLanguages
from newsline.model import Document

from .helpers import BODY_EN, BODY_ES, BODY_JA, BODY_VI, classify_lines

ES_LAST = "El parque reabrirá sus puertas en primavera, según el ayuntamiento."
VI_LAST = "Công viên sẽ mở cửa lại vào mùa xuân năm sau."
EN_LAST = "The park should reopen in the spring, the council said."


@pytest.mark.parametrize(
    ("body", "slot", "last", "tail"),
    [
        (BODY_ES, "Publicidad", ES_LAST, ["Más noticias", "Otra noticia de la ciudad"]),
        (BODY_VI, "Quảng cáo", VI_LAST, ["Tin liên quan", "Một tin khác của thành phố"]),
        (BODY_EN, "Advertisement", EN_LAST, ["Most read", "Another story from the city"]),
    ],
)
def test_last_paragraph_after_an_ad_slot_is_body(body, slot, last, tail):
    lines = [*body, slot, last, *tail, "© 2025 Example Media. All rights reserved."]
    got = classify_lines(lines)
    assert got[last][0] == "body", got[last]
    assert got[slot][0] == "navigation", got[slot]
    assert got[lines[-1]][0] == "footer", got[lines[-1]]


LIVE = [
    "Storm live updates: bridge closed, ferries cancelled",
    "Updated 6:15 p.m. Feb. 3, 2025",
    "Strong winds have closed the harbour bridge and cancelled all ferry sailings for the rest of the day, the port authority said.",
    "5:50 p.m.",
    "Crews have cleared fallen trees from the coast road near the marina, police said. Drivers are still asked to avoid the area.",
    "4:10 p.m.",
    "The weather service has extended its wind warning until midnight. Gusts of up to 90 km/h are expected along the coast.",
    "Advertisement",
    "1:35 p.m.",
    "Schools in the district will stay closed on Tuesday, officials announced.",
    "Related: How to secure garden furniture before a storm",
    "© 2025 The Coast Courier. All rights reserved.",
]


def test_live_blog_last_entry_after_its_time_is_body():
    got = classify_lines(LIVE)
    assert got[LIVE[9]][0] == "body", got[LIVE[9]]
    assert got[LIVE[8]][0] == "metadata", got[LIVE[8]]
    assert got[LIVE[-1]][0] == "footer", got[LIVE[-1]]


def test_a_time_the_article_never_used_does_not_carry_it_on():
    # no entry times inside: a stamp after the text opens the page's tail
    got = classify_lines([*BODY_EN, "Posted 1:35 p.m.", EN_LAST])
    assert got[EN_LAST][0] != "body", got[EN_LAST]


def test_only_slots_and_the_articles_separators_are_passed():
    got = classify_lines([*BODY_EN, "Share this article", "Advertisement", EN_LAST])
    assert got[EN_LAST][0] != "body", got[EN_LAST]


def test_chrome_after_the_slot_stays_chrome():
    for tail in (
        "Copyright © 2025 Example Media. All rights reserved.",
        "Sign up for our newsletter to get the day's news by email every morning.",
        "The views expressed here are those of the author alone.",
    ):
        got = classify_lines([*BODY_EN, "Advertisement", tail])
        assert got[tail][0] not in ("body", "title"), (tail, got[tail])


def _html_page(paras: list[str], slot: str, last: str) -> Document:
    body = "".join(f"<p>{p}</p>" for p in paras)
    html = (
        "<html><head><title>Tramway order | Hokuriku News</title></head><body>"
        "<nav><a href='/'>Top</a> <a href='/s'>Society</a> <a href='/e'>Economy</a></nav>"
        "<article><h1>Tramway order</h1>"
        f"{body}<amp-ad width='300' height='250'><div fallback>{slot}</div></amp-ad>"
        f"<p>{last}</p></article>"
        "<aside><h2>Related news</h2><ul><li><a href='/1'>Bus fares to stay the same</a></li>"
        "<li><a href='/2'>Rail use up 8% on last year</a></li></ul></aside>"
        "<footer>Copyright © Hokuriku News All rights reserved.</footer></body></html>"
    )
    text = html_to_text_function()(html)
    doc = Document(id="p", source="p.html", text=text, html=html, url="https://p.example/a/1")
    for stage in (SegmentBlocks(), IdentifyLanguages(), ClassifyBlocks()):
        stage([doc], Counter())
    return doc


JA_LAST = "新しい遊具は来年春に利用を始める予定だ。"


@pytest.mark.parametrize(
    ("body", "slot", "last"),
    [
        (BODY_ES, "Publicidad", ES_LAST),
        (BODY_EN, "Advertisement", EN_LAST),
        (BODY_JA, "広告", JA_LAST),
    ],
)
def test_html_last_paragraph_after_an_ad_slot_is_body(body, slot, last):
    pytest.importorskip("trafilatura")
    doc = _html_page(body, slot, last)
    labels = {doc.text[b.start : b.end]: b.label for b in doc.blocks}
    assert labels.get(last) == "body", labels
