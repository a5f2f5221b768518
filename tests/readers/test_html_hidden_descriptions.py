"""A page's descriptions of itself -- <meta name="description">,
og:description, the JSON-LD "description" -- are what search engines and
summarisers read first, and no line of the visible text: kept in
``meta["hidden_markup"]`` as "the page's description" when they say
something the page does not show (an instruction to AI models was planted in
one: benchmarks/flags_heldout.py --set heldout12, z15). A description that
repeats the lede is not kept twice. Pages written for this file (es, vi);
the keeping tests failed before the change, where descriptions were not
kept."""

from __future__ import annotations

import json

from newsline.readers.html import parse_html

LEDE = "El Ayuntamiento de Murcia plantará 4.000 árboles en los barrios del norte este invierno."
ES = (
    "<html lang='es'><head><meta name='description' content='{desc}'></head><body><article>"
    "<h1>Murcia plantará 4.000 árboles</h1><p>" + LEDE + "</p>"
    "<p>La campaña costará 1,2 millones de euros.</p></article></body></html>"
)


def _described(page) -> list[str]:
    return [
        x["text"]
        for x in page.meta.get("hidden_markup", [])
        if x["where"] == "the page's description"
    ]


def test_a_meta_description_the_page_does_not_show_is_kept():
    desc = "Resumen: la ciudad amplía su arbolado urbano con especies resistentes a la sequía."
    page = parse_html(ES.format(desc=desc))
    assert _described(page) == [desc]
    assert "Resumen" not in page.text


def test_a_description_repeating_the_lede_is_not_kept():
    page = parse_html(ES.format(desc=LEDE))
    assert _described(page) == []


def test_a_json_ld_description_is_kept():
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Đà Lạt thí điểm phố đi bộ cuối tuần",
        "description": "Đà Lạt thí điểm phố đi bộ quanh hồ Xuân Hương vào tối thứ Bảy và Chủ nhật.",
    }
    html = (
        "<html lang='vi'><head><script type='application/ld+json'>"
        + json.dumps(ld, ensure_ascii=False)
        + "</script></head><body><article><h1>Đà Lạt thí điểm phố đi bộ cuối tuần</h1>"
        "<p>UBND TP Đà Lạt vừa quyết định thí điểm phố đi bộ từ tháng tới.</p>"
        "</article></body></html>"
    )
    assert _described(parse_html(html)) == [ld["description"]]


def test_a_page_without_descriptions_keeps_none():
    html = "<html><body><p>Một đoạn văn ngắn về thời tiết hôm nay ở Hà Nội.</p></body></html>"
    assert _described(parse_html(html)) == []
