"""The HTML path end to end (reader's text -> trafilatura's main text ->
blocks -> labels and metadata) on pages written for these tests: an
article with a sidebar (German), a list page (Russian), broken markup
(Japanese), a non-UTF-8 page named by its meta charset, from a file
(Windows-1251) and from a WARC response (ISO-8859-1). They pin what the
page gives, so that making the per-page work cheaper cannot change it; and
the helpers that made it cheaper, against what they replace."""

from __future__ import annotations

import copy
import gzip
import random
import re
import unicodedata
from collections import Counter

import pytest

from newsline.clean import ClassifyBlocks, SegmentBlocks
from newsline.clean import html as clean_html
from newsline.clean.html import html_to_text_function
from newsline.langid import IdentifyLanguages
from newsline.model import Document
from newsline.readers import read_path
from newsline.settings import CleanSettings, Settings

pytest.importorskip("trafilatura")


def _classified(doc: Document) -> Document:
    """The stages up to the labels, as a run has them (languages first)."""
    SegmentBlocks()([doc], Counter())
    IdentifyLanguages()([doc], Counter())
    ClassifyBlocks()([doc], Counter())
    return doc


def _page(html: str, name: str) -> Document:
    text = html_to_text_function()(html)
    doc = Document(
        id=name, source=f"{name}.html", text=text, html=html, url=f"https://{name}.example/a/1"
    )
    return _classified(doc)


def _labels(doc: Document) -> dict[str, str]:
    return {doc.text[b.start : b.end]: b.label for b in doc.blocks}


def _reasons(doc: Document, line: str) -> list[str]:
    return next(b.reasons for b in doc.blocks if doc.text[b.start : b.end] == line)


# -- an article with a sidebar (German) ------------------------------------------------------

DE_PARAS = [
    (
        "Der Gemeinderat hat am Dienstag beschlossen, die Straßenbahnlinie um zwölf Kilometer "
        "bis in die nördlichen Vororte zu verlängern."
    ),
    (
        "Die Bauarbeiten sollen im kommenden Frühjahr beginnen und drei Jahre dauern; gearbeitet "
        "wird vor allem nachts, um Anwohner und Geschäfte zu schonen."
    ),
    (
        "Kritiker hielten das Geld bei Buslinien für besser angelegt, doch der Antrag erhielt "
        "eine breite Mehrheit im Rat."
    ),
    (
        "Nach Angaben der Bürgermeisterin soll der Autoverkehr in der Innenstadt dadurch um ein "
        "Fünftel sinken."
    ),
]
DE_SIDEBAR = [
    "Neue Radwege in der Altstadt freigegeben",
    "Busfahrpreise steigen im April",
    "Parkhaus am Bahnhof schließt für Umbau",
]
DE_PAGE = (
    '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">'
    "<title>Rat beschließt Verlängerung der Straßenbahn | Talbote</title>"
    '<meta name="author" content="Katrin Vogel"><meta property="og:site_name" content="Talbote">'
    '<meta property="article:published_time" content="2025-09-16T08:30:00+02:00"></head><body>'
    '<header><nav><ul><li><a href="/">Startseite</a></li><li><a href="/lokales">Lokales</a></li>'
    '<li><a href="/sport">Sport</a></li><li><a href="/kultur">Kultur</a></li></ul></nav></header>'
    '<div class="layout"><main><article><h1>Rat beschließt Verlängerung der Straßenbahn</h1>'
    '<p class="byline">Von Katrin Vogel</p>'
    + "".join(f"<p>{p}</p>" for p in DE_PARAS)
    + '</article></main><aside class="sidebar"><h3>Meistgelesen</h3><ol>'
    + "".join(f'<li><a href="/s{i}">{t}</a></li>' for i, t in enumerate(DE_SIDEBAR))
    + '</ol><div class="ad">Anzeige</div></aside></div>'
    "<footer><p>© 2025 Talbote Verlag. Alle Rechte vorbehalten.</p>"
    '<p><a href="/impressum">Impressum</a> | <a href="/datenschutz">Datenschutz</a></p></footer>'
    "</body></html>"
)


def test_article_with_a_sidebar_keeps_the_article_and_sets_the_sidebar_aside():
    doc = _page(DE_PAGE, "talbote")
    labels = _labels(doc)
    assert [labels[p] for p in DE_PARAS] == ["body"] * 4
    assert [labels[t] for t in DE_SIDEBAR] == ["related"] * 3
    assert labels["Rat beschließt Verlängerung der Straßenbahn"] == "title"
    assert labels["Von Katrin Vogel"] == "byline"
    assert labels["Startseite"] == labels["Kultur"] == "navigation"
    assert labels["© 2025 Talbote Verlag. Alle Rechte vorbehalten."] == "footer"
    assert (doc.title, doc.author, doc.sitename) == (
        "Rat beschließt Verlängerung der Straßenbahn",
        "Katrin Vogel",
        "Talbote",
    )
    assert doc.published and doc.published.startswith("2025-09-16")
    assert doc.meta["trafilatura"] == {
        "title": "Rat beschließt Verlängerung der Straßenbahn",
        "author": "Katrin Vogel",
        "date": "2025-09-16",
        "sitename": "Talbote",
        "hostname": "talbote.example",
    }


# -- a list page (Russian): trafilatura's main text is the teasers -----------------------------

RU_ITEMS = [
    ("Мэрия утвердила план ремонта центрального парка", "Работы начнутся в следующем месяце и продлятся около полугода."),
    ("Цены на проезд в автобусах вырастут с апреля", "Стоимость разового билета увеличится на десять рублей."),
    ("В старом городе открыли новые велодорожки", "Общая длина дорожек составила почти восемь километров."),
    ("Вокзальную парковку закроют на реконструкцию", "Водителям предложат временную стоянку у рынка."),
    ("Школы района получат новые компьютеры", "Оборудование поставят до начала учебного года."),
]  # fmt: skip
RU_LIST = (
    '<html><head><meta charset="utf-8"><title>Новости города — Вечерний курьер</title></head>'
    '<body><nav><a href="/">Главная</a> <a href="/city">Город</a> <a href="/sport">Спорт</a></nav>'
    '<h1>Новости города</h1><ul class="news-list">'
    + "".join(
        f'<li><h2><a href="/n{i}">{h}</a></h2><p>{t}</p><span class="date">12.03.2025</span></li>'
        for i, (h, t) in enumerate(RU_ITEMS)
    )
    + '</ul><div class="pager"><a href="?page=2">Следующая страница</a></div>'
    "<footer>© Вечерний курьер, 2025</footer></body></html>"
)


def test_list_page_teasers_are_the_main_text_and_headlines_are_links():
    doc = _page(RU_LIST, "kurier")
    labels = _labels(doc)
    for _headline, teaser in RU_ITEMS:
        assert labels[teaser] == "body"
        assert _reasons(doc, teaser) == ["inside the main text found by trafilatura"]
    assert all(labels[h] == "navigation" for h, _ in RU_ITEMS)
    assert labels["12.03.2025"] == "metadata"
    assert labels["Новости города"] == "title"
    assert labels["Следующая страница"] == "navigation"
    assert doc.author is None
    assert doc.meta["trafilatura"] == {
        "title": "Новости города",
        "date": "2025-03-12",
        "sitename": "kurier.example",
        "hostname": "kurier.example",
    }


# -- broken markup (Japanese): unclosed <div>/<p>/<li>, a stray end tag, no </body> -----------

JA_PARAS = [
    "市は十日、中央公園の改修工事を来月から始めると発表した。工期は約半年で、遊具の入れ替えや遊歩道の拡張を行う。",
    "工事期間中は公園の一部が閉鎖されるが、市は周辺の住民に配慮して騒音の大きい作業を平日の日中に限るとしている。",
    "近くに住む女性は「子どもが安全に遊べる場所が増えるのはうれしい」と話した。",
]
JA_BROKEN = (
    '<html><head><meta charset="utf-8"><title>中央公園、来月から改修　市が発表 - 湖南新報</title>'
    '</head><body><div id="menu"><a href="/">トップ</a><a href="/local">地域</a>'
    '<a href="/sports">スポーツ</a><div class="main"><h1>中央公園、来月から改修　市が発表</h1>'
    f"<p>{JA_PARAS[0]}<p>{JA_PARAS[1]}</span><p><b>{JA_PARAS[2]}"
    '<div class="related"><h3>関連記事</h3><ul><li><a href="/r1">駅前広場の再整備案まとまる</a>'
    '<li><a href="/r2">市営プール、夏季の営業時間延長</a></ul>'
    '<div class="foot">Copyright © 湖南新報 All rights reserved.'
)


def test_broken_markup_still_gives_the_article():
    doc = _page(JA_BROKEN, "konan")
    labels = _labels(doc)
    assert [labels[p] for p in JA_PARAS[:2]] == ["body", "body"]
    assert labels["関連記事"] == labels["駅前広場の再整備案まとまる"] == "related"
    assert labels["トップ"] == "navigation"
    assert labels["Copyright © 湖南新報 All rights reserved."] == "footer"
    assert doc.title == "中央公園、来月から改修 市が発表"
    assert not any(f.kind == "internal_error" for f in doc.flags)


# -- non-UTF-8 pages named by their meta charset, through the reader -------------------------

CP1251_PARAS = [
    "Городская дума в четверг одобрила строительство нового моста через реку в северной части города.",
    "По словам главы комитета по транспорту, мост разгрузит центральные улицы и сократит время в пути.",
    "Работы начнутся летом и займут около двух лет, а общая стоимость проекта составит четыре миллиарда рублей.",
]
CP1251_PAGE = (
    "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1251'>"
    "<title>Дума одобрила новый мост — Северная газета</title>"
    "<meta name='author' content='Ольга Смирнова'></head><body>"
    "<div class='menu'><a href='/'>Главная</a> <a href='/politika'>Политика</a></div>"
    "<div class='article'><h1>Дума одобрила новый мост</h1>"
    + "".join(f"<p>{p}</p>" for p in CP1251_PARAS)
    + "</div><div class='footer'>© Северная газета, 2025. Все права защищены.</div></body></html>"
)


def test_windows_1251_file_is_decoded_and_labelled(tmp_path):
    path = tmp_path / "most.html"
    path.write_bytes(CP1251_PAGE.encode("cp1251"))
    docs = [d for d in read_path(str(path), Settings()) if isinstance(d, Document)]
    assert len(docs) == 1
    doc = _classified(docs[0])
    labels = _labels(doc)
    assert [labels[p] for p in CP1251_PARAS] == ["body"] * 3
    assert labels["Дума одобрила новый мост"] == "title"
    assert labels["© Северная газета, 2025. Все права защищены."] == "footer"
    assert doc.author == "Ольга Смирнова"
    assert doc.meta["trafilatura"]["title"] == "Дума одобрила новый мост"


LATIN1_PARAS = [
    "A câmara municipal aprovou na quarta-feira a construção de uma nova ponte pedonal sobre o rio.",
    "Segundo o vereador responsável, a obra começa em junho e deverá estar concluída até ao fim do próximo ano.",
    "Os comerciantes da zona ribeirinha saudaram a decisão, que esperam trazer mais visitantes ao centro histórico.",
]
LATIN1_PAGE = (
    "<!DOCTYPE html><html><head><meta charset='iso-8859-1'>"
    "<title>Câmara aprova nova ponte pedonal | Jornal do Vale</title></head><body>"
    "<nav><a href='/'>Início</a> <a href='/regiao'>Região</a> <a href='/desporto'>Desporto</a></nav>"
    "<article><h1>Câmara aprova nova ponte pedonal</h1><p>Por Rui Almeida</p>"
    + "".join(f"<p>{p}</p>" for p in LATIN1_PARAS)
    + "</article><footer>© 2025 Jornal do Vale. Todos os direitos reservados.</footer></body></html>"
)


def _warc_response(url: str, body: bytes) -> bytes:
    # the HTTP header names no charset: the page's <meta> does
    http = (
        f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:5e1c0a7e-1>\r\n"
        f"WARC-Date: 2025-06-04T09:00:00Z\r\nWARC-Target-URI: {url}\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    ).encode()
    return gzip.compress(head + http + b"\r\n\r\n")


def test_latin1_page_in_a_warc_is_decoded_and_labelled(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(
        _warc_response("https://jornal-do-vale.example/ponte", LATIN1_PAGE.encode("latin-1"))
    )
    docs = [d for d in read_path(str(path), Settings()) if isinstance(d, Document)]
    assert len(docs) == 1
    doc = _classified(docs[0])
    labels = _labels(doc)
    assert [labels[p] for p in LATIN1_PARAS] == ["body"] * 3
    assert labels["Câmara aprova nova ponte pedonal"] == "title"
    assert labels["Por Rui Almeida"] == "byline"
    assert labels["Início Região Desporto"] == "navigation"
    assert labels["© 2025 Jornal do Vale. Todos os direitos reservados."] == "footer"
    assert doc.author == "Rui Almeida"
    assert doc.url == "https://jornal-do-vale.example/ponte"


# -- the helpers, against what they replace ---------------------------------------------------

_WORD_RE = re.compile(r"\w+")


def _reference_tokens(text: str) -> list[str]:
    return _WORD_RE.findall(unicodedata.normalize("NFKC", text).casefold())


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Plain ASCII, with punctuation: 59% (and_underscores) -- x2!",
        "\t\x0b\x0c\x1c\x1f tabs\x00and\x7fcontrols",
        "ÉCOLE ﬁnale Straße ΣΊΣΥΦΟΣ",  # case folding and a ligature
        "ＡＢＣ１２３ ①② ㈱ 東京",  # full-width, circled and parenthesised forms
        "e\u0301 \u1100\u1161 \u0e01\u0e33",  # combining mark, Hangul jamo, Thai sara am
    ],
)
def test_tokens_are_those_of_the_word_regex(text):
    assert clean_html._tokens(text) == _reference_tokens(text)


def test_tokens_of_every_ascii_character_are_those_of_the_word_regex():
    rng = random.Random(7)
    for c in range(128):
        assert clean_html._tokens(chr(c)) == _reference_tokens(chr(c))
    for _ in range(3000):
        text = "".join(chr(rng.randrange(128)) for _ in range(rng.randrange(40)))
        assert clean_html._tokens(text) == _reference_tokens(text)


def test_tokens_of_lines_are_the_tokens_of_the_whole_text():
    # pieces that NFKC composes, reorders or expands, on both sides of line breaks
    pieces = ["\n", "\n", "a", "Ä", "\u0301", "\u0323", "\u1100", "\u1161", "\u11a8", "ﬁ", "ｶ",
              "\uff9e", "①", "Σ", "ς", "_", " ", ".", "東", "\u0e33", "x1"]  # fmt: skip
    rng = random.Random(11)
    seen: dict[str, list[str]] = {}
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(30)))
        assert clean_html._tokens_of_lines(text, seen) == _reference_tokens(text)
        assert clean_html._tokens_of_lines(text, {}) == _reference_tokens(text)


def test_a_line_seen_before_is_not_tokenised_again(monkeypatch):
    calls: list[str] = []
    real = clean_html._tokens
    monkeypatch.setattr(clean_html, "_tokens", lambda t: calls.append(t) or real(t))
    seen: dict[str, list[str]] = {}
    first = clean_html._tokens_of_lines("Hà Nội mưa to\nGiá xăng tăng", seen)
    again = clean_html._tokens_of_lines("Giá xăng tăng\nHà Nội mưa to", seen)
    assert first == ["hà", "nội", "mưa", "to", "giá", "xăng", "tăng"]
    assert again == ["giá", "xăng", "tăng", "hà", "nội", "mưa", "to"]
    assert calls == ["Hà Nội mưa to", "Giá xăng tăng"]


class _Slotted:
    __slots__ = ("a", "b", "c")


class _Plain:
    def __init__(self) -> None:
        self.a = [1]


def test_shallow_copy_binds_the_same_values_as_copy_copy():
    t = _Slotted()
    t.a, t.b = [1, 2], {"k": "v"}  # c left unset
    mine, theirs = clean_html.shallow_copy(t), copy.copy(t)
    assert type(mine) is _Slotted and mine is not t
    assert mine.a is t.a is theirs.a and mine.b is t.b is theirs.b
    assert not hasattr(mine, "c") and not hasattr(theirs, "c")
    mine.a = "changed"
    assert t.a == [1, 2]


def test_shallow_copy_of_an_object_with_a_dict_is_copy_copy():
    p = _Plain()
    q = clean_html.shallow_copy(p)
    assert q is not p and q.a is p.a


def test_extractor_options_are_a_copy_with_the_pages_url():
    cfg = CleanSettings()
    opts = clean_html._extractor(cfg, "https://gazeta.example/ru/most")
    if opts is None:
        pytest.skip("this trafilatura takes keyword options")
    template = clean_html._extractor_template(True, False, False, False)
    assert opts is not template and type(opts) is type(template)
    assert opts.url == opts.source == "https://gazeta.example/ru/most"
    assert template.url is None
    for name in type(template).__slots__:
        if name not in ("url", "source"):
            assert getattr(opts, name, None) is getattr(template, name, None), name
