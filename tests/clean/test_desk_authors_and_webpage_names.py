"""Two metadata misses of heldout10 (meta): a Korean newsroom ("편집국")
signing the article was kept as its author (r10), where "Redacción",
"ทีมข่าว" and "Ban Thời sự" were already desks; and the name of a JSON-LD
WebPage node (the page's short title) was taken for the site's name (r09).
Pages written for this test in other languages."""

from __future__ import annotations

import json

import pytest

from newsline.clean.html import _headline_opening
from tests.stages_through import read_through

PARAS = {
    "ko": [
        "시는 다음 달부터 시내버스 노선 12개를 조정한다고 밝혔다.",
        "새 노선은 3월 1일부터 운행한다.",
    ],
    "ja": [
        "市は来月から市内バスの路線を12本見直すと発表した。",
        "新しい路線は3月1日から運行する。",
    ],
    "de": [
        "Die Stadt stellt ab März zwölf Buslinien um und verlängert zwei bis zum Bahnhof.",
        "Die neuen Fahrpläne gelten ab dem 1. März.",
    ],
    "id": [
        "Pemerintah kota mengubah 12 rute bus mulai bulan depan dan memperpanjang dua rute ke stasiun.",
        "Rute baru berlaku mulai 1 Maret.",
    ],
    "ru": [
        "Город с марта меняет двенадцать автобусных маршрутов и продлевает два до вокзала.",
        "Новое расписание действует с 1 марта.",
    ],
    "it": [
        "Il Comune cambia da marzo dodici linee di autobus e ne prolunga due fino alla stazione.",
        "I nuovi orari valgono dal primo marzo.",
    ],
}
DESKS = [
    ("ko", "편집부"),
    ("ja", "編集局"),
    ("de", "Redaktion"),
    ("id", "Redaksi"),
    ("ru", "Редакция"),
    ("it", "La Redazione"),
]


def _page(lang: str, head: str, byline: str, headline: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{headline} - Stadtbote</title>{head}</head><body><article><h1>{headline}</h1>"
        f"<p class='byline'>{byline}</p>"
        + "".join(f"<p>{p}</p>" for p in PARAS[lang])
        + "</article><footer>© 2025 Stadtbote</footer></body></html>"
    )


@pytest.mark.parametrize(("lang", "desk"), DESKS)
def test_a_desk_signing_the_article_is_no_author(tmp_path, lang, desk):
    path = tmp_path / "page.html"
    head = f'<meta name="author" content="{desk}">'
    path.write_text(_page(lang, head, desk, "Zwölf Buslinien ändern sich"), encoding="utf-8")
    doc = read_through(path, "dates")
    assert not doc.author, doc.author


def test_a_person_beside_the_desk_words_is_still_the_author(tmp_path):
    path = tmp_path / "page.html"
    head = '<meta name="author" content="김민수">'
    path.write_text(_page("ko", head, "김민수 기자", "시내버스 12개 노선 조정"), encoding="utf-8")
    assert read_through(path, "dates").author == "김민수"


@pytest.mark.parametrize(
    ("lang", "headline", "short"),
    [
        (
            "de",
            "Zwölf Buslinien ändern sich ab März in der ganzen Stadt",
            "Zwölf Buslinien ändern sich",
        ),
        ("id", "Pemkot ubah 12 rute bus mulai Maret, dua diperpanjang", "Pemkot ubah 12 rute bus"),
    ],
)
def test_a_webpage_node_name_is_not_the_site_name(tmp_path, lang, headline, short):
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "@id": "#webpage", "name": short},
            {
                "@type": "NewsArticle",
                "isPartOf": {"@id": "#webpage"},
                "headline": headline,
                "datePublished": "2025-02-20T08:00:00+01:00",
            },
        ],
    }
    head = f'<script type="application/ld+json">{json.dumps(graph, ensure_ascii=False)}</script>'
    path = tmp_path / "page.html"
    path.write_text(_page(lang, head, "", headline), encoding="utf-8")
    doc = read_through(path, "dates")
    assert doc.sitename != short


def test_a_site_name_may_open_a_headline_when_it_is_short():
    assert not _headline_opening("BBC News", "BBC News at six: what changes in March")
    assert not _headline_opening("Ouest Bretagne Info", "Ouest Bretagne Info")
    assert _headline_opening(
        "Rennes : la piscine rouvrira en mars",
        "Rennes : la piscine rouvrira en mars après deux ans",
    )
