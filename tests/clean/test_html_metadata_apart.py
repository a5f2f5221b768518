"""trafilatura's metadata read apart from its main text (clean.html.extract_main):
the same fields as trafilatura's own extract_metadata inside bare_extraction,
on pages written for these tests in several sites' styles and languages, but
without the categories, tags and licence scans newsline never reads."""

from __future__ import annotations

import pytest

from newsline.clean import html as clean_html
from newsline.settings import CleanSettings

trafilatura = pytest.importorskip("trafilatura")

_PT_PARAS = [
    (
        "A câmara municipal aprovou na terça-feira o alargamento da rede de metro ligeiro até às "
        "freguesias do norte do concelho, num investimento de 240 milhões de euros."
    ),
    (
        "As obras começam na primavera e devem durar três anos; a maior parte dos trabalhos será "
        "feita durante a noite para poupar moradores e comerciantes."
    ),
    (
        "A oposição defendeu que o dinheiro seria mais útil nas carreiras de autocarro, mas a "
        "proposta passou com larga maioria."
    ),
]
# JSON-LD author and date, meta keywords and a category, a canonical link, no og:site_name
PT_JSONLD = (
    '<!DOCTYPE html><html lang="pt"><head><meta charset="utf-8">'
    "<title>Metro ligeiro chega ao norte do concelho - Diário da Serra</title>"
    '<meta name="keywords" content="metro, transportes, câmara">'
    '<meta property="article:section" content="Local">'
    '<link rel="canonical" href="https://www.diariodaserra.example/local/metro-norte">'
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
    '"headline":"Metro ligeiro chega ao norte do concelho","datePublished":"2025-10-07T09:15:00Z",'
    '"author":{"@type":"Person","name":"Marta Lopes"}}</script></head><body>'
    '<nav><a href="/">Início</a> <a href="/local">Local</a></nav><article>'
    "<h1>Metro ligeiro chega ao norte do concelho</h1>"
    + "".join(f"<p>{p}</p>" for p in _PT_PARAS)
    + '</article><footer><p>Conteúdo sob licença <a rel="license" '
    'href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a></p></footer>'
    "</body></html>"
)
# no author in the head: the byline in the body; a lower-case site name; tags in links
EN_BYLINE = (
    "<html><head><title>Harbour ferry fares to rise in spring</title>"
    '<meta property="og:site_name" content="the quayside post"></head><body>'
    '<div class="post"><h1>Harbour ferry fares to rise in spring</h1>'
    '<p class="author">By Owen Pritchard</p>'
    "<p>The harbour authority said on Monday that single ferry fares will rise by forty pence "
    "from April, the first increase in six years, to pay for two new hybrid vessels.</p>"
    "<p>Season tickets for commuters will be frozen until the end of next year, and children "
    "under twelve will continue to travel free on all crossings.</p>"
    "<p>Passenger groups welcomed the freeze but warned that occasional travellers from the "
    "islands would bear most of the cost of the new boats.</p>"
    '<p class="tags"><a rel="tag" href="/tag/ferries">ferries</a> '
    '<a rel="tag" href="/tag/harbour">harbour</a></p></div></body></html>'
)
# a one-word meta author (a login, dropped by trafilatura), Thai text, no URL anywhere
TH_LOGIN = (
    '<html lang="th"><head><meta charset="utf-8"><title>ฝนตกหนักทั่วภาคเหนือ</title>'
    '<meta name="author" content="webeditor">'
    '<meta name="date" content="2025-08-21"></head><body><main>'
    "<h1>ฝนตกหนักทั่วภาคเหนือ</h1>"
    "<p>กรมอุตุนิยมวิทยาประกาศเตือนฝนตกหนักถึงหนักมากในหลายจังหวัดของภาคเหนือ "
    "ตั้งแต่วันพฤหัสบดีนี้ไปจนถึงสุดสัปดาห์ ประชาชนริมแม่น้ำควรติดตามประกาศอย่างใกล้ชิด</p>"
    "<p>เจ้าหน้าที่ท้องถิ่นเตรียมเครื่องสูบน้ำและกระสอบทรายไว้ในพื้นที่เสี่ยง "
    "และเปิดศูนย์พักพิงชั่วคราวสามแห่งในตัวเมือง</p></main></body></html>"
)
# metadata aplenty, but no text to extract: no result at all, metadata included
NO_TEXT = (
    '<html><head><title>Aviso</title><meta name="author" content="Ana Ruiz">'
    '<meta property="og:site_name" content="Gaceta"></head><body><div></div></body></html>'
)
PAGES = {"pt_jsonld": PT_JSONLD, "en_byline": EN_BYLINE, "th_login": TH_LOGIN}
URLS = [None, "https://news.example.org/2025/10/item"]
# what newsline never reads, and trees (compared as text below)
_NOT_COMPARED = {"categories", "tags", "license", "body", "commentsbody"}


def _whole(html: str, cfg: CleanSettings, url: str | None) -> dict | None:
    """trafilatura's own call: bare_extraction with its metadata."""
    opts = clean_html._extractor(cfg, url)
    res = trafilatura.bare_extraction(html, url=url, fast=cfg.trafilatura_fast, options=opts)
    return None if res is None else res.as_dict()


def _needs_steps():
    if clean_html._metadata_steps() is None or clean_html._extractor(CleanSettings(), None) is None:
        pytest.skip("this trafilatura has other metadata steps: the whole call is made")


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("name", sorted(PAGES))
@pytest.mark.parametrize("precision", [True, False])
def test_the_same_fields_as_trafilaturas_whole_call(name, url, precision):
    _needs_steps()
    cfg = CleanSettings(favor_precision=precision)
    theirs = _whole(PAGES[name], cfg, url)
    mine = clean_html.extract_main(PAGES[name], cfg, url)
    assert theirs is not None and mine is not None
    assert theirs["text"] and theirs["title"]
    for key, value in theirs.items():
        if key not in _NOT_COMPARED:
            assert mine.get(key) == value, key


def test_the_fields_hold_what_each_page_states():
    _needs_steps()
    cfg = CleanSettings()
    pt = clean_html.extract_main(PT_JSONLD, cfg)
    assert pt["author"] == "Marta Lopes" and pt["date"] == "2025-10-07"
    assert pt["hostname"] == "diariodaserra.example"
    en = clean_html.extract_main(EN_BYLINE, cfg)
    assert en["author"] == "Owen Pritchard" and en["sitename"] == "The Quayside Post"
    th = clean_html.extract_main(TH_LOGIN, cfg)
    assert th["author"] is None and th["date"] == "2025-08-21"


def test_categories_tags_and_licence_are_not_looked_for(monkeypatch):
    _needs_steps()
    from trafilatura import metadata as tm

    def unread(*_a, **_k):
        raise AssertionError("a field newsline never reads was looked for")

    monkeypatch.setattr(tm, "extract_catstags", unread)
    monkeypatch.setattr(tm, "extract_license", unread)
    for name, html in PAGES.items():
        res = clean_html.extract_main(html, CleanSettings())
        assert res is not None and res["text"], name


def test_reading_the_metadata_leaves_the_tree_as_it_was():
    _needs_steps()
    from lxml.html import tostring

    steps = clean_html._metadata_steps()
    opts = clean_html._extractor(CleanSettings(), None)
    for name, html in PAGES.items():
        tree = steps["load_html"](html, opts.max_file_size)
        before = tostring(tree)
        clean_html.page_metadata(tree, opts, steps)
        assert tostring(tree) == before, name


def test_a_page_with_no_text_gives_nothing_as_before():
    cfg = CleanSettings()
    assert _whole(NO_TEXT, cfg, None) is None
    assert clean_html.extract_main(NO_TEXT, cfg) is None
    assert clean_html.extract_main("", cfg) is None
    assert clean_html.extract_main("plain words, no markup", cfg) is None


def test_without_the_steps_the_whole_call_gives_the_same(monkeypatch):
    cfg = CleanSettings()
    apart = clean_html.extract_main(EN_BYLINE, cfg, URLS[1])
    monkeypatch.setattr(clean_html, "_metadata_steps", lambda: None)
    whole = clean_html.extract_main(EN_BYLINE, cfg, URLS[1])
    assert apart is not None and whole is not None
    for key, value in whole.items():
        if key not in _NOT_COMPARED:
            assert apart.get(key) == value, key
