"""A site's own promo labels and list headings printed in capitals ("DON'T
MISS", "ĐỪNG BỎ LỠ", "À LIRE AUSSI") are chrome, not injected spam.

Pages invented here, in the styles of several kinds of news site. An
all-caps line whose words occur nowhere else on the page used to be labelled
spam (and flagged) whatever it said; injected keyword lines sit alone
between paragraphs, while a promo label is named by its words or heads a
list of teaser headlines. A promo line that sells (a link, a phone number,
a price, a call to buy) is still an advert.
"""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.clean import ClassifyBlocks, SegmentBlocks
from newsline.flags import FlagDocuments
from newsline.langid import IdentifyLanguages
from newsline.model import Document

from .helpers import BODY, classify_lines

# Teaser headlines of other stories (a "don't miss" box lists them).
TEASERS = {
    "en": [
        "Floods cut power to thousands in the north",
        "Central bank holds rates steady for a third month",
        "New metro line opens to passengers this weekend",
    ],
    "vi": [
        "Mưa lớn gây ngập nhiều tuyến phố trung tâm",
        "Giá xăng tăng nhẹ từ chiều nay",
        "Khánh thành cầu mới bắc qua sông lớn nhất tỉnh",
    ],
    "es": [
        "Las lluvias dejan sin luz a miles de hogares",
        "El banco central mantiene los tipos por tercer mes",
        "Abre al público la nueva línea de metro",
    ],
}


def _between(lang: str, line: str) -> dict:
    b = BODY[lang]
    return classify_lines([b[0], b[1], line, b[2], b[3]])


@pytest.mark.parametrize(
    "lang, line",
    [
        ("en", "DON'T MISS"),
        ("en", "DON’T MISS"),  # typographic apostrophe
        ("en", "MUST READ"),
        ("en", "Don't miss"),
        ("vi", "ĐỪNG BỎ LỠ"),
        ("es", "NO TE LO PIERDAS"),
        ("fr", "À LIRE AUSSI"),
        ("fr", "À NE PAS MANQUER"),
        ("zh", "不容错过"),
        ("th", "ห้ามพลาด"),
    ],
)
def test_promo_label_alone_between_paragraphs_is_chrome_not_spam(lang, line):
    label, reasons = _between(lang, line)[line]
    assert label == "related", (label, reasons)
    assert any("cue" in r for r in reasons), reasons


@pytest.mark.parametrize(
    "lang, heading",
    [
        ("en", "DON'T MISS"),
        ("en", "QUICK TAKES"),  # no cue: the list under it says what it is
        ("vi", "ĐIỂM TIN NHANH"),
        ("es", "MÁS TITULARES"),
    ],
)
@pytest.mark.parametrize("where", ["inside", "after"])
def test_caps_heading_above_teaser_headlines_is_chrome_not_spam(lang, heading, where):
    b = BODY[lang]
    box = [heading, *TEASERS[lang]]
    lines = [b[0], b[1], *box, b[2], b[3]] if where == "inside" else [*b, *box]
    label, reasons = classify_lines(lines)[heading]
    assert label == "related", (label, reasons)


@pytest.mark.parametrize(
    "lang, line, why",
    [
        ("en", "DON'T MISS: WWW.BESTDEALS.XYZ", "link"),
        ("en", "DON’T MISS $9.99 WATCHES", "price"),
        ("en", "MUST READ: ORDER NOW", "call to buy"),
        ("vi", "ĐỪNG BỎ LỠ: GỌI 0909123456", "phone"),
        ("vi", "ĐỪNG BỎ LỠ - MUA NGAY", "call to buy"),
        ("es", "NO TE PIERDAS - SOLO 19,99 €", "price"),
        ("fr", "À NE PAS MANQUER: ACHETEZ", "call to buy"),
    ],
)
def test_caps_promo_that_sells_or_gives_a_contact_is_still_spam(lang, line, why):
    label, reasons = _between(lang, line)[line]
    assert label == "spam", (label, reasons)
    assert why in reasons[0], reasons


def test_caps_promo_that_sells_above_teasers_is_still_spam():
    b = BODY["en"]
    line = "SHOP NOW: BEST DEALS"
    out = classify_lines([b[0], b[1], line, *TEASERS["en"], b[2], b[3]])
    assert out[line][0] == "spam", out[line]


@pytest.mark.parametrize("lang, line", [("en", "CHEAP WATCHES OUTLET"), ("vi", "GAME ĐỔI THƯỞNG")])
def test_injected_caps_line_alone_between_paragraphs_is_still_spam(lang, line):
    assert _between(lang, line)[line][0] == "spam"


def test_caps_heading_above_a_numbered_list_is_not_called_a_teaser_heading():
    # a numbered list under a heading is the article's own content
    b = BODY["en"]
    heading = "THREE THINGS TO KNOW"
    items = ["1. Work starts next month", "2. Paths stay open", "3. Noise kept low"]
    reasons = classify_lines([b[0], b[1], heading, *items, b[2], b[3]])[heading][1]
    assert not any("teaser" in r for r in reasons), reasons


def _flag_kinds(lines: list[str], **doc_kw) -> list[str]:
    text = "\n".join(lines)
    doc = Document(id="t", source="test", text=text, **doc_kw)
    stats: Counter[str] = Counter()
    for stage in (SegmentBlocks(), IdentifyLanguages(), ClassifyBlocks(), FlagDocuments()):
        stage([doc], stats)
    return [f.kind for f in doc.flags]


@pytest.mark.parametrize(
    "lang, line", [("en", "DON'T MISS"), ("vi", "ĐỪNG BỎ LỠ"), ("fr", "À LIRE AUSSI")]
)
def test_promo_label_raises_no_spam_flag_on_the_document(lang, line):
    b = BODY[lang]
    # printed twice, as sites do above and below a teaser box
    assert "spam" not in _flag_kinds([b[0], line, b[1], b[2], line, b[3]])


def test_selling_promo_line_still_raises_a_spam_flag():
    b = BODY["en"]
    assert "spam" in _flag_kinds([b[0], b[1], "DON'T MISS: WWW.BESTDEALS.XYZ", b[2], b[3]])


HTML_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Park renovation to start next month | The Riverside Ledger</title></head><body>
<header><nav><a href="/">Home</a> <a href="/city">City</a> <a href="/sport">Sport</a></nav></header>
<article>
<h1>Park renovation to start next month</h1>
<p>{p0}</p>
<p>{p1}</p>
<aside class="promo"><h3>DON'T MISS</h3><ul>
<li><a href="/a">{t0}</a></li><li><a href="/b">{t1}</a></li><li><a href="/c">{t2}</a></li>
</ul></aside>
<p>{p2}</p>
<p>{p3}</p>
</article>
<footer>© 2024 The Riverside Ledger</footer>
</body></html>
"""


def test_html_page_with_a_dont_miss_box_inside_the_article(tmp_path):
    pytest.importorskip("trafilatura")
    from .helpers import classify_page

    b, t = BODY["en"], TEASERS["en"]
    path = tmp_path / "page.html"
    path.write_text(
        HTML_PAGE.format(p0=b[0], p1=b[1], p2=b[2], p3=b[3], t0=t[0], t1=t[1], t2=t[2]),
        encoding="utf-8",
    )
    doc = classify_page(path)
    got = {doc.text[x.start : x.end]: x for x in doc.blocks}
    assert got["DON'T MISS"].label == "related", got["DON'T MISS"].reasons
    FlagDocuments()([doc], Counter())
    assert not [f for f in doc.flags if f.kind == "spam"], [f.reason for f in doc.flags]
    assert all(got[p].label == "body" for p in b)
