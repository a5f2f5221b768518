"""A list's label written right before its links ("<b>Related:</b><a>…</a>
<a>…</a>") is a line of its own, not glued to the first link while the
others split; links inside a sentence whose words sit in <span>s or <font>s
around them (a CMS's export) stay one line in every script. Pages written
for this test, in several site styles."""

from __future__ import annotations

import pytest

from newsline.readers.html import html_to_text


def _lines(body: str, lang: str = "en") -> list[str]:
    page = f'<html lang="{lang}"><head><title>t</title></head><body>{body}</body></html>'
    return html_to_text(page).split("\n")


LABELLED_LISTS = [
    # English blog: bold label, links in a paragraph
    (
        '<p><b>Related:</b><a href="/1">Council approves new bus lanes</a>'
        '<a href="/2">Fares rise in January</a></p>',
        ["Related:", "Council approves new bus lanes", "Fares rise in January"],
    ),
    # Vietnamese portal: <strong> label, links wrapped in <span>s
    (
        '<p><strong>Xem thêm:</strong><span><a href="/1">giá vàng tăng mạnh</a></span>'
        '<span><a href="/2">bão số 3 đổ bộ</a></span></p>',
        ["Xem thêm:", "giá vàng tăng mạnh", "bão số 3 đổ bộ"],
    ),
    # Chinese portal: full-width colon, in a <div>
    (
        '<div class="xgyd"><b>相关阅读：</b><a href="/1">油价上涨百分之五</a>'
        '<a href="/2">股市今日大幅下跌</a><a href="/3">央行宣布降准</a></div>',
        ["相关阅读：", "油价上涨百分之五", "股市今日大幅下跌", "央行宣布降准"],
    ),
    # German news site: label in a <span> inside a table cell
    (
        '<table><tr><td><span>Mehr zum Thema:</span><a href="/1">Bahnstreik beendet</a>'
        '<a href="/2">Neue Fahrpläne ab Dezember</a></td></tr></table>',
        ["Mehr zum Thema:", "Bahnstreik beendet", "Neue Fahrpläne ab Dezember"],
    ),
]


@pytest.mark.parametrize(("body", "want"), LABELLED_LISTS)
def test_a_lists_label_is_a_line_of_its_own(body, want):
    assert _lines(body) == want


SENTENCES = [
    # Chinese: the sentence's words in <span>s around two links
    (
        '<p><span>据</span><a href="/1">新华社</a><a href="/2">报道</a>'
        "<span>，今天北京迎来入冬以来首场降雪。</span></p>",
        "据新华社报道，今天北京迎来入冬以来首场降雪。",
    ),
    # Japanese: <font> runs around linked words
    (
        '<p><font>今日、</font><a href="/1">東京都</a><a href="/2">知事</a>'
        "<font>は記者会見を開いた。</font></p>",
        "今日、東京都知事は記者会見を開いた。",
    ),
    # Thai: no spaces between words, nor around the links
    (
        '<p><span>วันนี้</span><a href="/1">นายกรัฐมนตรี</a><a href="/2">กล่าวว่า</a>'
        "<span>รัฐบาลจะช่วยเหลือเกษตรกร</span></p>",
        "วันนี้นายกรัฐมนตรีกล่าวว่ารัฐบาลจะช่วยเหลือเกษตรกร",
    ),
    # Korean heading: linked words inside a span of the heading's text
    (
        '<h2><span>정부, </span><span><a href="/1">서울시</a><a href="/2">교육청</a></span>'
        "<span>과 협약 체결</span></h2>",
        "정부, 서울시교육청과 협약 체결",
    ),
]


@pytest.mark.parametrize(("body", "want"), SENTENCES)
def test_links_inside_a_sentence_of_spans_stay_one_line(body, want):
    assert _lines(body) == [want]


NEAR_MISSES = [
    # one link after a field's label: a credit, no list ("Source:Reuters")
    ('<p><b>Nguồn:</b><a href="/src">Reuters</a></p>', ["Nguồn:Reuters"]),
    # the label's sentence has text of its own: running text
    (
        '<p>Read more: <a href="/1">Council approves bus lanes</a>'
        '<a href="/2">Fares rise</a></p>',
        ["Read more: Council approves bus lanesFares rise"],
    ),
    # a bold clock or score is no label: "<b>21:</b>" before text, no link
    ("<p><b>Kết quả:</b><span>2-1</span></p>", ["Kết quả:2-1"]),
    # a teaser list alone in a paragraph still splits, in every script
    (
        '<p><a href="/1">油价上涨百分之五</a><a href="/2">股市今日大幅下跌</a></p>',
        ["油价上涨百分之五", "股市今日大幅下跌"],
    ),
    (
        '<p><a href="/1">ราคาน้ำมันปรับขึ้น</a><a href="/2">ข่าวการเมืองวันนี้</a></p>',
        ["ราคาน้ำมันปรับขึ้น", "ข่าวการเมืองวันนี้"],
    ),
    # links with the sentence's text written directly around them: unchanged
    ('<p>据<a href="/1">新华社</a><a href="/2">报道</a>，今天下雨。</p>', ["据新华社报道，今天下雨。"]),
]


@pytest.mark.parametrize(("body", "want"), NEAR_MISSES)
def test_near_misses_unchanged(body, want):
    assert _lines(body) == want


def test_nothing_is_lost_on_long_glued_runs():
    """A 100,000-character run of labels and links reads in linear time and
    keeps every character."""
    body = "<p>" + '<b>Tags:</b><a href="/x">tag</a>' * 3000 + "</p>"
    text = html_to_text(f"<html><body>{body}</body></html>")
    assert text.replace("\n", "") == "Tags:tag" * 3000
