"""Sibling inline elements written with nothing between them that a page lays
out as separate items (a run of links, side-by-side teaser <span>s) become
separate lines; running text -- a sentence's inline markup, Thai or Chinese
split by spans -- stays one line with nothing added."""

from __future__ import annotations

import pytest

from newsline.readers.html import html_to_text


def _page(body: str, lang: str = "en") -> str:
    return f'<html lang="{lang}"><head><title>t</title></head><body>{body}</body></html>'


SEPARATE = [
    # Polish portal: related list written as a run of links in a div
    (
        '<div class="powiazane"><a href="/a/1">Pociąg utknął przez noc</a>'
        '<a href="/a/2">Nowe połączenia kolejowe od grudnia</a>'
        '<a href="/a/3">Remont dworca opóźniony</a></div>',
        ["Pociąg utknął przez noc", "Nowe połączenia kolejowe od grudnia", "Remont dworca opóźniony"],
    ),
    # Spanish portal: a menu in <nav>, each link wrapped in a <span>
    (
        '<nav><span><a href="/">Portada</a></span><span><a href="/esp">España</a></span>'
        '<span><a href="/dep">Deportes</a></span></nav>',
        ["Portada", "España", "Deportes"],
    ),
    # Thai portal: links side by side -- a list, so split even without spaces
    (
        '<aside><a href="/1">ข่าวการเมืองวันนี้</a><a href="/2">ราคาน้ำมันปรับขึ้น</a></aside>',
        ["ข่าวการเมืองวันนี้", "ราคาน้ำมันปรับขึ้น"],
    ),
    # Chinese portal: related headlines as <strong>-wrapped links
    (
        '<div class="xgyd"><strong><a href="/1">国务院召开常务会议</a></strong>'
        '<strong><a href="/2">多地出台稳就业措施</a></strong></div>',
        ["国务院召开常务会议", "多地出台稳就业措施"],
    ),
    # Arabic portal: breadcrumb-like run of links in a list item
    (
        '<ul><li><a href="/">الرئيسية</a><a href="/news">أخبار</a><a href="/eco">اقتصاد</a></li></ul>',
        ["الرئيسية", "أخبار", "اقتصاد"],
    ),
    # Japanese portal: ranking links in a <p> of links alone
    (
        '<p class="rank"><a href="/1">円安が進行</a><a href="/2">大雨警報を発表</a></p>',
        ["円安が進行", "大雨警報を発表"],
    ),
    # Spanish teasers in <span>s outside running text
    (
        '<div class="teasers"><span>El Gobierno aprueba los presupuestos</span>'
        '<span>Lluvias intensas en Valencia</span></div>',
        ["El Gobierno aprueba los presupuestos", "Lluvias intensas en Valencia"],
    ),
    # Polish teaser spans ending in a full stop
    (
        '<div><span>Sejm przyjął ustawę.</span><span>Prezydent ma 21 dni na podpis.</span></div>',
        ["Sejm przyjął ustawę.", "Prezydent ma 21 dni na podpis."],
    ),
]


@pytest.mark.parametrize("body,lines", SEPARATE)
def test_items_laid_out_apart_become_lines(body: str, lines: list[str]) -> None:
    text = html_to_text(_page(body))
    assert text.split("\n") == lines


TOGETHER = [
    # a sentence's inline markup: one line, nothing added
    ('<p>The <a href="/m">minister</a> said<b>,</b> <em>again</em>, no.</p>', "The minister said, again, no."),
    # Thai words split by spans: no space, no break
    ("<div><span>ประเทศ</span><span>ไทย</span><span>วันนี้</span></div>", "ประเทศไทยวันนี้"),
    ("<p><span>กรุงเทพ</span><a href='/x'>มหานคร</a>มีฝนตก</p>", "กรุงเทพมหานครมีฝนตก"),
    # Chinese split by spans (highlighting), in a div
    ("<div><span>中国</span><span>经济</span><em>增长</em></div>", "中国经济增长"),
    # Japanese sentence with a link inside running text
    ("<p>政府は<a href='/x'>新しい</a><a href='/y'>方針</a>を発表した。</p>", "政府は新しい方針を発表した。"),
    # links inside running text (text of the paragraph between them)
    ('<p>Zobacz <a href="/1">raport</a><a href="/2">[PDF]</a> tutaj.</p>', "Zobacz raport[PDF] tutaj."),
    # spans in a paragraph are pieces of a sentence, never split
    ("<p><span>El ministro dijo.</span><span>Luego salió.</span></p>", "El ministro dijo.Luego salió."),
    # spans of one word split mid-word (no case change at the joint)
    ('<div><span class="hl">Warsz</span><span>awa</span></div>', "Warszawa"),
    # links written with a space between stay one line as a browser shows them
    ('<nav><a href="/">Home</a> <a href="/w">World</a></nav>', "Home World"),
    # Arabic spans side by side (no case): unchanged
    ("<div><span>وزير</span><span>الخارجية</span></div>", "وزيرالخارجية"),
]


@pytest.mark.parametrize("body,line", TOGETHER)
def test_running_text_stays_one_line(body: str, line: str) -> None:
    assert html_to_text(_page(body)) == line


def test_nothing_lost_and_order_kept() -> None:
    body = "".join(SEPARATE[i][0] for i in range(len(SEPARATE)))
    text = html_to_text(_page(body))
    want = [ln for _, lines in SEPARATE for ln in lines]
    assert text.split("\n") == want


def test_deep_nesting_of_link_pairs_does_not_fail() -> None:
    html = '<span><a href="#">x</a>' * 3000 + "</span>" * 3000
    text = html_to_text(html)
    assert text.replace("\n", "") == "x" * 3000


def test_upper_case_markup_and_wrapped_links() -> None:
    html = _page('<DIV><A HREF="/1">Primera noticia</A></SPAN><SPAN><A HREF="/2">Segunda noticia</A></DIV>')
    assert html_to_text(html).split("\n") == ["Primera noticia", "Segunda noticia"]


# A page with one glued run (so the walk runs) beside containers that write
# their items apart, one per line or with a space: those need no look at
# their items' text, and the lines are the same either way.
APART_AND_GLUED = _page(
    '<nav>\n<a href="/">Início</a>\n<a href="/pais">País</a>\n<a href="/mundo">Mundo</a>\n</nav>'
    '<div class="tags"><span>eleições</span> <span>parlamento</span> <span>Lisboa</span></div>'
    '<div class="mais"><a href="/1">Chuva forte no Minho</a>'
    '<a href="/2">Greve dos comboios adiada</a></div>'
    "<p>O parlamento aprovou o orçamento com os votos da maioria.</p>"
)


def test_containers_writing_items_apart_are_not_read_item_by_item(monkeypatch) -> None:
    from newsline.readers import html as reader

    lines = html_to_text(APART_AND_GLUED).split("\n")
    assert "Chuva forte no Minho" in lines and "Greve dos comboios adiada" in lines
    assert "Início País Mundo" in lines and "eleições parlamento Lisboa" in lines
    read: list[str] = []
    real = reader._edges

    def edges(node, dom):
        read.append((node.text or "").strip())
        return real(node, dom)

    monkeypatch.setattr(reader, "_edges", edges)
    assert html_to_text(APART_AND_GLUED).split("\n") == lines
    # the glued pair's items only: no menu link, no tag span
    assert set(read) == {"Chuva forte no Minho", "Greve dos comboios adiada"}


@pytest.mark.parametrize(
    ("body", "may"),
    [
        ("<a>x</a>\n<a>y</a>", False),  # a line break between: apart
        ("<span>x</span> <span>y</span>", False),  # a space between: apart
        ("<a>x</a><div>box</div><a>y</a>", False),  # a box between
        ("<a>x</a><br><a>y</a>", False),  # a break between
        ("<a>x</a>and<a>y</a>", False),  # words between
        ("<a>x</a><a>y</a>", True),
        ("<a>x</a><!-- c --><img src=i.png><wbr><a>y</a>", True),  # passed over
        ("<b>Leia:</b><a>y</a>", True),
    ],
)
def test_may_glue_reads_only_the_childrens_kinds(body: str, may: bool) -> None:
    from resiliparse.parse.html import HTMLTree

    from newsline.readers import html as reader

    tree = HTMLTree.parse(_page(f'<div id="box">{body}</div>'))
    box = tree.document.query_selector("#box")
    dom = reader._Dom()
    assert reader._may_glue(dom.kids(box), dom.text_type) is may
